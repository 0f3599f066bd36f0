-- A device's problems are read from their partial index (migration 11), not from a bitmap of every
-- heartbeat of a session filtered afterwards. Without statistics on family ids (migration 7) the
-- planner guesses 10,250 heartbeats a session, all of them problems, and preferred the bitmap: the
-- heavy child's session of 50,000 heartbeats took 71 ms for its 51 problems (0.3 ms from the index),
-- its last week's 67 problems 71 ms (1.7 ms), for the overview's count, the alerts and the reports.
-- Bitmap scans are off inside the problems' branch only: the functions' own settings (plan_by_keys)
-- hold enable_bitmapscan, so the change ends with the call.

CREATE OR REPLACE FUNCTION nido.heartbeats_of_session(caller NAME, child UUID, session UUID, since TIMESTAMP, until TIMESTAMP, problems BOOLEAN)
RETURNS SETOF public.session_heartbeats
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'public.session_heartbeats', 'SELECT');
  IF NOT nido.is_session_of(child, session) THEN
    RETURN;
  ELSIF problems THEN
    PERFORM set_config('enable_bitmapscan', 'off', true);
    RETURN QUERY SELECT h.* FROM public.session_heartbeats h
      WHERE h."sessionId" = session AND (h.status <> 'ok' OR h."errorMessage" IS NOT NULL)
        AND h.timestamp >= COALESCE(since, '-infinity') AND h.timestamp < COALESCE(until, 'infinity');
  ELSE
    RETURN QUERY SELECT h.* FROM public.session_heartbeats h
      WHERE h."sessionId" = session AND h.timestamp >= COALESCE(since, '-infinity') AND h.timestamp < COALESCE(until, 'infinity');
  END IF;
END
$$;

CREATE OR REPLACE FUNCTION nido.heartbeats_of_sessions(caller NAME, child UUID, started_from TIMESTAMP, started_before TIMESTAMP, problems BOOLEAN)
RETURNS SETOF public.session_heartbeats
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'public.session_heartbeats', 'SELECT');
  IF problems THEN
    PERFORM set_config('enable_bitmapscan', 'off', true);
    RETURN QUERY SELECT h.* FROM nido.sessions_of(child, started_from, started_before) s(id)
      CROSS JOIN LATERAL (SELECT h.* FROM public.session_heartbeats h
                          WHERE h."sessionId" = s.id AND (h.status <> 'ok' OR h."errorMessage" IS NOT NULL) OFFSET 0) h;
  ELSE
    RETURN QUERY SELECT h.* FROM nido.sessions_of(child, started_from, started_before) s(id)
      CROSS JOIN LATERAL (SELECT h.* FROM public.session_heartbeats h WHERE h."sessionId" = s.id OFFSET 0) h;
  END IF;
END
$$;

SELECT nido.plan_by_keys();
