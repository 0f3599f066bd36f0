-- Caregivers read the voice sessions through the server's functions too (issue 23, the sessions'
-- table after migration 18's messages and heartbeats): on the table, their own conditions on a
-- session's id or child ran in the index scan before the row policy, and the statistics counters
-- said whether another family's session or child existed. Each function reads by the child's key
-- (a caregiver's children one by one), never another family's index entries.

-- The child's sessions started in a period (NULL: open on that side; a session the backend left
-- without a start is in every open period).
CREATE FUNCTION nido.child_sessions(caller NAME, child UUID, started_from TIMESTAMP, started_before TIMESTAMP)
RETURNS SETOF public.voice_sessions
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'public.voice_sessions', 'SELECT');
  RETURN QUERY SELECT vs.* FROM public.voice_sessions vs
    WHERE vs."userId" = child
      AND (started_from IS NULL OR vs."startedAt" >= started_from)
      AND (started_before IS NULL OR vs."startedAt" < started_before);
END
$$;
GRANT EXECUTE ON FUNCTION nido.child_sessions(NAME, UUID, TIMESTAMP, TIMESTAMP) TO PUBLIC;

-- Sessions of any child the caller may see, by their ids (a command line's session report, the
-- live poll of the sessions on screen). A caregiver's are found among its children's sessions;
-- another role reads the table by its own privilege.
CREATE FUNCTION nido.sessions_by_id(caller NAME, ids UUID[]) RETURNS SETOF public.voice_sessions
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.check_caller(caller);
  IF nido.is_caregiver(caller) THEN
    RETURN QUERY SELECT vs.* FROM nido.caregiver_children l
      CROSS JOIN LATERAL (SELECT s.* FROM public.voice_sessions s WHERE s."userId" = l."userId" OFFSET 0) vs
      WHERE l.role = caller AND vs.id = ANY(ids);
  ELSIF has_table_privilege(caller, 'public.voice_sessions', 'SELECT') THEN
    RETURN QUERY SELECT vs.* FROM public.voice_sessions vs WHERE vs.id = ANY(ids);
  END IF;
END
$$;
GRANT EXECUTE ON FUNCTION nido.sessions_by_id(NAME, UUID[]) TO PUBLIC;

-- The live sessions of every child the caller may see (the desktop notices' poll).
CREATE FUNCTION nido.live_sessions(caller NAME) RETURNS SETOF public.voice_sessions
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.check_caller(caller);
  IF nido.is_caregiver(caller) THEN
    -- The status outside the fence: the status index would read every family's live sessions.
    RETURN QUERY SELECT vs.* FROM nido.caregiver_children l
      CROSS JOIN LATERAL (SELECT s.* FROM public.voice_sessions s WHERE s."userId" = l."userId" OFFSET 0) vs
      WHERE l.role = caller AND vs.status = 'active';
  ELSIF has_table_privilege(caller, 'public.voice_sessions', 'SELECT') THEN
    RETURN QUERY SELECT vs.* FROM public.voice_sessions vs WHERE vs.status = 'active';
  END IF;
END
$$;
GRANT EXECUTE ON FUNCTION nido.live_sessions(NAME) TO PUBLIC;

-- The seed's enriched memories view reads the sessions as its caller: it goes with them.
REVOKE SELECT ON public.voice_sessions, public.v_memory_contexts_enriched FROM nido_caregiver;
