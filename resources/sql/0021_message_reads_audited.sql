-- Reading a child's messages is a view the server records for a caregiver (issue 23, item 2),
-- whichever screen, report or psql session read them: the messages are read only through these
-- two functions since migration 18, so they are where the record is made.

-- Once a day per caregiver and per thing read (a session, or all of the child's messages). The
-- audit row belongs to the caller's transaction, which the caller may roll back; the server's log
-- line does not, so that an administrator keeps the trail whatever the client did. A read-only
-- transaction (the child's export, recorded as an export) gets the log line only; so does a
-- caregiver past the day's audit budget, since reading is never refused for it.
CREATE FUNCTION nido.record_read(caller NAME, child UUID, what JSONB) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF NOT nido.is_caregiver(caller) OR EXISTS (
       SELECT 1 FROM nido.caregiver_audit a
       WHERE a."userId" = child AND a."at" >= date_trunc('day', now() AT TIME ZONE 'UTC')
         AND a.role = caller AND a.action = 'view' AND a."memoryId" IS NULL AND a.details = what) THEN
    RETURN;
  END IF;
  RAISE LOG 'nido: caregiver % read % of child %', caller, what, child;
  IF current_setting('transaction_read_only') = 'off' THEN
    BEGIN
      INSERT INTO nido.caregiver_audit (role, action, "userId", details) VALUES (caller, 'view', child, what);
    EXCEPTION WHEN program_limit_exceeded THEN
      NULL;
    END;
  END IF;
END
$$;
REVOKE ALL ON FUNCTION nido.record_read(NAME, UUID, JSONB) FROM PUBLIC;

CREATE OR REPLACE FUNCTION nido.messages_of_session(caller NAME, child UUID, session UUID, since TIMESTAMP, until TIMESTAMP)
RETURNS SETOF public.ai_conversations
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'public.ai_conversations', 'SELECT');
  IF nido.is_session_of(child, session) THEN
    PERFORM nido.record_read(caller, child, jsonb_build_object('session', session));
    RETURN QUERY SELECT c.* FROM public.ai_conversations c
      WHERE c."sessionId" = session AND (since IS NULL OR c."createdAt" >= since) AND (until IS NULL OR c."createdAt" < until);
  END IF;
END
$$;

CREATE OR REPLACE FUNCTION nido.messages_of_child(caller NAME, child UUID) RETURNS SETOF public.ai_conversations
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'public.ai_conversations', 'SELECT');
  PERFORM nido.record_read(caller, child, '{"messages": "all"}');
  RETURN QUERY SELECT c.* FROM public.ai_conversations c WHERE c."userId" = child;
END
$$;

-- A caller's link to a child is found by both keys whichever index the planner takes: with one
-- on the child alone, a check for another family's child fetched that family's caregivers' links.
DROP INDEX nido."IDX_nido_caregiver_children_userId";
CREATE INDEX "IDX_nido_caregiver_children_userId_role" ON nido.caregiver_children ("userId", role);

