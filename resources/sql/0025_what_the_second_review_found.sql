-- What a second hostile review found after migration 24 (issue 23), each closed the same way: a
-- caregiver reads nothing by table, and the server's functions read by the child's key.

-- A caregiver's own row and links are read through the server too: under the row policy, a
-- caregiver's condition on a child ran in the index scan first, and the counters told which
-- children have caregivers (and, by ranges, their ids).
CREATE FUNCTION nido.my_links(caller NAME) RETURNS TABLE ("userId" UUID, permission nido.permission)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.check_caller(caller);
  RETURN QUERY SELECT l."userId", l.permission FROM nido.caregiver_children l WHERE l.role = caller;
END
$$;
GRANT EXECUTE ON FUNCTION nido.my_links(NAME) TO PUBLIC;

CREATE FUNCTION nido.caller_is_caregiver(caller NAME) RETURNS BOOLEAN
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.check_caller(caller);
  RETURN nido.is_caregiver(caller);
END
$$;
GRANT EXECUTE ON FUNCTION nido.caller_is_caregiver(NAME) TO PUBLIC;

-- The names of a child's caregivers, for its caregivers' log.
CREATE FUNCTION nido.child_caregivers(caller NAME, child UUID) RETURNS TABLE (role NAME, "displayName" TEXT)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'nido.caregiver_audit', 'SELECT');
  RETURN QUERY SELECT c.role, c."displayName"::text FROM nido.caregiver_children l JOIN nido.caregivers c ON c.role = l.role
    WHERE l."userId" = child;
END
$$;
GRANT EXECUTE ON FUNCTION nido.child_caregivers(NAME, UUID) TO PUBLIC;

REVOKE SELECT ON nido.caregivers, nido.caregiver_children FROM nido_caregiver;

-- "Reviewed" marks the child's memories by both keys, a session's only when it is the child's: by
-- a memory's id or a session's, the backend's indexes fetched another family's memories first.
CREATE OR REPLACE FUNCTION nido.mark_reviewed(caller NAME, child UUID, ids UUID[], session UUID) RETURNS INTEGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  marked INTEGER;
  theirs BOOLEAN;
BEGIN
  PERFORM nido.check_caller(caller);
  IF child IS NULL OR NOT nido.caller_may(caller, child, 'view', 'public.memory_contexts', 'SELECT') THEN
    RAISE EXCEPTION '% may not see this child''s memories', caller USING ERRCODE = 'insufficient_privilege';
  END IF;
  theirs := session IS NOT NULL AND nido.is_session_of(child, session);
  INSERT INTO nido.memory_reviews AS r (reviewer, "memoryId", "userId", "seenUpdatedAt")
  SELECT caller, mc.id, mc."userId", mc."updatedAt" FROM public.memory_contexts mc
  WHERE mc."userId" = child AND mc.id::text = ANY(CAST(COALESCE(ids, '{}') AS text[]))
  UNION
  SELECT caller, mc.id, mc."userId", mc."updatedAt" FROM public.memory_contexts mc
  WHERE theirs AND mc."userId" = child AND mc."sessionId" = session
  ON CONFLICT (reviewer, "memoryId") DO UPDATE
    SET "seenUpdatedAt" = EXCLUDED."seenUpdatedAt", "reviewedAt" = EXCLUDED."reviewedAt";
  GET DIAGNOSTICS marked = ROW_COUNT;
  RETURN marked;
END
$$;

-- The hourly purge of a caregiver goes through the children it manages one by one: by the expiry
-- index and the week's policy changes, it read every family's expired memories.
CREATE OR REPLACE FUNCTION nido.purge_expired(caller NAME, batch INTEGER) RETURNS TABLE (child UUID, deleted INTEGER)
LANGUAGE plpgsql STRICT SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  caregiver BOOLEAN := nido.is_caregiver(caller);
  memories regclass;
  due RECORD;
  kid UUID;
  ids UUID[];
  any_due BOOLEAN := false;
