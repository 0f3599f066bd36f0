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
  PERFORM nido.require_view(caller, child, 'public.ai_conversations');
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
  PERFORM nido.require_view(caller, child, 'public.ai_conversations');
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
                   'SET enable_bitmapscan = on SET seq_page_cost = 1 SET random_page_cost = 4 SET cpu_tuple_cost = 0.01 '
                   'SET cpu_index_tuple_cost = 0.005 SET cpu_operator_cost = 0.0025', f);
  END LOOP;
END
$$;
REVOKE ALL ON FUNCTION nido.plan_by_keys() FROM PUBLIC;
SELECT nido.plan_by_keys();
