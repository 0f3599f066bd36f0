-- Agents: every version of a persona is kept, whoever saved it, and an agent is deleted through one
-- function that keeps other families' memories and sessions out of reach.

CREATE TABLE nido.agent_persona_versions (
  id BIGSERIAL PRIMARY KEY,
  "agentId" UUID NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  name VARCHAR(100),
  description TEXT,
  persona JSONB,
  "voiceSettings" JSONB,
  "savedAt" TIMESTAMP NOT NULL DEFAULT (NOW() AT TIME ZONE 'UTC'),
  -- The role in force; "throughNido" tells Nido's own saves from the backend's or anyone else's.
  "savedBy" NAME NOT NULL,
  "throughNido" BOOLEAN NOT NULL DEFAULT FALSE,
  UNIQUE ("agentId", version)
);
-- Nido's saves set this in their transaction; anything else is "someone else".
-- (A caregiver setting it by hand only changes how its own edit is labelled; its role stays.)

-- Runs as its owner and nobody else may use it: written for every change of an agent's name,
-- description, persona or voice, by the backend's role as well as a caregiver's.
CREATE FUNCTION nido.keep_persona_version() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.name IS NOT DISTINCT FROM OLD.name AND NEW.description IS NOT DISTINCT FROM OLD.description
     AND NEW.persona IS NOT DISTINCT FROM OLD.persona AND NEW."voiceSettings" IS NOT DISTINCT FROM OLD."voiceSettings" THEN
    RETURN NULL;
  END IF;
  -- An agent written while triggers were off (a bulk load as replica) has no version yet: what it
  -- was before this change is kept first, saved by someone else.
  IF TG_OP = 'UPDATE' AND NOT EXISTS (SELECT 1 FROM nido.agent_persona_versions v WHERE v."agentId" = OLD.id) THEN
    INSERT INTO nido.agent_persona_versions ("agentId", version, name, description, persona, "voiceSettings", "savedAt", "savedBy")
    VALUES (OLD.id, 1, OLD.name, OLD.description, OLD.persona, OLD."voiceSettings",
            COALESCE(OLD."updatedAt", OLD."createdAt", NOW() AT TIME ZONE 'UTC'), 'unknown');
  END IF;
  INSERT INTO nido.agent_persona_versions ("agentId", version, name, description, persona, "voiceSettings", "savedBy", "throughNido")
  SELECT NEW.id, COALESCE(MAX(v.version), 0) + 1, NEW.name, NEW.description, NEW.persona, NEW."voiceSettings",
         CASE WHEN current_setting('role') = 'none' THEN session_user ELSE current_setting('role') END,
         COALESCE(current_setting('nido.client', true), '') = 'nido'
  FROM nido.agent_persona_versions v WHERE v."agentId" = NEW.id;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION nido.keep_persona_version() FROM PUBLIC;
CREATE TRIGGER nido_keep_persona_version AFTER INSERT OR UPDATE ON agents
  FOR EACH ROW EXECUTE FUNCTION nido.keep_persona_version();

-- The agents as they are today are version 1.
INSERT INTO nido.agent_persona_versions ("agentId", version, name, description, persona, "voiceSettings", "savedAt", "savedBy")
SELECT id, 1, name, description, persona, "voiceSettings", COALESCE("updatedAt", "createdAt", NOW() AT TIME ZONE 'UTC'), 'backend'
FROM agents;

-- A caregiver reads the versions of the agents it can see, and writes none by hand.
ALTER TABLE nido.agent_persona_versions ENABLE ROW LEVEL SECURITY;
CREATE POLICY nido_others ON nido.agent_persona_versions USING (nido.not_caregiver()) WITH CHECK (nido.not_caregiver());
CREATE POLICY nido_view ON nido.agent_persona_versions FOR SELECT TO nido_caregiver
  USING (EXISTS (SELECT 1 FROM agents a WHERE a.id = "agentId"));
GRANT SELECT ON nido.agent_persona_versions TO nido_caregiver;
CREATE INDEX "IDX_nido_agent_persona_versions_agent" ON nido.agent_persona_versions ("agentId", version DESC);

-- Deleting an agent: the document's ON DELETE SET NULL would make the child's memories that name it
-- shared with every agent; with `forget_memories` they are deleted instead (outboxed by the
-- memories' trigger, audited as deletions). An agent that another family's memories or sessions use,
-- or a public one, is not a caregiver's to delete; a caregiver needs "manage" on the owning child.
CREATE FUNCTION nido.delete_agent(caller NAME, agent UUID, forget_memories BOOLEAN) RETURNS INTEGER
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
     OR EXISTS (SELECT 1 FROM public.voice_sessions vs WHERE vs.metadata->>'agentId' = agent::text AND vs."userId" IS DISTINCT FROM owner) THEN
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
GRANT EXECUTE ON FUNCTION nido.delete_agent(NAME, UUID, BOOLEAN) TO PUBLIC;

-- As migration 7 did for the agents: the copies of every family's names, words and ids keep no
-- planner statistics.
ALTER TABLE nido.agent_persona_versions ALTER COLUMN "agentId" SET STATISTICS 0, ALTER COLUMN name SET STATISTICS 0,
  ALTER COLUMN description SET STATISTICS 0, ALTER COLUMN persona SET STATISTICS 0, ALTER COLUMN "voiceSettings" SET STATISTICS 0,
  ALTER COLUMN "savedBy" SET STATISTICS 0;

-- Every version is kept: a caregiver's persona is bounded in size, so that saves cannot fill the
-- server's disk with versions.
ALTER POLICY nido_create ON agents WITH CHECK (NOT "isPublic" AND nido.may("ownerUserId", 'edit')
  AND octet_length(CAST(persona AS text)) <= 65536 AND octet_length(CAST(COALESCE("voiceSettings", '{}') AS text)) <= 8192
  AND octet_length(COALESCE(description, '')) <= 8192);
ALTER POLICY nido_edit ON agents WITH CHECK (NOT "isPublic" AND nido.may("ownerUserId", 'edit')
  AND octet_length(CAST(persona AS text)) <= 65536 AND octet_length(CAST(COALESCE("voiceSettings", '{}') AS text)) <= 8192
  AND octet_length(COALESCE(description, '')) <= 8192);
