-- The heartbeats' minute roll-ups (migration 12) are counted when Nido reads them, not as the
-- backend writes. Adding every insert to its minute, once per statement, cost the backend half its
-- heartbeat insert rate (pgbench, 4 clients, one heartbeat per insert: 8,200/s against 16,200/s
-- without the trigger), on its hottest path, for a chart a parent opens now and then.
--
-- Now each session has a mark: its minutes before the mark are in nido.heartbeat_minutes, the ones
-- after are aggregated from the heartbeats when read (the index on ("sessionId", timestamp) reads
-- only them). A read moves the mark past the session's newest minute, but never within fifteen
-- minutes of now (UTC, the heartbeats' time), counting the minutes in between once: a minute
-- counted is never added to. A heartbeat older than five minutes when it is written (a device that
-- was offline) is the only insert Nido sees, through a trigger whose condition PostgreSQL checks
-- without calling it for the others: it moves the mark back before its minute, to be counted
-- again. One written without it into a counted minute would have to come from a transaction that
-- started more than ten minutes before the count.

DROP TRIGGER nido_heartbeat_minutes_insert ON session_heartbeats;
DROP TRIGGER nido_heartbeat_minutes_sessions ON voice_sessions;
DROP FUNCTION nido.add_heartbeat_minutes();
DROP FUNCTION nido.count_new_sessions_heartbeats();
DROP TABLE nido.heartbeat_minute_shares;
DROP FUNCTION nido.heartbeat_minute_share(UUID);

CREATE TABLE nido.heartbeat_minute_marks (
  "sessionId" UUID PRIMARY KEY REFERENCES voice_sessions (id) ON DELETE CASCADE,
  -- The session's minutes before this one are counted.
  "countedBefore" TIMESTAMP NOT NULL
);
ALTER TABLE nido.heartbeat_minute_marks ENABLE ROW LEVEL SECURITY;
CREATE POLICY nido_others ON nido.heartbeat_minute_marks USING (nido.not_caregiver()) WITH CHECK (nido.not_caregiver());
ALTER TABLE nido.heartbeat_minute_marks ALTER COLUMN "sessionId" SET STATISTICS 0;

-- The minutes of the given sessions from first_minute to last_minute as the heartbeats add up: the
-- one definition of a minute's roll-up, for counting and for the minutes not counted yet.
-- Heartbeats of a session that does not exist (the ORM's schema has no foreign keys) are left out.
-- A SQL-standard body, its names bound now, and neither STRICT nor SET: so the planner inlines it
-- into the reader's cached plan instead of planning it again at every call (a millisecond a read).
CREATE FUNCTION nido.heartbeat_minutes_from_heartbeats(sessions UUID[], first_minute TIMESTAMP, last_minute TIMESTAMP)
RETURNS SETOF nido.heartbeat_minutes
LANGUAGE sql STABLE
BEGIN ATOMIC
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
  GROUP BY 1, 2;
END;
REVOKE ALL ON FUNCTION nido.heartbeat_minutes_from_heartbeats(UUID[], TIMESTAMP, TIMESTAMP) FROM PUBLIC;

-- Counting again and counting for the first time lock the sessions' marks, in the order of their
-- ids, until the end of the transaction, and read after the lock: two counts of one minute never
-- overwrite each other with what an older snapshot saw. A session's own row, not a share of all
-- sessions (migration 12): a read that holds it holds up nothing of another family.
CREATE FUNCTION nido.lock_heartbeat_minute_marks(sessions UUID[]) RETURNS VOID
LANGUAGE plpgsql STRICT SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  INSERT INTO nido.heartbeat_minute_marks
  SELECT s.id, '-infinity' FROM unnest(sessions) AS s(id)
  WHERE EXISTS (SELECT 1 FROM public.voice_sessions vs WHERE vs.id = s.id)
  ORDER BY s.id
  ON CONFLICT ("sessionId") DO NOTHING;
  PERFORM 1 FROM nido.heartbeat_minute_marks k WHERE k."sessionId" = ANY (sessions) ORDER BY k."sessionId" FOR UPDATE;
END
$$;
REVOKE ALL ON FUNCTION nido.lock_heartbeat_minute_marks(UUID[]) FROM PUBLIC;

-- Counting again (after an update or a delete, and when a mark moves) is as before, with the one
-- definition above and the marks' locks.
CREATE OR REPLACE FUNCTION nido.recount_heartbeat_minutes(sessions UUID[], first_minute TIMESTAMP, last_minute TIMESTAMP)
RETURNS VOID
LANGUAGE plpgsql STRICT SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.lock_heartbeat_minute_marks(sessions);
  -- Each statement below reads with a snapshot taken after the lock (under READ COMMITTED).
  DELETE FROM nido.heartbeat_minutes m
  WHERE m."sessionId" = ANY (sessions) AND m.minute >= first_minute AND m.minute <= last_minute;
  INSERT INTO nido.heartbeat_minutes AS m
  SELECT * FROM nido.heartbeat_minutes_from_heartbeats(sessions, first_minute, last_minute)
  -- Only this transaction's own earlier counts can have added the minute since the DELETE (by the
  -- lock): these counts include their rows.
  ON CONFLICT ("sessionId", minute) DO UPDATE SET
    heartbeats = EXCLUDED.heartbeats, "firstAt" = EXCLUDED."firstAt", "lastAt" = EXCLUDED."lastAt",
    "batteryLevelSum" = EXCLUDED."batteryLevelSum", "batteryLevelCount" = EXCLUDED."batteryLevelCount",
    "batteryLevelMin" = EXCLUDED."batteryLevelMin", "batteryLevelMax" = EXCLUDED."batteryLevelMax",
    "latencySum" = EXCLUDED."latencySum", "latencyCount" = EXCLUDED."latencyCount",
    "latencyMin" = EXCLUDED."latencyMin", "latencyMax" = EXCLUDED."latencyMax",
    "audioQualitySum" = EXCLUDED."audioQualitySum", "audioQualityCount" = EXCLUDED."audioQualityCount",
    "audioQualityMin" = EXCLUDED."audioQualityMin", "audioQualityMax" = EXCLUDED."audioQualityMax",
    "signalStrengthSum" = EXCLUDED."signalStrengthSum", "signalStrengthCount" = EXCLUDED."signalStrengthCount",
    "userEngagementSum" = EXCLUDED."userEngagementSum", "userEngagementCount" = EXCLUDED."userEngagementCount",
    "temperatureSum" = EXCLUDED."temperatureSum", "temperatureCount" = EXCLUDED."temperatureCount",
    "temperatureMin" = EXCLUDED."temperatureMin", "temperatureMax" = EXCLUDED."temperatureMax",
    "cpuUsageSum" = EXCLUDED."cpuUsageSum", "cpuUsageCount" = EXCLUDED."cpuUsageCount",
    "memoryUsageSum" = EXCLUDED."memoryUsageSum", "memoryUsageCount" = EXCLUDED."memoryUsageCount";
END
$$;

-- Updated or deleted heartbeats: as migration 12, sessions in the order of their marks' locks.
CREATE OR REPLACE FUNCTION nido.recount_changed_heartbeat_minutes() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  sessions UUID[];
  firsts TIMESTAMP[];
  lasts TIMESTAMP[];
BEGIN
  IF TG_OP = 'UPDATE' THEN
    SELECT array_agg(k.session ORDER BY k.session), array_agg(k.first_minute ORDER BY k.session),
           array_agg(k.last_minute ORDER BY k.session) INTO sessions, firsts, lasts
    FROM (SELECT c."sessionId" AS session, date_trunc('minute', min(c.timestamp)) AS first_minute,
                 date_trunc('minute', max(c.timestamp)) AS last_minute
          FROM ((SELECT o."sessionId", o.timestamp, o.metrics FROM removed o
                 EXCEPT ALL SELECT n."sessionId", n.timestamp, n.metrics FROM inserted n)
                UNION ALL
                (SELECT n."sessionId", n.timestamp, n.metrics FROM inserted n
                 EXCEPT ALL SELECT o."sessionId", o.timestamp, o.metrics FROM removed o)) c
          GROUP BY c."sessionId") k;
  ELSE
    SELECT array_agg(k.session ORDER BY k.session), array_agg(k.first_minute ORDER BY k.session),
           array_agg(k.last_minute ORDER BY k.session) INTO sessions, firsts, lasts
    FROM (SELECT o."sessionId" AS session, date_trunc('minute', min(o.timestamp)) AS first_minute,
                 date_trunc('minute', max(o.timestamp)) AS last_minute
          FROM removed o GROUP BY o."sessionId") k;
  END IF;
  PERFORM nido.recount_heartbeat_minutes(ARRAY[sessions[i]], firsts[i], lasts[i])
  FROM pg_catalog.generate_subscripts(sessions, 1) AS i;
  RETURN NULL;
END
$$;

-- Moves the given sessions' marks forward, counting the minutes they pass. Only where it can write
-- and where each statement sees what was committed before it (READ COMMITTED): an export's
-- read-only snapshot reads the minutes not counted from the heartbeats instead. It waits at most
-- 100 ms for a lock: a session whose mark is held (a late heartbeat's insert, an update, a
-- deletion) is left to the next read, so that a read never queues behind the backend's work nor
-- deadlocks with it (the backend takes marks in the order of its rows, a count in the ids').
CREATE FUNCTION nido.count_heartbeat_minutes(sessions UUID[]) RETURNS VOID
LANGUAGE plpgsql STRICT SET search_path = pg_catalog, pg_temp SET lock_timeout = '100ms' AS $$
DECLARE
  session UUID;
  counted TIMESTAMP;
  target TIMESTAMP;
BEGIN
  IF current_setting('transaction_read_only') = 'on' OR current_setting('transaction_isolation') <> 'read committed' THEN
    RETURN;
  END IF;
  FOR session, target IN
    SELECT s.id, t.target
    FROM unnest(sessions) AS s(id)
    LEFT JOIN nido.heartbeat_minute_marks k ON k."sessionId" = s.id
    CROSS JOIN LATERAL (SELECT LEAST(date_trunc('minute', max(h.timestamp)) + interval '1 minute',
                                     date_trunc('minute', now() AT TIME ZONE 'UTC' - interval '15 minutes')) AS target
                        FROM public.session_heartbeats h WHERE h."sessionId" = s.id) t
    WHERE t.target > COALESCE(k."countedBefore", '-infinity')
    ORDER BY s.id
  LOOP
    BEGIN
      PERFORM nido.lock_heartbeat_minute_marks(ARRAY[session]);
      -- The mark as it is now: a late heartbeat may have moved it back, or another read forward.
      SELECT k."countedBefore" INTO counted FROM nido.heartbeat_minute_marks k WHERE k."sessionId" = session;
      IF target > counted THEN
        PERFORM nido.recount_heartbeat_minutes(ARRAY[session], counted, target - interval '1 minute');
        UPDATE nido.heartbeat_minute_marks k SET "countedBefore" = target WHERE k."sessionId" = session;
      END IF;
    EXCEPTION WHEN lock_not_available THEN
      NULL;
    END;
  END LOOP;
END
$$;
REVOKE ALL ON FUNCTION nido.count_heartbeat_minutes(UUID[]) FROM PUBLIC;

-- The minutes of the given sessions: counted ones from the roll-ups, the rest from the heartbeats.
CREATE FUNCTION nido.heartbeat_minutes_of(sessions UUID[]) RETURNS SETOF nido.heartbeat_minutes
LANGUAGE plpgsql STRICT SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.count_heartbeat_minutes(sessions);
  RETURN QUERY
    SELECT m.* FROM unnest(sessions) AS s(id)
    JOIN nido.heartbeat_minute_marks k ON k."sessionId" = s.id
    CROSS JOIN LATERAL (SELECT m.* FROM nido.heartbeat_minutes m
                        WHERE m."sessionId" = s.id AND m.minute < k."countedBefore" OFFSET 0) m
    UNION ALL
    SELECT r.* FROM unnest(sessions) AS s(id)
    LEFT JOIN nido.heartbeat_minute_marks k ON k."sessionId" = s.id
    CROSS JOIN LATERAL nido.heartbeat_minutes_from_heartbeats(ARRAY[s.id], COALESCE(k."countedBefore", '-infinity'), 'infinity') r;
END
$$;
REVOKE ALL ON FUNCTION nido.heartbeat_minutes_of(UUID[]) FROM PUBLIC;

-- A heartbeat written late moves its session's mark back before its minute. A session never
-- counted gets a mark that counts nothing: a count under way waits for this insert's transaction
-- (or it for the count, the row locked either way) instead of missing its heartbeat.
CREATE FUNCTION nido.uncount_late_heartbeat() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  INSERT INTO nido.heartbeat_minute_marks AS k VALUES (NEW."sessionId", '-infinity')
  ON CONFLICT ("sessionId") DO UPDATE SET "countedBefore" = date_trunc('minute', NEW.timestamp)
  WHERE k."countedBefore" > date_trunc('minute', NEW.timestamp);
  RETURN NULL;
EXCEPTION WHEN foreign_key_violation THEN
  -- A heartbeat of a session that does not exist (yet): nothing of it is counted.
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION nido.uncount_late_heartbeat() FROM PUBLIC;
CREATE TRIGGER nido_heartbeat_minutes_late AFTER INSERT ON session_heartbeats
  FOR EACH ROW WHEN (NEW.timestamp < (now() AT TIME ZONE 'UTC') - interval '5 minutes')
  EXECUTE FUNCTION nido.uncount_late_heartbeat();

-- TRUNCATE: no minute and no mark is left.
CREATE OR REPLACE FUNCTION nido.clear_heartbeat_minutes() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  DELETE FROM nido.heartbeat_minutes;
  DELETE FROM nido.heartbeat_minute_marks;
  RETURN NULL;
END
$$;

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

-- What migration 12 and its trigger counted stays counted: each session's mark is fifteen minutes
-- before its newest minute, as a read would put it.
INSERT INTO nido.heartbeat_minute_marks
SELECT m."sessionId", LEAST(max(m.minute) + interval '1 minute', date_trunc('minute', now() AT TIME ZONE 'UTC' - interval '15 minutes'))
FROM nido.heartbeat_minutes m GROUP BY m."sessionId";

-- The minutes of the last 31 days' sessions (the Activity page's longest span) of every child the
-- caller sees, counted in Nido's own time: the window's hourly upkeep, on a connection of its own,
-- so that the pages find them counted.
CREATE FUNCTION nido.count_recent_heartbeat_minutes(caller NAME) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.count_heartbeat_minutes(ARRAY(
    SELECT s FROM nido.visible_children(caller) c
    CROSS JOIN LATERAL nido.sessions_of(c.id, CAST(now() AT TIME ZONE 'UTC' - interval '31 days' AS TIMESTAMP), NULL) s));
END
$$;
GRANT EXECUTE ON FUNCTION nido.count_recent_heartbeat_minutes(NAME) TO PUBLIC;

-- The two readers were replaced, and with them their planner settings (migration 25); the upkeep's
-- function gets them too.
SELECT nido.plan_by_keys();
