-- Caregivers read and change agents through the server's functions (issue 23, after the children):
-- on the table, their own conditions on an agent's id or owner ran in the scan before the row
-- policy, and the counters told another family's private agents from ids that do not exist.

-- The public agents, from an index of their own; a caregiver's children's agents by their owner
-- (migration 21's index). Never another family's private agent.
CREATE INDEX "IDX_nido_agents_public" ON public.agents (id) WHERE "isPublic";

-- Every agent the caller may see: the public ones and its children's (a caregiver); any other
-- role, by its privilege on the table.
CREATE FUNCTION nido.visible_agents(caller NAME) RETURNS SETOF public.agents
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.check_caller(caller);
  IF nido.is_caregiver(caller) THEN
    RETURN QUERY SELECT a.* FROM public.agents a WHERE a."isPublic"
      UNION ALL
      SELECT a.* FROM nido.caregiver_children l
        CROSS JOIN LATERAL (SELECT o.* FROM public.agents o WHERE o."ownerUserId" = l."userId" OFFSET 0) a
      WHERE l.role = caller AND a."isPublic" IS NOT TRUE;
  ELSIF has_table_privilege(caller, 'public.agents', 'SELECT') THEN
    RETURN QUERY SELECT a.* FROM public.agents a;
  END IF;
END
$$;
GRANT EXECUTE ON FUNCTION nido.visible_agents(NAME) TO PUBLIC;

-- Whether a memory of the caller's may name this agent (the memories' row policy, which runs as
-- the caregiver and no longer reads the table).
CREATE FUNCTION nido.agent_visible(caller NAME, agent UUID) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM nido.visible_agents(caller) a WHERE a.id = agent)
$$;
GRANT EXECUTE ON FUNCTION nido.agent_visible(NAME, UUID) TO PUBLIC;
ALTER POLICY nido_edit ON memory_contexts
  WITH CHECK (nido.may("userId", 'edit') AND ("agentId" IS NULL OR nido.agent_visible(current_user, "agentId"))
              AND nido.within_bound('a memory''s text, in characters,', char_length(content), 50000)
              AND nido.within_bound('a memory''s summary, in characters,', char_length(summary), 50000));

-- The owner of an agent the caller may change: a private agent of a child it may edit, that no
-- other family's memories or sessions use (the agents' row policy, now the server's); refused
-- otherwise, the same way for another family's agent as for an id that does not exist.
CREATE FUNCTION nido.changeable_agent(caller NAME, agent UUID) RETURNS UUID
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  owner UUID;
BEGIN
  SELECT a."ownerUserId" INTO owner FROM nido.visible_agents(caller) a WHERE a.id = agent AND a."isPublic" IS NOT TRUE;
  IF NOT FOUND OR NOT COALESCE(nido.caller_may(caller, owner, 'edit', 'public.agents', 'UPDATE'), false)
     OR (nido.is_caregiver(caller) AND nido.agent_used_by_others(agent, caller)) THEN
    RAISE EXCEPTION '% may not change this agent', caller USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN owner;
END
$$;
REVOKE ALL ON FUNCTION nido.changeable_agent(NAME, UUID) FROM PUBLIC;

-- What an agent may hold, as the caregivers' row policy said (migration 15).
CREATE FUNCTION nido.agent_within_bounds(agent UUID) RETURNS VOID
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.within_bound('an agent''s description, in characters,', char_length(a.description), 10000),
          nido.within_bound('an agent''s persona, in bytes,', octet_length(CAST(a.persona AS text)), 65536),
          nido.within_bound('an agent''s voice settings, in bytes,', octet_length(CAST(a."voiceSettings" AS text)), 16384)
  FROM public.agents a WHERE a.id = agent;
END
$$;
REVOKE ALL ON FUNCTION nido.agent_within_bounds(UUID) FROM PUBLIC;

-- The agent a save is checked against, locked until it commits (FormWriter).
CREATE FUNCTION nido.lock_agent(caller NAME, agent UUID) RETURNS SETOF public.agents
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.changeable_agent(caller, agent);
  RETURN QUERY SELECT a.* FROM public.agents a WHERE a.id = agent FOR UPDATE;
END
$$;
GRANT EXECUTE ON FUNCTION nido.lock_agent(NAME, UUID) TO PUBLIC;

-- A form's edits of an agent's name, description, persona and voice settings (nido.apply_edits).
CREATE FUNCTION nido.edit_agent(caller NAME, agent UUID, edits JSONB) RETURNS INTEGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  changed INTEGER;
BEGIN
  PERFORM nido.changeable_agent(caller, agent);
  changed := nido.apply_edits('public.agents', 'id', agent, ARRAY['name', 'description'], ARRAY['persona', 'voiceSettings'], edits, false);
  PERFORM nido.agent_within_bounds(agent);
  RETURN changed;
END
$$;
GRANT EXECUTE ON FUNCTION nido.edit_agent(NAME, UUID, JSONB) TO PUBLIC;

-- A new agent of a child's, from a name and its instructions, or as a copy of an agent the caller
-- sees (`source`); its id.
CREATE FUNCTION nido.add_agent(caller NAME, child UUID, name TEXT, instructions TEXT, source UUID) RETURNS UUID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  added UUID;
BEGIN
  PERFORM nido.check_caller(caller);
  IF child IS NULL OR NOT COALESCE(nido.caller_may(caller, child, 'edit', 'public.agents', 'INSERT'), false) THEN
    RAISE EXCEPTION '% may not add agents for this child', caller USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF source IS NULL THEN
    INSERT INTO public.agents (name, persona, "ownerUserId") VALUES (name, jsonb_build_object('instructions', instructions), child)
      RETURNING id INTO added;
  ELSE
    INSERT INTO public.agents (name, description, persona, "voiceSettings", "ownerUserId")
      SELECT add_agent.name, a.description, a.persona, a."voiceSettings", child FROM nido.visible_agents(caller) a WHERE a.id = source
      RETURNING id INTO added;
    IF added IS NULL THEN
      RAISE EXCEPTION 'no agent % may see has this id', caller USING ERRCODE = 'insufficient_privilege';
    END IF;
  END IF;
  PERFORM nido.agent_within_bounds(added);
  RETURN added;
END
$$;
GRANT EXECUTE ON FUNCTION nido.add_agent(NAME, UUID, TEXT, TEXT, UUID) TO PUBLIC;

REVOKE SELECT, INSERT, UPDATE ON public.agents FROM nido_caregiver;
REVOKE INSERT (name, description, persona, "voiceSettings", "ownerUserId") ON public.agents FROM nido_caregiver;
REVOKE UPDATE (name, description, persona, "voiceSettings") ON public.agents FROM nido_caregiver;
REVOKE EXECUTE ON FUNCTION nido.agent_used_by_others(UUID, NAME) FROM nido_caregiver;

SELECT nido.plan_by_keys();
