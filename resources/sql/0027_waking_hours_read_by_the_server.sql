-- A child's waking hours (routines.wakeTime and routines.bedTime, "H:mm") read by the server, so
-- that a statement counting sessions outside them reads them from the profile itself: the overview
-- and the activity chart no longer wait for the routines to come back before asking for their days.
-- The window reads the same fields for what it shows (WakingHours::fromRoutines, held equal by
-- tst_activity): a string of an hour 0-23 and two-digit minutes, white space around it allowed.

CREATE FUNCTION nido.clock_time(value JSONB) RETURNS INTERVAL
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN pg_catalog.jsonb_typeof(value) = 'string' AND pg_catalog.length(value #>> '{}') <= 100
            THEN CAST(pg_catalog.substring(value #>> '{}', '^[[:space:]]*((?:[01]?[0-9]|2[0-3]):[0-5][0-9])[[:space:]]*$') AS INTERVAL) END;

-- One row: both NULL unless the routines give both times.
CREATE FUNCTION nido.waking_hours(routines JSONB, OUT wake INTERVAL, OUT bed INTERVAL)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT CASE WHEN b IS NOT NULL THEN w END, CASE WHEN w IS NOT NULL THEN b END
  FROM (SELECT nido.clock_time(routines -> 'wakeTime') AS w, nido.clock_time(routines -> 'bedTime') AS b) t
$$;
