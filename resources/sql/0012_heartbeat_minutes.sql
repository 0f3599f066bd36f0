-- Device health over long sessions: per-minute roll-ups of the heartbeats' metrics, kept by Nido.
--
-- A chart of a long session or of a child's last days averaged every heartbeat's JSONB each time it
-- was shown (50,000 heartbeats: about 300 ms per query). Like a continuous aggregate, each minute of
-- a session keeps its count, and per metric the sum and count of its numeric values (so that an
-- average over whole minutes is exact) and, for the metrics that have a threshold, the lowest and
-- highest value (so that the minutes where a threshold is crossed can be found without reading the
-- others; thresholds are the user's settings, so no crossing is stored). Triggers keep it up to date
-- as the backend writes: once per statement, so that a bulk insert aggregates its rows in one go.

-- A metric's value, or NULL when the heartbeat has none or something that is not a number: the
-- definition the charts use. A number that a float8 cannot hold (1e400, 1e-400) would make the cast
-- fail, and with it the backend's insert of the heartbeat. JSON numbers are written out without an
-- exponent, so one of at most 300 characters lies between 1e-299 and 1e300 (or is 0): longer ones
-- are skipped, whose sums could overflow as well. Cheaper than comparing numerics (a third of the
-- triggers' time). Inlined where it is used (a SQL function without SET or STRICT).
CREATE FUNCTION nido.heartbeat_value(metrics JSONB, metric TEXT) RETURNS FLOAT8
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN pg_catalog.jsonb_typeof(metrics -> metric) = 'number' AND pg_catalog.length(metrics ->> metric) <= 300
            THEN CAST(metrics ->> metric AS pg_catalog.float8) END;

CREATE TABLE nido.heartbeat_minutes (
  "sessionId" UUID NOT NULL REFERENCES voice_sessions (id) ON DELETE CASCADE,
  -- date_trunc('minute', timestamp) of the heartbeats counted here.
  minute TIMESTAMP NOT NULL,
  heartbeats INTEGER NOT NULL,
  "firstAt" TIMESTAMP NOT NULL,
  "lastAt" TIMESTAMP NOT NULL,
  "batteryLevelSum" FLOAT8 NOT NULL, "batteryLevelCount" INTEGER NOT NULL,
  "batteryLevelMin" FLOAT8, "batteryLevelMax" FLOAT8,
  "latencySum" FLOAT8 NOT NULL, "latencyCount" INTEGER NOT NULL,
  "latencyMin" FLOAT8, "latencyMax" FLOAT8,
  "audioQualitySum" FLOAT8 NOT NULL, "audioQualityCount" INTEGER NOT NULL,
  "audioQualityMin" FLOAT8, "audioQualityMax" FLOAT8,
  "signalStrengthSum" FLOAT8 NOT NULL, "signalStrengthCount" INTEGER NOT NULL,
  "userEngagementSum" FLOAT8 NOT NULL, "userEngagementCount" INTEGER NOT NULL,
  "temperatureSum" FLOAT8 NOT NULL, "temperatureCount" INTEGER NOT NULL,
  "temperatureMin" FLOAT8, "temperatureMax" FLOAT8,
  "cpuUsageSum" FLOAT8 NOT NULL, "cpuUsageCount" INTEGER NOT NULL,
  "memoryUsageSum" FLOAT8 NOT NULL, "memoryUsageCount" INTEGER NOT NULL,
  PRIMARY KEY ("sessionId", minute)
);

-- Counting a minute again must not lose a heartbeat inserted meanwhile: its insert's aggregate would
-- be overwritten by counts that did not see it. Sessions fall in 256 shares, each a row here: inserts
-- lock their sessions' shares FOR SHARE, counting again locks them FOR UPDATE (both in the order of
-- the shares, until the end of the transaction) and counts after the lock: inserts wait for it, or
-- it for them; inserts do not wait for each other, their aggregates add up. Row locks on a table
-- nobody else may read, not advisory locks, which any role can take and so hold off the backend.
CREATE TABLE nido.heartbeat_minute_shares (share INTEGER PRIMARY KEY);
INSERT INTO nido.heartbeat_minute_shares SELECT pg_catalog.generate_series(0, 255);

CREATE FUNCTION nido.heartbeat_minute_share(session UUID) RETURNS INTEGER
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN pg_catalog.hashtext(CAST(session AS pg_catalog.text)) & 255;

-- The minutes of the given sessions from first_minute to last_minute, counted again from the
-- heartbeats: after an update or a delete (a lowest or highest value cannot be taken back), for
-- the backfill, and after a load that skipped triggers. Minutes left without heartbeats go.
-- Heartbeats of a session that does not exist (the ORM's schema has no foreign keys) are left out.
CREATE FUNCTION nido.recount_heartbeat_minutes(sessions UUID[], first_minute TIMESTAMP, last_minute TIMESTAMP)
RETURNS VOID
LANGUAGE plpgsql STRICT SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM 1 FROM nido.heartbeat_minute_shares l
  WHERE l.share IN (SELECT nido.heartbeat_minute_share(s) FROM unnest(sessions) AS s) ORDER BY l.share FOR UPDATE;
  -- Each statement below reads with a snapshot taken after the lock (under READ COMMITTED).
  DELETE FROM nido.heartbeat_minutes m
  WHERE m."sessionId" = ANY (sessions) AND m.minute >= first_minute AND m.minute <= last_minute;
  INSERT INTO nido.heartbeat_minutes AS m
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
  -- Only this transaction's own earlier inserts can have added the minute since the DELETE (by the
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
REVOKE ALL ON FUNCTION nido.recount_heartbeat_minutes(UUID[], TIMESTAMP, TIMESTAMP) FROM PUBLIC;

-- Inserted heartbeats: one aggregate of the statement's rows, added to the minutes they fall in.
-- Runs as its owner: the backend's role, which inserts heartbeats, has no rights on Nido's schema.
CREATE FUNCTION nido.add_heartbeat_minutes() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM 1 FROM nido.heartbeat_minute_shares l
  WHERE l.share IN (SELECT nido.heartbeat_minute_share(r."sessionId") FROM inserted r) ORDER BY l.share FOR SHARE;
  INSERT INTO nido.heartbeat_minutes AS m
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
        FROM inserted r
        -- Without foreign keys (the ORM's schema) a heartbeat may name a session that does not
        -- exist yet: counted when the session is inserted (nido.count_new_sessions_heartbeats).
        WHERE EXISTS (SELECT 1 FROM public.voice_sessions vs WHERE vs.id = r."sessionId")
        -- Kept a subquery (OFFSET 0): pulled up, each value would be read again for each aggregate.
        OFFSET 0) h
  GROUP BY 1, 2
  -- Sums, counts, lowest and highest values add up: a minute that goes on is merged, not recounted.
  ON CONFLICT ("sessionId", minute) DO UPDATE SET
    heartbeats = m.heartbeats + EXCLUDED.heartbeats,
    "firstAt" = LEAST(m."firstAt", EXCLUDED."firstAt"), "lastAt" = GREATEST(m."lastAt", EXCLUDED."lastAt"),
    "batteryLevelSum" = m."batteryLevelSum" + EXCLUDED."batteryLevelSum",
    "batteryLevelCount" = m."batteryLevelCount" + EXCLUDED."batteryLevelCount",
    "batteryLevelMin" = LEAST(m."batteryLevelMin", EXCLUDED."batteryLevelMin"),
    "batteryLevelMax" = GREATEST(m."batteryLevelMax", EXCLUDED."batteryLevelMax"),
    "latencySum" = m."latencySum" + EXCLUDED."latencySum", "latencyCount" = m."latencyCount" + EXCLUDED."latencyCount",
    "latencyMin" = LEAST(m."latencyMin", EXCLUDED."latencyMin"), "latencyMax" = GREATEST(m."latencyMax", EXCLUDED."latencyMax"),
    "audioQualitySum" = m."audioQualitySum" + EXCLUDED."audioQualitySum",
    "audioQualityCount" = m."audioQualityCount" + EXCLUDED."audioQualityCount",
    "audioQualityMin" = LEAST(m."audioQualityMin", EXCLUDED."audioQualityMin"),
    "audioQualityMax" = GREATEST(m."audioQualityMax", EXCLUDED."audioQualityMax"),
    "signalStrengthSum" = m."signalStrengthSum" + EXCLUDED."signalStrengthSum",
    "signalStrengthCount" = m."signalStrengthCount" + EXCLUDED."signalStrengthCount",
    "userEngagementSum" = m."userEngagementSum" + EXCLUDED."userEngagementSum",
    "userEngagementCount" = m."userEngagementCount" + EXCLUDED."userEngagementCount",
    "temperatureSum" = m."temperatureSum" + EXCLUDED."temperatureSum",
    "temperatureCount" = m."temperatureCount" + EXCLUDED."temperatureCount",
    "temperatureMin" = LEAST(m."temperatureMin", EXCLUDED."temperatureMin"),
    "temperatureMax" = GREATEST(m."temperatureMax", EXCLUDED."temperatureMax"),
    "cpuUsageSum" = m."cpuUsageSum" + EXCLUDED."cpuUsageSum", "cpuUsageCount" = m."cpuUsageCount" + EXCLUDED."cpuUsageCount",
    "memoryUsageSum" = m."memoryUsageSum" + EXCLUDED."memoryUsageSum",
    "memoryUsageCount" = m."memoryUsageCount" + EXCLUDED."memoryUsageCount";
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION nido.add_heartbeat_minutes() FROM PUBLIC;

-- Updated or deleted heartbeats: the minutes they were in and are now in are counted again, once
-- per session over the span of its minutes touched, in the order of the sessions' shares. An update
-- that changes neither the session, the time nor the metrics (a status, an error message) touches
-- none.
CREATE FUNCTION nido.recount_changed_heartbeat_minutes() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  sessions UUID[];
  firsts TIMESTAMP[];
  lasts TIMESTAMP[];
BEGIN
  IF TG_OP = 'UPDATE' THEN
    SELECT array_agg(k.session ORDER BY nido.heartbeat_minute_share(k.session)),
           array_agg(k.first_minute ORDER BY nido.heartbeat_minute_share(k.session)),
           array_agg(k.last_minute ORDER BY nido.heartbeat_minute_share(k.session)) INTO sessions, firsts, lasts
    FROM (SELECT c."sessionId" AS session, date_trunc('minute', min(c.timestamp)) AS first_minute,
                 date_trunc('minute', max(c.timestamp)) AS last_minute
          FROM ((SELECT o."sessionId", o.timestamp, o.metrics FROM removed o
                 EXCEPT ALL SELECT n."sessionId", n.timestamp, n.metrics FROM inserted n)
                UNION ALL
                (SELECT n."sessionId", n.timestamp, n.metrics FROM inserted n
                 EXCEPT ALL SELECT o."sessionId", o.timestamp, o.metrics FROM removed o)) c
          GROUP BY c."sessionId") k;
  ELSE
    SELECT array_agg(k.session ORDER BY nido.heartbeat_minute_share(k.session)),
           array_agg(k.first_minute ORDER BY nido.heartbeat_minute_share(k.session)),
           array_agg(k.last_minute ORDER BY nido.heartbeat_minute_share(k.session)) INTO sessions, firsts, lasts
    FROM (SELECT o."sessionId" AS session, date_trunc('minute', min(o.timestamp)) AS first_minute,
                 date_trunc('minute', max(o.timestamp)) AS last_minute
          FROM removed o GROUP BY o."sessionId") k;
  END IF;
  PERFORM nido.recount_heartbeat_minutes(ARRAY[sessions[i]], firsts[i], lasts[i])
  FROM pg_catalog.generate_subscripts(sessions, 1) AS i;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION nido.recount_changed_heartbeat_minutes() FROM PUBLIC;

-- TRUNCATE has no rows to tell which minutes went: all of them did.
CREATE FUNCTION nido.clear_heartbeat_minutes() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  DELETE FROM nido.heartbeat_minutes;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION nido.clear_heartbeat_minutes() FROM PUBLIC;

-- New sessions: heartbeats that came before their session (possible only without foreign keys) are
-- counted now. Otherwise one index probe per session that finds nothing.
CREATE FUNCTION nido.count_new_sessions_heartbeats() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  sessions UUID[];
BEGIN
  SELECT array_agg(s.id) INTO sessions FROM inserted s
  WHERE EXISTS (SELECT 1 FROM public.session_heartbeats h WHERE h."sessionId" = s.id);
  IF sessions IS NOT NULL THEN
    PERFORM nido.recount_heartbeat_minutes(sessions, '-infinity', 'infinity');
  END IF;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION nido.count_new_sessions_heartbeats() FROM PUBLIC;

-- Transition tables allow one event per trigger.
CREATE TRIGGER nido_heartbeat_minutes_insert AFTER INSERT ON session_heartbeats
  REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION nido.add_heartbeat_minutes();
CREATE TRIGGER nido_heartbeat_minutes_update AFTER UPDATE ON session_heartbeats
  REFERENCING OLD TABLE AS removed NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION nido.recount_changed_heartbeat_minutes();
CREATE TRIGGER nido_heartbeat_minutes_delete AFTER DELETE ON session_heartbeats
  REFERENCING OLD TABLE AS removed
  FOR EACH STATEMENT EXECUTE FUNCTION nido.recount_changed_heartbeat_minutes();
CREATE TRIGGER nido_heartbeat_minutes_truncate AFTER TRUNCATE ON session_heartbeats
  FOR EACH STATEMENT EXECUTE FUNCTION nido.clear_heartbeat_minutes();
CREATE TRIGGER nido_heartbeat_minutes_sessions AFTER INSERT ON voice_sessions
  REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION nido.count_new_sessions_heartbeats();

-- The heartbeats there are: one aggregate over all of them.
SELECT nido.recount_heartbeat_minutes(ARRAY(SELECT vs.id FROM public.voice_sessions vs), '-infinity', 'infinity');

-- Caregivers read the minutes of their children's sessions, as they read the heartbeats, and write
-- none: only the triggers do.
ALTER TABLE nido.heartbeat_minutes ENABLE ROW LEVEL SECURITY;
CREATE POLICY nido_others ON nido.heartbeat_minutes USING (nido.not_caregiver()) WITH CHECK (nido.not_caregiver());
CREATE POLICY nido_view ON nido.heartbeat_minutes FOR SELECT TO nido_caregiver USING (nido.may_session("sessionId", 'view'));
GRANT SELECT ON nido.heartbeat_minutes TO nido_caregiver;

-- As migration 7 did for the heartbeats: every family's session ids keep no planner statistics.
ALTER TABLE nido.heartbeat_minutes ALTER COLUMN "sessionId" SET STATISTICS 0;
