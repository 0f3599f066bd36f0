-- Caregiver accounts, closed against a caregiver who connects with psql instead of Nido.
--
-- Every rule is the server's: what a caregiver may change is granted column by column, the deletion
-- outbox and the audit of edits and deletions are written by triggers and functions the caregiver
-- cannot bypass, agents shared with other families are out of reach, and live-session notices say
-- nothing about whose session changed. Backend objects get only Nido's triggers and policies beside
-- them; the backend's own role is not affected.

-- A caregiver changes what Nido edits and nothing else: not ids, owners, counters, creation times,
-- vector-store names or isPublic. Without table-level UPDATE or DELETE a caregiver cannot take the
-- locks that would stall the backend (LOCK TABLE ... IN ACCESS EXCLUSIVE MODE).
REVOKE INSERT, UPDATE, DELETE ON users, user_profiles, agents, memory_contexts FROM nido_caregiver;
GRANT UPDATE ("firstName", "lastName") ON users TO nido_caregiver;
GRANT UPDATE (age, preferences, routines, "familyContext", "developmentMilestones") ON user_profiles TO nido_caregiver;
GRANT UPDATE (content, summary, importance, category, "memoryType", "agentId", "expiresAt") ON memory_contexts TO nido_caregiver;
GRANT UPDATE (name, description, persona, "voiceSettings") ON agents TO nido_caregiver;
GRANT INSERT (name, description, persona, "voiceSettings", "ownerUserId") ON agents TO nido_caregiver;
REVOKE INSERT ON nido.memory_deletion_outbox FROM nido_caregiver;
DROP POLICY nido_request ON nido.memory_deletion_outbox;

-- Whether a role is one of Nido's caregivers (superusers are members of every role, so the group
-- alone would not tell).
CREATE FUNCTION nido.is_caregiver(who NAME) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, nido, pg_temp
RETURN EXISTS (SELECT 1 FROM nido.caregivers c WHERE c.role = who);
REVOKE ALL ON FUNCTION nido.is_caregiver(NAME) FROM PUBLIC;

-- Functions that run as their owner learn who calls them from an argument; it must name the role
-- that is connected (or one it may act as), so that nobody acts in another's name.
CREATE FUNCTION nido.check_caller(caller NAME) RETURNS VOID
LANGUAGE plpgsql STABLE AS $$
BEGIN
  IF NOT pg_has_role(session_user, caller, 'MEMBER') THEN
    RAISE EXCEPTION 'not connected as %', caller USING ERRCODE = 'insufficient_privilege';
  END IF;
END
$$;

-- Agents: public ones are not a caregiver's to make, change or delete; neither is one that another
-- family's memories or sessions use (deleting it would rewrite their memories).
CREATE FUNCTION nido.agent_used_by_others(agent UUID, caller NAME) RETURNS BOOLEAN
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, nido, pg_temp AS $$
BEGIN
  PERFORM nido.check_caller(caller);
  RETURN EXISTS (SELECT 1 FROM public.memory_contexts mc WHERE mc."agentId" = agent
                   AND NOT EXISTS (SELECT 1 FROM nido.caregiver_children l WHERE l.role = caller AND l."userId" = mc."userId"))
      OR EXISTS (SELECT 1 FROM public.voice_sessions vs WHERE vs.metadata->>'agentId' = agent::text
                   AND NOT EXISTS (SELECT 1 FROM nido.caregiver_children l WHERE l.role = caller AND l."userId" = vs."userId"));
END
$$;
REVOKE ALL ON FUNCTION nido.agent_used_by_others(UUID, NAME) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION nido.agent_used_by_others(UUID, NAME) TO nido_caregiver;

ALTER POLICY nido_create ON agents WITH CHECK (NOT "isPublic" AND nido.may("ownerUserId", 'edit'));
ALTER POLICY nido_edit ON agents
  USING (NOT "isPublic" AND nido.may("ownerUserId", 'edit') AND NOT nido.agent_used_by_others(id, current_user))
  WITH CHECK (NOT "isPublic" AND nido.may("ownerUserId", 'edit'));
DROP POLICY nido_manage ON agents;

-- Deleting memories: only through this function, which checks the permission, deletes, and records
-- the deletion in the caregivers' audit; the outbox row comes from the trigger below.
CREATE FUNCTION nido.delete_memories(caller NAME, child UUID, ids UUID[]) RETURNS INTEGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, nido, pg_temp AS $$
DECLARE
  gone INTEGER;
  caregiver BOOLEAN := nido.is_caregiver(caller);
