-- A session's report gives its 95th percentile of response time. It was read over every heartbeat
-- of the session copied whole out of nido.heartbeats_of_session: for a session of 50,000
-- heartbeats, 218 ms, most of it writing that copy to disk and reading it back. The percentile is
-- now taken where the heartbeats are, each one's metric read once. (The report's other figures, a
-- lowest value, means and the count, come from the minute roll-ups, which hold them already.)
CREATE FUNCTION nido.session_metric_percentile(caller NAME, child UUID, session UUID, metric TEXT, fraction DOUBLE PRECISION)
RETURNS DOUBLE PRECISION
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  result DOUBLE PRECISION;
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'public.session_heartbeats', 'SELECT');
  IF nido.is_session_of(child, session) THEN
    -- OFFSET 0: the value is read once a heartbeat, not once for the sort and once for the filter.
    SELECT percentile_cont(fraction) WITHIN GROUP (ORDER BY h.v) INTO result
      FROM (SELECT nido.heartbeat_value(b.metrics, metric) AS v FROM public.session_heartbeats b
            WHERE b."sessionId" = session OFFSET 0) h
      WHERE h.v IS NOT NULL;
  END IF;
  RETURN result;
END
$$;
GRANT EXECUTE ON FUNCTION nido.session_metric_percentile(NAME, UUID, UUID, TEXT, DOUBLE PRECISION) TO PUBLIC;

SELECT nido.plan_by_keys();
