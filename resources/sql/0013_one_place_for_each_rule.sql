-- Rules that the screens, the reports, the exports and the server's guards each spelt, written once.

-- The agent of a session, from metadata->>'agentId'. The backend may write anything there
-- ("uuid-del-agente", upper case): a well-formed id in any case is that agent, anything else none.
CREATE FUNCTION nido.session_agent_id(metadata JSONB) RETURNS UUID
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
  SELECT CASE WHEN metadata->>'agentId' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
    THEN CAST(metadata->>'agentId' AS uuid) END
$$;
GRANT EXECUTE ON FUNCTION nido.session_agent_id(JSONB) TO PUBLIC;

-- The sessions of an agent, for the agent filter and for the deletion guard below.
CREATE INDEX "IDX_nido_voice_sessions_agent" ON voice_sessions (nido.session_agent_id(metadata), "userId");

-- The deletion guard compares the session's agent as the screens do: "…00B4" is the same agent.
CREATE OR REPLACE FUNCTION nido.delete_agent(caller NAME, agent UUID, forget_memories BOOLEAN) RETURNS INTEGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  owner UUID;
  caregiver BOOLEAN := nido.is_caregiver(caller);
  memories UUID[];
BEGIN
  PERFORM nido.check_caller(caller);
  SELECT a."ownerUserId" INTO owner FROM public.agents a
  WHERE a.id = agent AND (NOT caregiver OR (NOT a."isPublic" AND EXISTS (
    SELECT 1 FROM nido.caregiver_children l WHERE l.role = caller AND l."userId" = a."ownerUserId" AND l.permission = 'manage')))
  FOR UPDATE;
  IF NOT FOUND OR (NOT caregiver AND NOT has_table_privilege(caller, 'public.agents', 'DELETE')) THEN
    RAISE EXCEPTION '% may not delete this agent', caller USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF EXISTS (SELECT 1 FROM public.memory_contexts mc WHERE mc."agentId" = agent AND mc."userId" IS DISTINCT FROM owner)
     OR EXISTS (SELECT 1 FROM public.voice_sessions vs WHERE nido.session_agent_id(vs.metadata) = agent AND vs."userId" IS DISTINCT FROM owner) THEN
    RAISE EXCEPTION 'other children''s memories or sessions use this agent' USING ERRCODE = 'dependent_objects_still_exist';
  END IF;
  IF forget_memories AND owner IS NOT NULL THEN
    SELECT array_agg(mc.id) INTO memories FROM public.memory_contexts mc WHERE mc."userId" = owner AND mc."agentId" = agent;
    IF memories IS NOT NULL THEN
      PERFORM nido.delete_memories(caller, owner, memories);
    END IF;
  END IF;
  DELETE FROM public.agents WHERE id = agent;
  IF caregiver THEN
    INSERT INTO nido.caregiver_audit (role, action, "userId", details)
    VALUES (caller, 'delete', owner, jsonb_build_object('agentId', agent, 'memoriesForgotten', COALESCE(cardinality(memories), 0)));
  END IF;
  RETURN COALESCE(cardinality(memories), 0);
END
$$;
ALTER FUNCTION nido.delete_agent(NAME, UUID, BOOLEAN) STRICT;

CREATE OR REPLACE FUNCTION nido.agent_used_by_others(agent UUID, caller NAME) RETURNS BOOLEAN
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.check_caller(caller);
  IF NOT EXISTS (SELECT 1 FROM public.agents a JOIN nido.caregiver_children l ON l."userId" = a."ownerUserId"
                 WHERE a.id = agent AND l.role = caller) THEN
    RETURN TRUE;
  END IF;
  RETURN EXISTS (SELECT 1 FROM public.memory_contexts mc WHERE mc."agentId" = agent
                   AND NOT EXISTS (SELECT 1 FROM nido.caregiver_children l WHERE l.role = caller AND l."userId" = mc."userId"))
      OR EXISTS (SELECT 1 FROM public.voice_sessions vs WHERE nido.session_agent_id(vs.metadata) = agent
                   AND NOT EXISTS (SELECT 1 FROM nido.caregiver_children l WHERE l.role = caller AND l."userId" = vs."userId"));
END
$$;
ALTER FUNCTION nido.agent_used_by_others(UUID, NAME) STRICT;
