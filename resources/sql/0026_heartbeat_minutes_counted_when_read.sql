-- The heartbeats' minute roll-ups (migration 12) are counted when Nido reads them, not as the
-- backend writes. Adding every insert to its minute, once per statement, cost the backend half its
-- heartbeat insert rate (pgbench, 4 clients, one heartbeat per insert: 8,200/s against 16,200/s
-- without the trigger), on its hottest path, for a chart a parent opens now and then.
--
-- Now each session has a mark: its minutes before the mark are in nido.heartbeat_minutes, the ones
-- after are aggregated from the heartbeats when read (the index on ("sessionId", timestamp) reads
-- only them). A read moves the mark past the session's newest minute, but never within fifteen
-- minutes of now (UTC, the heartbeats' time), counting the minutes in between once: a minute
-- counted is never added to. What the backend changes in minutes already counted (a heartbeat
-- older than five minutes when written, an update, a delete) it notes in a log, and a read takes
-- the minutes from the first noted one as not counted, until a count takes the note. One written
-- on time into a counted minute would have to come from a transaction that started more than ten
-- minutes before the count.
--
-- The backend never waits for Nido: it only appends to the log (no key, no foreign key), and Nido's
-- tables no longer reference the sessions (a foreign key locked the session's row for as long as
-- the reader's transaction, which a caregiver can keep open). Counts wait for nobody's reads: one
-- count of a session at a time, by a lock that is tried, never waited for (only for a backend
-- transaction deleting that very session).
--
-- Heartbeats' times are UTC, as everywhere in Nido: a backend writing local times would have its
-- heartbeats taken as late (or on time) by the difference, and counted by the log's longer path.

DROP TRIGGER nido_heartbeat_minutes_insert ON session_heartbeats;
DROP TRIGGER nido_heartbeat_minutes_update ON session_heartbeats;
DROP TRIGGER nido_heartbeat_minutes_delete ON session_heartbeats;
DROP TRIGGER nido_heartbeat_minutes_sessions ON voice_sessions;
DROP FUNCTION nido.add_heartbeat_minutes();
DROP FUNCTION nido.recount_changed_heartbeat_minutes();
DROP FUNCTION nido.count_new_sessions_heartbeats();
DROP FUNCTION nido.recount_heartbeat_minutes(UUID[], TIMESTAMP, TIMESTAMP);
DROP TABLE nido.heartbeat_minute_shares;
DROP FUNCTION nido.heartbeat_minute_share(UUID);
ALTER TABLE nido.heartbeat_minutes DROP CONSTRAINT "heartbeat_minutes_sessionId_fkey";

CREATE TABLE nido.heartbeat_minute_marks (
  "sessionId" UUID PRIMARY KEY,
  -- The session's minutes before this one are counted.
  "countedBefore" TIMESTAMP NOT NULL
);
-- The backend's changes to counted minutes: the session and the first minute it changed.
CREATE TABLE nido.heartbeat_minutes_changed (
  "sessionId" UUID NOT NULL,
  minute TIMESTAMP NOT NULL
);
CREATE INDEX "IDX_nido_heartbeat_minutes_changed_sessionId" ON nido.heartbeat_minutes_changed ("sessionId");
-- Emptied by every count: a vacuum that truncated it would lock the backend's inserts out meanwhile.
ALTER TABLE nido.heartbeat_minutes_changed SET (vacuum_truncate = off);
ALTER TABLE nido.heartbeat_minute_marks ENABLE ROW LEVEL SECURITY;
CREATE POLICY nido_others ON nido.heartbeat_minute_marks USING (nido.not_caregiver()) WITH CHECK (nido.not_caregiver());
ALTER TABLE nido.heartbeat_minutes_changed ENABLE ROW LEVEL SECURITY;
CREATE POLICY nido_others ON nido.heartbeat_minutes_changed USING (nido.not_caregiver()) WITH CHECK (nido.not_caregiver());
ALTER TABLE nido.heartbeat_minute_marks ALTER COLUMN "sessionId" SET STATISTICS 0;
ALTER TABLE nido.heartbeat_minutes_changed ALTER COLUMN "sessionId" SET STATISTICS 0;

-- The minutes of the given sessions from first_minute to last_minute as the heartbeats add up: the
-- one definition of a minute's roll-up, for counting and for the minutes not counted yet.
-- Heartbeats of a session that does not exist (the ORM's schema has no foreign keys) are left out.
-- Neither STRICT nor SET, so that the planner inlines it into the reader's cached plan instead of
-- planning it again at every call (a millisecond a read); its callers set the search path, and
-- nobody else may call it. A body kept as text: the backend may still change its columns' types.
CREATE FUNCTION nido.heartbeat_minutes_from_heartbeats(sessions UUID[], first_minute TIMESTAMP, last_minute TIMESTAMP)
RETURNS SETOF nido.heartbeat_minutes
LANGUAGE sql STABLE AS $$
  SELECT h."sessionId", date_trunc('minute', h.timestamp), count(*), min(h.timestamp), max(h.timestamp),
         COALESCE(sum(h."batteryLevel"), 0), count(h."batteryLevel"), min(h."batteryLevel"), max(h."batteryLevel"),
         COALESCE(sum(h.latency), 0), count(h.latency), min(h.latency), max(h.latency),
         COALESCE(sum(h."audioQuality"), 0), count(h."audioQuality"), min(h."audioQuality"), max(h."audioQuality"),
         COALESCE(sum(h."signalStrength"), 0), count(h."signalStrength"),
         COALESCE(sum(h."userEngagement"), 0), count(h."userEngagement"),
         COALESCE(sum(h.temperature), 0), count(h.temperature), min(h.temperature), max(h.temperature),
         COALESCE(sum(h."cpuUsage"), 0), count(h."cpuUsage"),
         COALESCE(sum(h."memoryUsage"), 0), count(h."memoryUsage")
  FROM (SELECT r."sessionId", r.timestamp,
               nido.heartbeat_value(r.metrics, 'batteryLevel') AS "batteryLevel",
               nido.heartbeat_value(r.metrics, 'latency') AS latency,
               nido.heartbeat_value(r.metrics, 'audioQuality') AS "audioQuality",
               nido.heartbeat_value(r.metrics, 'signalStrength') AS "signalStrength",
               nido.heartbeat_value(r.metrics, 'userEngagement') AS "userEngagement",
               nido.heartbeat_value(r.metrics, 'temperature') AS temperature,
               nido.heartbeat_value(r.metrics, 'cpuUsage') AS "cpuUsage",
               nido.heartbeat_value(r.metrics, 'memoryUsage') AS "memoryUsage"
        FROM public.session_heartbeats r
        -- The index on ("sessionId", timestamp) serves this; timestamps have microseconds, and
        -- the bound holds for last_minute = 'infinity' too.
        WHERE r."sessionId" = ANY (sessions) AND r.timestamp >= first_minute
          AND r.timestamp <= last_minute + interval '59.999999 seconds'
          AND EXISTS (SELECT 1 FROM public.voice_sessions vs WHERE vs.id = r."sessionId")
        -- Kept a subquery (OFFSET 0): pulled up, each value would be read again for each aggregate.
        OFFSET 0) h
  GROUP BY 1, 2
$$;
REVOKE ALL ON FUNCTION nido.heartbeat_minutes_from_heartbeats(UUID[], TIMESTAMP, TIMESTAMP) FROM PUBLIC;

-- Moves the given sessions' marks forward, counting the minutes they pass and those the log says
-- changed. Only where it can write and where each statement sees what was committed before it
-- (READ COMMITTED): an export's read-only snapshot reads the minutes not counted from the
-- heartbeats instead. A session another count holds is left to the next read: the lock is tried
-- (a transaction-level advisory lock under Nido's own class, 'nido' in ASCII, never taken by the
-- backend, so one that anyone else holds only holds off counting). A hundred sessions at most a
-- call, the others left to the next: each lock is kept until the transaction ends, in the
-- server's shared lock table. Returns how many it counted.
CREATE FUNCTION nido.count_heartbeat_minutes(sessions UUID[]) RETURNS INTEGER
LANGUAGE plpgsql STRICT SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  session UUID;
  target TIMESTAMP;
  counted TIMESTAMP;
  changes TID[];
  first_change TIMESTAMP;
  done INTEGER := 0;
BEGIN
  IF current_setting('transaction_read_only') = 'on' OR current_setting('transaction_isolation') <> 'read committed' THEN
    RETURN 0;
  END IF;
  FOR session, target IN
    SELECT s.id, t.target
    FROM unnest(sessions) AS s(id)
    LEFT JOIN nido.heartbeat_minute_marks k ON k."sessionId" = s.id
    -- A session without heartbeats (any more) has no target: what the log says changed is counted
    -- up to its mark, so that no minute of deleted heartbeats is kept.
    CROSS JOIN LATERAL (SELECT LEAST(date_trunc('minute', n.newest) + interval '1 minute',
                                     date_trunc('minute', now() AT TIME ZONE 'UTC' - interval '15 minutes')) AS target
                        FROM (SELECT max(h.timestamp) AS newest FROM public.session_heartbeats h WHERE h."sessionId" = s.id) n) t
    WHERE (t.target > COALESCE(k."countedBefore", '-infinity')
           OR EXISTS (SELECT 1 FROM nido.heartbeat_minutes_changed c WHERE c."sessionId" = s.id))
      AND EXISTS (SELECT 1 FROM public.voice_sessions vs WHERE vs.id = s.id)
    ORDER BY s.id
    LIMIT 100
  LOOP
    CONTINUE WHEN NOT pg_try_advisory_xact_lock(1852400751, hashtext(CAST(session AS text)));
    -- Each statement below reads what was committed before it: the notes taken are those seen
    -- here, and the heartbeats counted include at least their changes.
    SELECT k."countedBefore" INTO counted FROM nido.heartbeat_minute_marks k WHERE k."sessionId" = session;
    SELECT array_agg(c.ctid), min(c.minute) INTO changes, first_change FROM nido.heartbeat_minutes_changed c WHERE c."sessionId" = session;
    counted := LEAST(COALESCE(counted, '-infinity'), COALESCE(first_change, 'infinity'));
    target := GREATEST(COALESCE(target, counted), counted);
    DELETE FROM nido.heartbeat_minutes m WHERE m."sessionId" = session AND m.minute >= counted;
    INSERT INTO nido.heartbeat_minutes
    SELECT * FROM nido.heartbeat_minutes_from_heartbeats(ARRAY[session], counted, target - interval '1 minute');
    INSERT INTO nido.heartbeat_minute_marks AS k VALUES (session, target)
    ON CONFLICT ("sessionId") DO UPDATE SET "countedBefore" = EXCLUDED."countedBefore";
    IF changes IS NOT NULL THEN
      DELETE FROM nido.heartbeat_minutes_changed c WHERE c.ctid = ANY (changes);
    END IF;
    done := done + 1;
  END LOOP;
  RETURN done;
END
$$;
REVOKE ALL ON FUNCTION nido.count_heartbeat_minutes(UUID[]) FROM PUBLIC;

-- The minutes of the given sessions: counted ones from the roll-ups, the rest from the heartbeats,
-- all read in one snapshot (the marks, the log and the minutes a count wrote are committed together).
CREATE FUNCTION nido.heartbeat_minutes_of(sessions UUID[]) RETURNS SETOF nido.heartbeat_minutes
LANGUAGE plpgsql STRICT SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.count_heartbeat_minutes(sessions);
  RETURN QUERY
    WITH counted AS MATERIALIZED (
      SELECT s.id, LEAST(COALESCE(k."countedBefore", '-infinity'),
                         COALESCE((SELECT min(c.minute) FROM nido.heartbeat_minutes_changed c WHERE c."sessionId" = s.id), 'infinity')) AS until
      FROM unnest(sessions) AS s(id)
      LEFT JOIN nido.heartbeat_minute_marks k ON k."sessionId" = s.id)
    SELECT m.* FROM counted s
    CROSS JOIN LATERAL (SELECT m.* FROM nido.heartbeat_minutes m
                        WHERE m."sessionId" = s.id AND m.minute < s.until OFFSET 0) m
    UNION ALL
    SELECT r.* FROM counted s
    CROSS JOIN LATERAL nido.heartbeat_minutes_from_heartbeats(ARRAY[s.id], s.until, 'infinity') r;
END
$$;
REVOKE ALL ON FUNCTION nido.heartbeat_minutes_of(UUID[]) FROM PUBLIC;

-- What the backend changes in the heartbeats, noted for the next count. A row trigger for inserts,
-- whose test is all that an insert on time costs: without a SET clause (setting the search path
-- at every call cost the backend a tenth of its insert rate), so every name in it is qualified;
-- and no condition in the trigger's definition, which would tie the column's type.
CREATE FUNCTION nido.note_late_heartbeat() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
  IF NEW.timestamp OPERATOR(pg_catalog.<) (pg_catalog.timezone('UTC', pg_catalog.now()) OPERATOR(pg_catalog.-) CAST('5 minutes' AS pg_catalog.interval)) THEN
    INSERT INTO nido.heartbeat_minutes_changed VALUES (NEW."sessionId", pg_catalog.date_trunc('minute', NEW.timestamp));
  END IF;
  RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION nido.note_late_heartbeat() FROM PUBLIC;
CREATE TRIGGER nido_heartbeat_minutes_late BEFORE INSERT ON session_heartbeats
  FOR EACH ROW EXECUTE FUNCTION nido.note_late_heartbeat();

-- Updated or deleted heartbeats: each session's first minute touched. An update that changes
-- neither the session, the time nor the metrics (a status, an error message) notes nothing, and
-- neither does a deleted session's cascade (its trigger below has already run).
CREATE FUNCTION nido.note_changed_heartbeats() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    INSERT INTO nido.heartbeat_minutes_changed
    SELECT c."sessionId", date_trunc('minute', min(c.timestamp))
    FROM ((SELECT o."sessionId", o.timestamp, o.metrics FROM removed o
           EXCEPT ALL SELECT n."sessionId", n.timestamp, n.metrics FROM inserted n)
          UNION ALL
          (SELECT n."sessionId", n.timestamp, n.metrics FROM inserted n
           EXCEPT ALL SELECT o."sessionId", o.timestamp, o.metrics FROM removed o)) c
    WHERE EXISTS (SELECT 1 FROM public.voice_sessions vs WHERE vs.id = c."sessionId")
    GROUP BY c."sessionId";
  ELSE
    INSERT INTO nido.heartbeat_minutes_changed
    SELECT o."sessionId", date_trunc('minute', min(o.timestamp)) FROM removed o
    WHERE EXISTS (SELECT 1 FROM public.voice_sessions vs WHERE vs.id = o."sessionId")
    GROUP BY o."sessionId";
  END IF;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION nido.note_changed_heartbeats() FROM PUBLIC;
CREATE TRIGGER nido_heartbeat_minutes_update AFTER UPDATE ON session_heartbeats
  REFERENCING OLD TABLE AS removed NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION nido.note_changed_heartbeats();
CREATE TRIGGER nido_heartbeat_minutes_delete AFTER DELETE ON session_heartbeats
  REFERENCING OLD TABLE AS removed
  FOR EACH STATEMENT EXECUTE FUNCTION nido.note_changed_heartbeats();

-- TRUNCATE: no minute, mark or note is left.
CREATE OR REPLACE FUNCTION nido.clear_heartbeat_minutes() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  DELETE FROM nido.heartbeat_minutes;
  DELETE FROM nido.heartbeat_minute_marks;
  DELETE FROM nido.heartbeat_minutes_changed;
  RETURN NULL;
END
$$;

-- A deleted session's minutes, mark and notes go with it, all but the rows a count holds at that
-- moment, which the upkeep takes later (nido.count_recent_heartbeat_minutes): the backend's
-- deletion waits for no reader. Only sessions that are gone (checked again as each row is taken:
-- without foreign keys a session may appear after its heartbeats).
CREATE FUNCTION nido.forget_sessions_minutes(sessions UUID[]) RETURNS VOID
LANGUAGE sql STRICT SET search_path = pg_catalog, pg_temp AS $$
  DELETE FROM nido.heartbeat_minutes m WHERE m.ctid = ANY (ARRAY(
    SELECT l.ctid FROM nido.heartbeat_minutes l WHERE l."sessionId" = ANY (sessions)
      AND NOT EXISTS (SELECT 1 FROM public.voice_sessions vs WHERE vs.id = l."sessionId") FOR UPDATE SKIP LOCKED));
  DELETE FROM nido.heartbeat_minute_marks m WHERE m.ctid = ANY (ARRAY(
    SELECT l.ctid FROM nido.heartbeat_minute_marks l WHERE l."sessionId" = ANY (sessions)
      AND NOT EXISTS (SELECT 1 FROM public.voice_sessions vs WHERE vs.id = l."sessionId") FOR UPDATE SKIP LOCKED));
  DELETE FROM nido.heartbeat_minutes_changed m WHERE m.ctid = ANY (ARRAY(
    SELECT l.ctid FROM nido.heartbeat_minutes_changed l WHERE l."sessionId" = ANY (sessions)
      AND NOT EXISTS (SELECT 1 FROM public.voice_sessions vs WHERE vs.id = l."sessionId") FOR UPDATE SKIP LOCKED));
$$;
REVOKE ALL ON FUNCTION nido.forget_sessions_minutes(UUID[]) FROM PUBLIC;

-- Under READ COMMITTED only: in an older snapshot, a row a count changed since would fail the
-- backend's deletion (a serialization failure); the upkeep takes those.
CREATE FUNCTION nido.forget_deleted_sessions_minutes() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF current_setting('transaction_isolation') = 'read committed' THEN
    PERFORM nido.forget_sessions_minutes(ARRAY(SELECT o.id FROM removed o));
  END IF;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION nido.forget_deleted_sessions_minutes() FROM PUBLIC;
CREATE TRIGGER nido_heartbeat_minutes_sessions AFTER DELETE ON voice_sessions
  REFERENCING OLD TABLE AS removed
  FOR EACH STATEMENT EXECUTE FUNCTION nido.forget_deleted_sessions_minutes();

CREATE OR REPLACE FUNCTION nido.minutes_of_session(caller NAME, child UUID, session UUID) RETURNS SETOF nido.heartbeat_minutes
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'nido.heartbeat_minutes', 'SELECT');
  IF nido.is_session_of(child, session) THEN
    RETURN QUERY SELECT * FROM nido.heartbeat_minutes_of(ARRAY[session]);
  END IF;
END
$$;

CREATE OR REPLACE FUNCTION nido.minutes_of_sessions(caller NAME, child UUID, started_from TIMESTAMP, started_before TIMESTAMP)
RETURNS SETOF nido.heartbeat_minutes
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'nido.heartbeat_minutes', 'SELECT');
  RETURN QUERY SELECT * FROM nido.heartbeat_minutes_of(ARRAY(SELECT s FROM nido.sessions_of(child, started_from, started_before) s));
END
$$;

-- The minutes of the last 31 days' sessions (the Activity page's longest span) of every child the
-- caller sees, counted in Nido's own time: the window's hourly upkeep, on a connection of its own,
-- so that the pages find them counted, with the older sessions the backend changed. And what a
-- deleted session left behind while counted. Returns how many sessions it counted: the upkeep
-- calls it again, each call its own transaction, until none is left.
CREATE FUNCTION nido.count_recent_heartbeat_minutes(caller NAME) RETURNS INTEGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  counted INTEGER;
BEGIN
  counted := nido.count_heartbeat_minutes(ARRAY(
    SELECT s FROM nido.visible_children(caller) c
    CROSS JOIN LATERAL nido.sessions_of(c.id, CAST(now() AT TIME ZONE 'UTC' - interval '31 days' AS TIMESTAMP), NULL) s
    UNION
    SELECT vs.id FROM (SELECT DISTINCT l."sessionId" FROM nido.heartbeat_minutes_changed l) l
    JOIN public.voice_sessions vs ON vs.id = l."sessionId"
    WHERE vs."userId" IN (SELECT c.id FROM nido.visible_children(caller) c)));
  -- The sweep once a run, in its last call (the one that counts nothing).
  IF counted = 0 THEN
    PERFORM nido.forget_sessions_minutes(ARRAY(
      SELECT k."sessionId" FROM nido.heartbeat_minute_marks k
      WHERE NOT EXISTS (SELECT 1 FROM public.voice_sessions vs WHERE vs.id = k."sessionId")
      UNION SELECT c."sessionId" FROM nido.heartbeat_minutes_changed c
      WHERE NOT EXISTS (SELECT 1 FROM public.voice_sessions vs WHERE vs.id = c."sessionId")));
  END IF;
  RETURN counted;
