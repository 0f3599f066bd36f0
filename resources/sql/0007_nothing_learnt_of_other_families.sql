-- What a caregiver could still learn about other families without reading a row of theirs: the
-- planner's row estimates, and errors that tell whether an id exists.

-- EXPLAIN's row estimates come from each column's statistics: its most common values and histogram
-- bounds are real values of every family's rows. With leakproof operators (uuid and text equality
-- and ordering) the planner uses them even under row-level security, so "userId" = X gives per-child
-- counts, and bisecting `content < '...'` or `"sessionToken" < '...'` spells out other families'
-- memories, messages and tokens. Columns that hold a family's words, names or ids keep no statistics;
-- the planner then assumes an even spread, and the per-child indexes still serve every query. Times
-- and numbers keep theirs, which no family can be told apart by. Planner settings only: the backend's
-- columns, data and indexes are untouched.
DO $$
DECLARE
  col RECORD;
BEGIN
  FOR col IN
    SELECT a.attrelid::regclass AS rel, a.attname
    FROM pg_catalog.pg_attribute a
    WHERE a.attrelid IN ('users'::regclass, 'user_profiles'::regclass, 'agents'::regclass, 'voice_sessions'::regclass,
                         'ai_conversations'::regclass, 'session_heartbeats'::regclass, 'memory_contexts'::regclass,
                         'memory_access_log'::regclass, 'nido.caregiver_audit'::regclass,
                         'nido.memory_deletion_outbox'::regclass, 'nido.caregivers'::regclass,
                         'nido.caregiver_children'::regclass)
      AND a.attnum > 0 AND NOT a.attisdropped
      AND a.atttypid IN ('text'::regtype, 'varchar'::regtype, 'bpchar'::regtype, 'name'::regtype, 'uuid'::regtype,
                         'json'::regtype, 'jsonb'::regtype)
  LOOP
    EXECUTE format('ALTER TABLE %s ALTER COLUMN %I SET STATISTICS 0', col.rel, col.attname);
  END LOOP;

  -- ANALYZE leaves the statistics it gathered before, and only a superuser may remove them. Run by
  -- another role, `nido migrate` says which remain.
  IF (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user) THEN
    DELETE FROM pg_catalog.pg_statistic s
    USING pg_catalog.pg_attribute a
    WHERE a.attrelid = s.starelid AND a.attnum = s.staattnum AND a.attstattarget = 0
      AND s.starelid IN ('users'::regclass, 'user_profiles'::regclass, 'agents'::regclass, 'voice_sessions'::regclass,
                         'ai_conversations'::regclass, 'session_heartbeats'::regclass, 'memory_contexts'::regclass,
                         'memory_access_log'::regclass, 'nido.caregiver_audit'::regclass,
                         'nido.memory_deletion_outbox'::regclass, 'nido.caregivers'::regclass,
                         'nido.caregiver_children'::regclass);
  END IF;
END
$$;

-- Rows a caregiver adds carry no id or reference of its choosing: a duplicate-key or foreign-key
-- error would confirm that another family's row exists.
REVOKE INSERT ON memory_access_log, nido.caregiver_audit FROM nido_caregiver;
GRANT INSERT ("memoryId", "accessedAt", "accessType", metadata) ON memory_access_log TO nido_caregiver;
GRANT INSERT (action, "userId", "memoryId", details) ON nido.caregiver_audit TO nido_caregiver;

-- The agents' edit policy asks whether other families use an agent. Asked about an agent that is not
-- one of the caller's own, the answer is always yes: it must not tell who uses someone else's agent,
-- or whether an id is an agent at all.
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
      OR EXISTS (SELECT 1 FROM public.voice_sessions vs WHERE vs.metadata->>'agentId' = agent::text
                   AND NOT EXISTS (SELECT 1 FROM nido.caregiver_children l WHERE l.role = caller AND l."userId" = vs."userId"));
END
$$;

-- Functions that run as their owner search only the catalogue (and temporary objects last, which
-- are never searched for functions): everything else they name in full. With `public` on their
-- path, a caregiver allowed to create there (the default before PostgreSQL 15) could put a
-- function with closer argument types in front of a built-in one and run it as the owner.
ALTER FUNCTION nido.is_caregiver(NAME) SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION nido.check_caller(NAME) SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION nido.delete_memories(NAME, UUID, UUID[]) SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION nido.queue_memory_purge() SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION nido.audit_caregiver_edit() SET search_path = pg_catalog, pg_temp;

-- A NULL or empty caller named no role, and pg_has_role(..., NULL) is NULL, not false: it must be
-- refused, not waved through. Nor may a caregiver act as the caregivers' group it belongs to: the
-- group is no caregiver (nido.is_caregiver) and would be judged by the rules of other roles. The
-- functions that act in a caller's name are STRICT as well, so that a NULL argument does nothing.
CREATE OR REPLACE FUNCTION nido.check_caller(caller NAME) RETURNS VOID
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF caller IS NULL OR caller = '' OR caller = 'nido_caregiver' OR pg_has_role(session_user, caller, 'MEMBER') IS NOT TRUE THEN
    RAISE EXCEPTION 'not connected as %', COALESCE(caller, 'NULL') USING ERRCODE = 'insufficient_privilege';
  END IF;
END
$$;
ALTER FUNCTION nido.delete_memories(NAME, UUID, UUID[]) STRICT;
ALTER FUNCTION nido.agent_used_by_others(UUID, NAME) STRICT;
