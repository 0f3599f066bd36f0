-- The child's export read its two biggest tables in one statement each: for a child of 50,000
-- heartbeats and 20,000 memories, 252 and 204 ms of one backend (issue 26, item 6). They are now
-- read in pages, each after the last row's key, in the export's one snapshot: every row once, and
-- no statement longer than a page. `after` is that key (NULL for the first page), `n` a page's rows.

-- Session by session in the sessions' order, each session's heartbeats in (time, id) order from the
-- index on ("sessionId", "timestamp"). after: {session, time, id}.
CREATE FUNCTION nido.heartbeats_page(caller NAME, child UUID, after TEXT[], n INTEGER)
RETURNS SETOF public.session_heartbeats
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  last_session UUID := after[1];
  last_time TIMESTAMP := after[2];
  last_id UUID := after[3];
  session UUID;
  got BIGINT := 0;
  more BIGINT;
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'public.session_heartbeats', 'SELECT');
  IF last_session IS NOT NULL THEN
    -- A key is a row of this child's pages: any other session ends them.
    IF NOT nido.is_session_of(child, last_session) THEN
      RETURN;
    END IF;
    RETURN QUERY SELECT h.* FROM public.session_heartbeats h
      WHERE h."sessionId" = last_session AND h.timestamp >= last_time AND (h.timestamp, h.id) > (last_time, last_id)
      ORDER BY h.timestamp, h.id LIMIT n;
    GET DIAGNOSTICS got = ROW_COUNT;
  END IF;
  FOR session IN SELECT s FROM nido.sessions_of(child, NULL, NULL) s WHERE last_session IS NULL OR s > last_session ORDER BY s LOOP
    EXIT WHEN got >= n;
    RETURN QUERY SELECT h.* FROM public.session_heartbeats h WHERE h."sessionId" = session ORDER BY h.timestamp, h.id LIMIT n - got;
    GET DIAGNOSTICS more = ROW_COUNT;
    got := got + more;
  END LOOP;
END
$$;
GRANT EXECUTE ON FUNCTION nido.heartbeats_page(NAME, UUID, TEXT[], INTEGER) TO PUBLIC;

-- The child's live memories in the order of the index on ("userId", id::text). after: {id}. The
-- read is recorded as child_memory_rows records it, once, with the first page. Without statistics
-- on a family's ids (migration 7) the planner guesses a few hundred memories and would sort all of
-- the child's for every page: the index gives the order, so a sort is not offered. The key takes
-- the index's collation, not the "C" the caller's NAME argument gives the function's text.
CREATE FUNCTION nido.child_memories_page(caller NAME, child UUID, after TEXT[], n INTEGER)
RETURNS SETOF public.memory_contexts
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'public.memory_contexts', 'SELECT');
  IF after IS NULL THEN
    PERFORM nido.record_read(caller, child, '{"memories": "all"}');
  END IF;
  PERFORM set_config('enable_sort', 'off', true);
  RETURN QUERY SELECT t.* FROM public.memory_contexts t
    WHERE t."userId" = child AND t.id::text > COALESCE(after[1], '') COLLATE "default"
    ORDER BY t.id::text LIMIT n;
END
$$;
GRANT EXECUTE ON FUNCTION nido.child_memories_page(NAME, UUID, TEXT[], INTEGER) TO PUBLIC;

SELECT nido.plan_by_keys();