BEGIN
  PERFORM nido.check_caller(caller);
  IF NOT caregiver AND NOT has_table_privilege(caller, 'public.memory_contexts', 'DELETE') THEN
    RAISE EXCEPTION '% may not delete memories', caller USING ERRCODE = 'insufficient_privilege';
  END IF;
  -- A memory the backend was writing while a policy changed read the policy before it, and the
  -- change could not see the memory yet: no lock on the backend's insert path closes that, so the
  -- purge gives the policies of the last week to the memories that missed them.
  INSERT INTO nido.server_changes VALUES (txid_current()) ON CONFLICT DO NOTHING;
  IF caregiver THEN
    FOR kid IN SELECT l."userId" FROM nido.caregiver_children l WHERE l.role = caller AND l.permission = 'manage' LOOP
      UPDATE public.memory_contexts mc SET "expiresAt" = nido.retention_expiry(mc."expiresAt", mc."createdAt", p."previousDays", p.days)
      FROM nido.retention_policies p
      WHERE p."userId" = kid AND p."changedAt" >= now() AT TIME ZONE 'UTC' - interval '7 days'
        AND mc."userId" = kid AND mc.category::text = p.category
        AND nido.retention_expiry(mc."expiresAt", mc."createdAt", p."previousDays", p.days) IS DISTINCT FROM mc."expiresAt";
    END LOOP;
  ELSE
    UPDATE public.memory_contexts mc SET "expiresAt" = nido.retention_expiry(mc."expiresAt", mc."createdAt", p."previousDays", p.days)
    FROM nido.retention_policies p
    WHERE p."changedAt" >= now() AT TIME ZONE 'UTC' - interval '7 days'
      AND mc."userId" = p."userId" AND mc.category::text = p.category
      AND nido.retention_expiry(mc."expiresAt", mc."createdAt", p."previousDays", p.days) IS DISTINCT FROM mc."expiresAt";
  END IF;
  DELETE FROM nido.server_changes WHERE txid = txid_current();
  -- The live memories first, then the archive's, longest expired first.
  FOREACH memories IN ARRAY ARRAY['public.memory_contexts'::regclass, nido.memory_archive()] LOOP
    CONTINUE WHEN memories IS NULL;
    IF caregiver THEN
      FOR kid IN SELECT l."userId" FROM nido.caregiver_children l WHERE l.role = caller AND l.permission = 'manage' LOOP
        -- COALESCE: no index of every family's expiries serves the child's.
        EXECUTE format('SELECT array_agg(e.id) FROM (SELECT mc.id FROM %s mc WHERE mc."userId" = $1 '
                       '  AND COALESCE(mc."expiresAt", ''infinity'') < now() AT TIME ZONE ''UTC'' '
                       '  ORDER BY mc."expiresAt" LIMIT GREATEST($2, 1)) e', memories)
          INTO ids USING kid, batch;
        IF ids IS NOT NULL THEN
          child := kid;
          deleted := nido.forget_memories(caller, kid, ids, 'expired');
          any_due := true;
          RETURN NEXT;
        END IF;
      END LOOP;
    ELSE
      FOR due IN EXECUTE format(
        'SELECT e."userId" AS who, array_agg(e.id) AS ids '
        'FROM (SELECT mc.id, mc."userId" FROM %s mc WHERE mc."expiresAt" < now() AT TIME ZONE ''UTC'' '
        '      ORDER BY mc."expiresAt" LIMIT GREATEST($1, 1)) e GROUP BY e."userId"', memories)
        USING batch
      LOOP
        child := due.who;
        deleted := nido.forget_memories(caller, due.who, due.ids, 'expired');
        any_due := true;
        RETURN NEXT;
      END LOOP;
    END IF;
    IF any_due THEN
      RETURN;
    END IF;
  END LOOP;
END
$$;

-- The sweep of reviews reads every family's: the owner's purge runs it, a caregiver's is a no-op.
CREATE OR REPLACE FUNCTION nido.sweep_reviews() RETURNS INTEGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  swept INTEGER;
  more INTEGER;
BEGIN
  IF nido.is_caregiver(CASE WHEN current_setting('role') = 'none' THEN session_user ELSE current_setting('role') END) THEN
    RETURN 0;
  END IF;
  DELETE FROM nido.memory_reviews WHERE ctid IN (
    SELECT r.ctid FROM nido.memory_reviews r
    WHERE NOT EXISTS (SELECT 1 FROM public.memory_contexts mc WHERE mc.id = r."memoryId")
       OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles g WHERE g.rolname = r.reviewer)
    LIMIT 10000 FOR UPDATE SKIP LOCKED);
  GET DIAGNOSTICS swept = ROW_COUNT;
  DELETE FROM nido.mention_reviews WHERE ctid IN (
    SELECT r.ctid FROM nido.mention_reviews r
    WHERE NOT EXISTS (SELECT 1 FROM public.ai_conversations m WHERE m.id = r."messageId")
       OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles g WHERE g.rolname = r.reviewer)
    LIMIT 10000 FOR UPDATE SKIP LOCKED);
  GET DIAGNOSTICS more = ROW_COUNT;
  RETURN swept + more;
END
$$;

-- A receipt is found among the caller's children's deletions.
CREATE OR REPLACE FUNCTION nido.deletion_receipt(caller NAME, entry BIGINT) RETURNS JSONB
LANGUAGE plpgsql STABLE STRICT SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  deletion RECORD;
  ids UUID[];
  agent UUID;
  checked JSONB := '[]';
  place RECORD;
  left_rows BIGINT;