BEGIN
  PERFORM nido.check_caller(caller);
  IF caregiver AND NOT EXISTS (SELECT 1 FROM nido.caregiver_children l
                               WHERE l.role = caller AND l."userId" = child AND l.permission = 'manage') THEN
    RAISE EXCEPTION '% may not delete this child''s memories', caller USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NOT caregiver AND NOT has_table_privilege(caller, 'public.memory_contexts', 'DELETE') THEN
    RAISE EXCEPTION '% may not delete memories', caller USING ERRCODE = 'insufficient_privilege';
  END IF;
  DELETE FROM public.memory_contexts WHERE "userId" = child AND id = ANY(ids);
  GET DIAGNOSTICS gone = ROW_COUNT;
  IF caregiver AND gone > 0 THEN
    INSERT INTO nido.caregiver_audit (role, action, "userId", details)
    VALUES (caller, 'delete', child, jsonb_build_object('memoryIds', to_jsonb(ids)));
  END IF;
  RETURN gone;
END
$$;
-- Every role that may delete memories (a caregiver, the backend's, an owner's) goes through it.
GRANT EXECUTE ON FUNCTION nido.delete_memories(NAME, UUID, UUID[]) TO PUBLIC;

-- Every deleted memory is queued for the vector store with its own collection, whoever deleted it
-- and however.
CREATE FUNCTION nido.queue_memory_purge() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, nido, pg_temp AS $$
BEGIN
  INSERT INTO nido.memory_deletion_outbox ("memoryId", "userId", "chromaCollectionId", "chromaCollectionName")
  SELECT id, "userId", "chromaCollectionId", "chromaCollectionName" FROM gone;
  RETURN NULL;
END
$$;
-- Attaching it to a table of one's own (a TEMP table) would write any row: nobody may but its owner.
REVOKE ALL ON FUNCTION nido.queue_memory_purge() FROM PUBLIC;
CREATE TRIGGER nido_queue_memory_purge AFTER DELETE ON memory_contexts
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION nido.queue_memory_purge();

-- A caregiver's corrections are audited by the server, with what changed, whatever the client. It
-- runs as its owner and nobody else may use it, so no caregiver can write an "edit" row by hand or
-- through a trigger of its own; who acted is the role in force (SET ROLE) or the login.
CREATE FUNCTION nido.audit_caregiver_edit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, nido, pg_temp AS $$
DECLARE
  actor NAME := CASE WHEN current_setting('role') = 'none' THEN session_user ELSE current_setting('role') END;
BEGIN
  IF NOT nido.is_caregiver(actor) THEN
    RETURN NULL;
  END IF;
  INSERT INTO nido.caregiver_audit (role, action, "userId", "memoryId", details)
  SELECT actor, 'edit', n."userId", n.id,
         jsonb_build_object('changes', (SELECT jsonb_object_agg(k, jsonb_build_object('from', to_jsonb(o) -> k, 'to', to_jsonb(n) -> k))
                                        FROM jsonb_object_keys(to_jsonb(n)) AS k
                                        WHERE k <> 'updatedAt' AND to_jsonb(n) -> k IS DISTINCT FROM to_jsonb(o) -> k))
  FROM changed n JOIN previous o ON o.id = n.id;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION nido.audit_caregiver_edit() FROM PUBLIC;
CREATE TRIGGER nido_audit_caregiver_edit AFTER UPDATE ON memory_contexts
  REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION nido.audit_caregiver_edit();

-- A caregiver may write the audit only as itself, now, about a child it reaches, and only views: the
-- server writes edits and deletions. The access log takes views, and edits by an editor.
ALTER POLICY nido_record ON nido.caregiver_audit WITH CHECK (
  role = current_user AND action = 'view' AND nido.may("userId", 'view')
  AND "at" BETWEEN (now() AT TIME ZONE 'UTC') - interval '1 minute' AND (now() AT TIME ZONE 'UTC') + interval '1 minute');
ALTER POLICY nido_log ON memory_access_log WITH CHECK (
  nido.may_memory("memoryId", 'view')
  AND "accessedAt" BETWEEN (now() AT TIME ZONE 'UTC') - interval '1 minute' AND (now() AT TIME ZONE 'UTC') + interval '1 minute'
  AND ("accessType" = 'caregiver_view' OR ("accessType" = 'caregiver_edit' AND nido.may_memory("memoryId", 'edit'))));

-- Live-session notices are heard by every role that listens: they say that something changed,
-- never whose session; Nido then asks about the sessions it shows.
CREATE OR REPLACE FUNCTION nido.notify_session_activity()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM pg_notify('nido_session_activity', '');
  RETURN NULL;
END
$$;

-- The planner's statistics of the search index would tell a caregiver which words other families'
-- memories hold (EXPLAIN's row estimates): Nido's index keeps none.
ALTER INDEX "IDX_nido_memory_contexts_userId_search" ALTER COLUMN 2 SET STATISTICS 0;

-- A memory may name only an agent its caregiver can see: a foreign key alone would let it point at
-- another family's private agent.
ALTER POLICY nido_edit ON memory_contexts
  USING (nido.may("userId", 'edit'))
  WITH CHECK (nido.may("userId", 'edit') AND ("agentId" IS NULL OR EXISTS (SELECT 1 FROM agents a WHERE a.id = "agentId")));