-- An agent is found among a child's by the child's key (the persona versions' functions): without
-- an index, every family's agents were read.
CREATE INDEX "IDX_nido_agents_ownerUserId" ON public.agents ("ownerUserId");

-- The lines that name an avoided topic are messages too: reading them is recorded the same way.
CREATE OR REPLACE FUNCTION nido.child_topic_mentions(caller NAME, child UUID)
RETURNS TABLE ("userId" UUID, topic TEXT, "messageId" UUID, "sessionId" UUID, "messageType" TEXT, content TEXT,
               "createdAt" TIMESTAMP, language TEXT, fine BOOLEAN)
LANGUAGE plpgsql VOLATILE STRICT SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.check_caller(caller);
  IF NOT nido.caller_may(caller, child, 'view', 'public.ai_conversations', 'SELECT') THEN
    RAISE EXCEPTION '% may not see this child''s conversations', caller USING ERRCODE = 'insufficient_privilege';
  END IF;
  PERFORM nido.record_read(caller, child, '{"mentions": "all"}');
  RETURN QUERY SELECT m."userId", m.topic, m."messageId", m."sessionId", m."messageType", m.content, m."createdAt", m.language,
    EXISTS (SELECT 1 FROM nido.mention_reviews r WHERE r.reviewer = caller AND r."messageId" = m."messageId" AND r.topic = m.topic)
  FROM nido.topic_mentions m WHERE m."userId" = child;
END
$$;

-- A caregiver's agent to delete is found among the agents of the children it manages, by their
-- owner: looked up by its id first, another family's private agent was fetched and counted.
CREATE OR REPLACE FUNCTION nido.delete_agent(caller NAME, agent UUID, forget_memories BOOLEAN) RETURNS INTEGER
LANGUAGE plpgsql STRICT SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  owner UUID;
  caregiver BOOLEAN := nido.is_caregiver(caller);
  memories UUID[];
BEGIN
  PERFORM nido.check_caller(caller);
  IF caregiver THEN
    SELECT a."ownerUserId" INTO owner FROM nido.caregiver_children l
      CROSS JOIN LATERAL (SELECT o.id, o."ownerUserId", o."isPublic" FROM public.agents o WHERE o."ownerUserId" = l."userId" OFFSET 0) a
      WHERE l.role = caller AND l.permission = 'manage' AND a.id = agent AND a."isPublic" IS NOT TRUE;
  ELSE
    SELECT a."ownerUserId" INTO owner FROM public.agents a WHERE a.id = agent;
  END IF;
  IF NOT FOUND OR (NOT caregiver AND NOT has_table_privilege(caller, 'public.agents', 'DELETE')) THEN
    RAISE EXCEPTION '% may not delete this agent', caller USING ERRCODE = 'insufficient_privilege';
  END IF;
  PERFORM 1 FROM public.agents a WHERE a.id = agent FOR UPDATE;
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
  -- Audited whoever deletes it, so that its receipt can be asked for; a public agent has no child.
  IF owner IS NOT NULL THEN
    INSERT INTO nido.caregiver_audit (role, action, "userId", details)
    VALUES (caller, 'delete', owner, jsonb_build_object('agentId', agent, 'memoriesForgotten', COALESCE(cardinality(memories), 0),
                                                          'reason', 'request'));
  END IF;
  RETURN COALESCE(cardinality(memories), 0);
END
$$;

-- The caller is the role in force, not only one the login may become: a caregiver that had done
-- SET ROLE nido_caregiver could name itself, and the audit triggers, which judge the role in
-- force, saw no caregiver (an edit unaudited and uncounted).
CREATE OR REPLACE FUNCTION nido.check_caller(caller NAME) RETURNS VOID
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF caller IS NULL OR caller = '' OR caller = 'nido_caregiver' OR pg_has_role(session_user, caller, 'MEMBER') IS NOT TRUE
     OR caller <> (CASE WHEN current_setting('role') = 'none' THEN session_user ELSE current_setting('role') END) THEN
    RAISE EXCEPTION 'not connected as %', COALESCE(caller, 'NULL') USING ERRCODE = 'insufficient_privilege';
  END IF;
END
$$;

-- A caller's own planner settings reached inside the functions: with index scans switched off, or
-- costs that made them dear, a function read a table from start to end, and the statistics
-- counters gave every family's row count (seq_tup_read), live heartbeats included. The functions
-- a caller may run plan under settings of their own, which read by the child's keys. Each
-- migration that adds such functions ends by calling this.
CREATE FUNCTION nido.plan_by_keys() RETURNS VOID
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  f REGPROCEDURE;
BEGIN
  FOR f IN SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = 'nido' AND p.prosecdef AND p.prokind = 'f' AND p.prorettype <> 'trigger'::regtype
             AND has_function_privilege('nido_caregiver', p.oid, 'EXECUTE') LOOP
    EXECUTE format('ALTER FUNCTION %s SET enable_seqscan = off SET enable_indexscan = on SET enable_indexonlyscan = on '
                   'SET enable_bitmapscan = on SET enable_nestloop = on SET enable_hashjoin = on SET enable_mergejoin = on '
                   'SET enable_material = on SET enable_memoize = on SET enable_sort = on SET enable_hashagg = on '
                   'SET enable_partition_pruning = on SET join_collapse_limit = 8 SET from_collapse_limit = 8 '
                   'SET plan_cache_mode = auto SET work_mem = ''4MB'' SET effective_cache_size = ''4GB'' '
                   'SET seq_page_cost = 1 SET random_page_cost = 4 SET cpu_tuple_cost = 0.01 '
                   'SET cpu_index_tuple_cost = 0.005 SET cpu_operator_cost = 0.0025', f);
  END LOOP;
END
$$;
REVOKE ALL ON FUNCTION nido.plan_by_keys() FROM PUBLIC;
SELECT nido.plan_by_keys();