BEGIN
  PERFORM nido.check_caller(caller);
  -- Only the server's own record of a deletion, which lists the ids it deleted (migration 16 on): an
  -- older row lists what was asked for, maybe another family's ids, and would tell whether they exist.
  -- A caregiver's entry is looked for among its children's own (`id + 0`: not by the log's key,
  -- which fetched another family's entry first and told that it exists).
  IF nido.is_caregiver(caller) THEN
    SELECT a.* INTO deletion FROM nido.caregiver_children l
      CROSS JOIN LATERAL (SELECT e.* FROM nido.caregiver_audit e WHERE e."userId" = l."userId" AND e.id + 0 = entry OFFSET 0) a
      WHERE l.role = caller AND a.action = 'delete' AND a.details ? 'reason';
  ELSE
    SELECT a.* INTO deletion FROM nido.caregiver_audit a WHERE a.id = entry AND a.action = 'delete' AND a.details ? 'reason';
  END IF;
  IF NOT FOUND OR NOT nido.caller_may(caller, deletion."userId", 'view', 'public.memory_contexts', 'SELECT') THEN
    RAISE EXCEPTION 'no deletion that % may see has this number', caller USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT COALESCE(array_agg(nido.as_uuid(m)) FILTER (WHERE nido.as_uuid(m) IS NOT NULL), '{}') INTO ids
  FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(deletion.details->'memoryIds') = 'array'
                                      THEN deletion.details->'memoryIds' ELSE '[]' END) AS m;
  agent := nido.as_uuid(deletion.details->>'agentId');
  FOR place IN
    SELECT t.what, t.relation, t.key FROM (VALUES
      ('memories', 'public.memory_contexts', 'id'),
      ('memories', CAST(nido.memory_archive() AS text), 'id'),
      ('memories', 'public.memory_access_log', 'memoryId'),
      ('memories', 'public.v_memory_contexts_enriched', 'id'),
      ('memories', 'nido.child_memories', 'id'),
      ('agent', 'public.agents', 'id'),
      ('agent', 'nido.agent_persona_versions', 'agentId')) AS t(what, relation, key)
    WHERE t.relation IS NOT NULL AND to_regclass(t.relation) IS NOT NULL
      AND (t.what = 'memories' OR agent IS NOT NULL)
  LOOP
    EXECUTE format('SELECT count(*) FROM %s WHERE %I = ANY($1)', place.relation, place.key)
      INTO left_rows USING CASE WHEN place.what = 'agent' THEN ARRAY[agent] ELSE ids END;
    checked := checked || jsonb_build_object('relation', place.relation, 'rows', left_rows);
  END LOOP;
  RETURN jsonb_build_object(
    'entry', deletion.id,
    'deletedAt', deletion."at",
    'by', deletion.role,
    'byName', (SELECT c."displayName" FROM nido.caregivers c WHERE c.role = deletion.role),
    'reason', COALESCE(deletion.details->>'reason', 'request'),
    'child', deletion."userId",
    'childName', (SELECT NULLIF(concat_ws(' ', u."firstName", u."lastName"), '') FROM public.users u WHERE u.id = deletion."userId"),
    'memoryIds', to_jsonb(ids),
    'categories', COALESCE(deletion.details->'categories', '{}'),
    'agentId', agent,
    'checkedAt', now() AT TIME ZONE 'UTC',
    'remaining', checked,
    'vectorStore', (SELECT jsonb_build_object('purged', count(*) FILTER (WHERE o."purgedAt" IS NOT NULL),
                                              'pending', count(*) FILTER (WHERE o."purgedAt" IS NULL),
                                              'notQueued', cardinality(ids) - count(DISTINCT o."memoryId"))
                    FROM nido.memory_deletion_outbox o WHERE o."memoryId" = ANY(ids)));
END
$$;

-- A read's record is never refused for the day's budget (it was then written to the server's log
-- only): it is once a day per caregiver and thing, small, and bounded by the child's conversations.
CREATE OR REPLACE FUNCTION nido.charge_caregiver_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.charge_caregiver(a.role, a.bytes, 0)
  FROM (SELECT role, SUM(octet_length(CAST(details AS text)) + 64) AS bytes FROM added
        WHERE action <> 'delete' AND NOT (action = 'view' AND "memoryId" IS NULL) AND nido.is_caregiver(role) GROUP BY role) a;
  RETURN NULL;
END
$$;

-- Index expressions keep no statistics either: the memory ids as text, the sessions' agents.
ALTER INDEX "IDX_nido_memory_contexts_userId_idText" ALTER COLUMN 2 SET STATISTICS 0;
ALTER INDEX "IDX_nido_voice_sessions_agent" ALTER COLUMN 1 SET STATISTICS 0;
DO $$
BEGIN
  IF (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user) THEN
    DELETE FROM pg_catalog.pg_statistic s
    WHERE s.starelid IN ('public."IDX_nido_memory_contexts_userId_idText"'::regclass, 'public."IDX_nido_voice_sessions_agent"'::regclass);
  END IF;
END
$$;

-- A caller's debugging settings printed the plans inside the functions, with their estimates.
CREATE OR REPLACE FUNCTION nido.plan_by_keys() RETURNS VOID
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
                   'SET cpu_index_tuple_cost = 0.005 SET cpu_operator_cost = 0.0025 '
                   'SET debug_print_plan = off SET debug_print_parse = off SET debug_print_rewritten = off SET trace_sort = off', f);
  END LOOP;
END
$$;

SELECT nido.plan_by_keys();