END
$$;
GRANT EXECUTE ON FUNCTION nido.count_recent_heartbeat_minutes(NAME) TO PUBLIC;

-- What migration 12 and its trigger counted stays counted: each session's mark is past its newest
-- minute, but not within fifteen minutes of now, as a read would put it.
INSERT INTO nido.heartbeat_minute_marks
SELECT m."sessionId", LEAST(max(m.minute) + interval '1 minute', date_trunc('minute', now() AT TIME ZONE 'UTC' - interval '15 minutes'))
FROM nido.heartbeat_minutes m GROUP BY m."sessionId";

-- The memories' retention trigger (migration 16) runs for every memory the backend writes: the same
-- without its SET clause, every name qualified.
CREATE OR REPLACE FUNCTION nido.apply_retention() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
  old_days INTEGER;
  new_days INTEGER;
BEGIN
  SELECT p.days INTO new_days FROM nido.retention_policies p
  WHERE p."userId" OPERATOR(pg_catalog.=) NEW."userId" AND p.category OPERATOR(pg_catalog.=) CAST(NEW.category AS pg_catalog.text);
  IF TG_OP OPERATOR(pg_catalog.=) 'UPDATE' THEN
    SELECT p.days INTO old_days FROM nido.retention_policies p
    WHERE p."userId" OPERATOR(pg_catalog.=) OLD."userId" AND p.category OPERATOR(pg_catalog.=) CAST(OLD.category AS pg_catalog.text);
  END IF;
  IF new_days IS NOT NULL OR old_days IS NOT NULL THEN
    NEW."expiresAt" := nido.retention_expiry(NEW."expiresAt", COALESCE(NEW."createdAt", pg_catalog.timezone('UTC', pg_catalog.now())),
                                             old_days, new_days);
  END IF;
  RETURN NEW;
END
$$;

-- The two readers were replaced, and with them their planner settings (migration 25); the upkeep's
-- function gets them too.
SELECT nido.plan_by_keys();
