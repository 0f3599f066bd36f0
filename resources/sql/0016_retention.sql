-- How long each category of a child's memories is kept (COPPA 312.10: no longer than needed), set
-- by a parent, applied by the server to every memory whoever writes it, and expired means deleted.

-- A child's policy per category: a number of days, or none (forever). Categories are text, so that
-- a category the backend adds to its enum is covered the day it appears.
CREATE TABLE nido.retention_policies (
  "userId" UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  category TEXT NOT NULL CHECK (char_length(category) BETWEEN 1 AND 100),
  days INTEGER CHECK (days BETWEEN 0 AND 36500),
  -- What it was before the last change (NULL: forever, or none), for memories written during it.
  "previousDays" INTEGER,
  "changedBy" NAME NOT NULL,
  "changedAt" TIMESTAMP NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'),
  PRIMARY KEY ("userId", category)
);
ALTER TABLE nido.retention_policies ENABLE ROW LEVEL SECURITY;
CREATE POLICY nido_others ON nido.retention_policies USING (nido.not_caregiver()) WITH CHECK (nido.not_caregiver());
CREATE POLICY nido_view ON nido.retention_policies FOR SELECT TO nido_caregiver USING (nido.may("userId", 'view'));
GRANT SELECT ON nido.retention_policies TO nido_caregiver;
-- As migration 7 for every family's ids and words: no planner statistics to count them by.
ALTER TABLE nido.retention_policies ALTER COLUMN "userId" SET STATISTICS 0;
ALTER TABLE nido.retention_policies ALTER COLUMN category SET STATISTICS 0;
ALTER TABLE nido.retention_policies ALTER COLUMN "changedBy" SET STATISTICS 0;

-- The memory categories the schema knows, in its order: an enum's labels, when the column is one.
CREATE FUNCTION nido.memory_categories() RETURNS TABLE (category TEXT, sort_order REAL)
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
  SELECT e.enumlabel::text, e.enumsortorder FROM pg_catalog.pg_enum e
  JOIN pg_catalog.pg_attribute a ON a.atttypid = e.enumtypid
  WHERE a.attrelid = 'public.memory_contexts'::regclass AND a.attname = 'category'
$$;
GRANT EXECUTE ON FUNCTION nido.memory_categories() TO PUBLIC;

-- The rule, written once: the expiry a memory made at `made` gets when its category's policy goes
-- from `old_days` to `new_days` (NULL: forever, or no policy). An expiry the old policy gave is the
-- policy's to change; one someone else set earlier than the new policy's stays.
CREATE FUNCTION nido.retention_expiry(current_expiry TIMESTAMP, made TIMESTAMP, old_days INTEGER, new_days INTEGER)
RETURNS TIMESTAMP
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp
RETURN LEAST(CASE WHEN old_days IS NOT NULL AND current_expiry = made + make_interval(days => old_days) THEN NULL
                  ELSE current_expiry END,
             made + make_interval(days => new_days));
GRANT EXECUTE ON FUNCTION nido.retention_expiry(TIMESTAMP, TIMESTAMP, INTEGER, INTEGER) TO PUBLIC;

-- Every memory written, by the backend while Nido is closed too, gets its category's expiry. It
-- never fails: a policy's days are bounded, and a child or category without one changes nothing.
CREATE FUNCTION nido.apply_retention() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  old_days INTEGER;
  new_days INTEGER;
BEGIN
  SELECT p.days INTO new_days FROM nido.retention_policies p WHERE p."userId" = NEW."userId" AND p.category = NEW.category::text;
  IF TG_OP = 'UPDATE' THEN
    SELECT p.days INTO old_days FROM nido.retention_policies p WHERE p."userId" = OLD."userId" AND p.category = OLD.category::text;
  END IF;
  IF new_days IS NOT NULL OR old_days IS NOT NULL THEN
    NEW."expiresAt" := nido.retention_expiry(NEW."expiresAt", COALESCE(NEW."createdAt", now() AT TIME ZONE 'UTC'), old_days, new_days);
  END IF;
  RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION nido.apply_retention() FROM PUBLIC;
CREATE TRIGGER nido_apply_retention BEFORE INSERT OR UPDATE OF category ON memory_contexts
  FOR EACH ROW EXECUTE FUNCTION nido.apply_retention();

-- Expired means deleted: bringing a memory's end closer (by its expiry, or by a category whose
-- policy is shorter) schedules its deletion, which needs "manage". A caregiver who may only edit
-- cannot; the backend's role and the owner are not caregivers and are not asked. Fires only when the
-- end changes (after nido_apply_retention, by name), so the backend's other updates never run it.
CREATE FUNCTION nido.refuse_earlier_end() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  actor NAME := CASE WHEN current_setting('role') = 'none' THEN session_user ELSE current_setting('role') END;
BEGIN
  IF NEW."expiresAt" IS NOT NULL AND (OLD."expiresAt" IS NULL OR NEW."expiresAt" < OLD."expiresAt")
     AND nido.is_caregiver(actor)
     AND NOT EXISTS (SELECT 1 FROM nido.caregiver_children l
                     WHERE l.role = actor AND l."userId" = NEW."userId" AND l.permission = 'manage') THEN
    RAISE EXCEPTION 'bringing a memory''s end closer deletes it sooner, which needs the "manage" permission'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION nido.refuse_earlier_end() FROM PUBLIC;
CREATE TRIGGER nido_refuse_earlier_end BEFORE UPDATE ON memory_contexts
  FOR EACH ROW WHEN (NEW."expiresAt" IS DISTINCT FROM OLD."expiresAt") EXECUTE FUNCTION nido.refuse_earlier_end();

-- What a policy would do, before it is applied: how many of the child's memories of that category
-- get another expiry, how many of them would then be expired (deleted by the next purge), and the
-- first expiry still to come.
CREATE FUNCTION nido.retention_preview(caller NAME, child UUID, kind TEXT, days INTEGER)
RETURNS TABLE (changed BIGINT, expired BIGINT, next_expiry TIMESTAMP)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  old_days INTEGER;
BEGIN
  PERFORM nido.check_caller(caller);
  IF child IS NULL OR kind IS NULL OR NOT nido.caller_may(caller, child, 'view', 'public.memory_contexts', 'SELECT') THEN
    RAISE EXCEPTION '% may not see this child''s memories', caller USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT p.days INTO old_days FROM nido.retention_policies p WHERE p."userId" = child AND p.category = kind;
  -- Archived memories are the child's too (nido.child_memories: the live ones and the archive's).
  RETURN QUERY
  SELECT count(*) FILTER (WHERE e.after IS DISTINCT FROM e.before),
         count(*) FILTER (WHERE e.after IS DISTINCT FROM e.before AND e.after < now() AT TIME ZONE 'UTC'),
         min(e.after) FILTER (WHERE e.after >= now() AT TIME ZONE 'UTC')
  FROM (SELECT mc."expiresAt" AS before, nido.retention_expiry(mc."expiresAt", mc."createdAt", old_days, days) AS after
        FROM nido.child_memories mc WHERE mc."userId" = child AND mc.category::text = kind) e;
END
$$;
GRANT EXECUTE ON FUNCTION nido.retention_preview(NAME, UUID, TEXT, INTEGER) TO PUBLIC;

-- Sets a category's policy and applies it to the child's memories, in one transaction, audited.
-- Needs "manage": a shorter policy deletes. Returns how many memories got another expiry.
CREATE FUNCTION nido.set_retention(caller NAME, child UUID, kind TEXT, days INTEGER) RETURNS INTEGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  old_days INTEGER;
  had_policy BOOLEAN;
  changed INTEGER := 0;
  rewritten INTEGER;
  memories regclass;
BEGIN
  PERFORM nido.check_caller(caller);
  IF child IS NULL OR kind IS NULL OR NOT nido.caller_may(caller, child, 'manage', 'public.memory_contexts', 'UPDATE') THEN
    RAISE EXCEPTION '% may not change how long this child''s memories are kept', caller USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM public.users u WHERE u.id = child) THEN
    RAISE EXCEPTION 'no such child' USING ERRCODE = 'no_data_found';
  END IF;
  IF days IS NOT NULL AND (days < 0 OR days > 36500) THEN
    RAISE EXCEPTION 'a memory is kept from 0 to 36,500 days, or forever' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF char_length(kind) NOT BETWEEN 1 AND 100 THEN
    RAISE EXCEPTION 'a category has 1 to 100 characters' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  -- One change of a child's category at a time: the second waits and reads what the first set
  -- (with no row yet, FOR UPDATE would lock nothing). Only other changes wait, never the backend.
  PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended(child::text || '/' || kind, 20161));
  SELECT p.days, true INTO old_days, had_policy FROM nido.retention_policies p WHERE p."userId" = child AND p.category = kind;
  INSERT INTO nido.retention_policies ("userId", category, days, "previousDays", "changedBy") VALUES (child, kind, days, old_days, caller)
  ON CONFLICT ("userId", category) DO UPDATE SET days = EXCLUDED.days, "previousDays" = EXCLUDED."previousDays",
    "changedBy" = EXCLUDED."changedBy", "changedAt" = now() AT TIME ZONE 'UTC';
  INSERT INTO nido.server_changes VALUES (txid_current()) ON CONFLICT DO NOTHING;
  -- The live memories and the document's archive alike.
  FOREACH memories IN ARRAY ARRAY['public.memory_contexts'::regclass, nido.memory_archive()] LOOP
    CONTINUE WHEN memories IS NULL;
    EXECUTE format('UPDATE %s mc SET "expiresAt" = nido.retention_expiry(mc."expiresAt", mc."createdAt", $1, $2) '
                   'WHERE mc."userId" = $3 AND mc.category::text = $4 '
                   '  AND nido.retention_expiry(mc."expiresAt", mc."createdAt", $1, $2) IS DISTINCT FROM mc."expiresAt"', memories)
      USING old_days, days, child, kind;
    GET DIAGNOSTICS rewritten = ROW_COUNT;
    changed := changed + rewritten;
  END LOOP;
  DELETE FROM nido.server_changes WHERE txid = txid_current();
  -- Each memory rewritten counts against a caregiver's day, as its edit would.
  IF nido.is_caregiver(caller) THEN
    PERFORM nido.charge_caregiver(caller, 100::bigint * changed, 0);
  END IF;
  INSERT INTO nido.caregiver_audit (role, action, "userId", details)
  VALUES (caller, 'edit', child, jsonb_build_object('retention', jsonb_build_object(
    'category', kind, 'from', CASE WHEN had_policy THEN to_jsonb(old_days) END, 'to', to_jsonb(days), 'memoriesChanged', changed)));
  RETURN changed;
END
$$;
GRANT EXECUTE ON FUNCTION nido.set_retention(NAME, UUID, TEXT, INTEGER) TO PUBLIC;

-- Expired means deleted. The body of a deletion, with why: a parent's request, or expiry. The
-- 3-argument function every role calls is a parent's request. Whoever asks, the audit lists the ids
-- it deleted, not those it was asked for (the window's own record of an owner's deletion listed
-- what it asked for), with their categories.
CREATE FUNCTION nido.forget_memories(caller NAME, child UUID, ids UUID[], reason TEXT) RETURNS INTEGER
LANGUAGE plpgsql STRICT SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  deleted UUID[];
  live UUID[];
  archived UUID[];
  kinds TEXT[] := '{}';
  archived_kinds TEXT[];
  archive regclass := nido.memory_archive();
BEGIN
  PERFORM nido.check_caller(caller);
  IF NOT nido.caller_may(caller, child, 'manage', 'public.memory_contexts', 'DELETE') THEN
    RAISE EXCEPTION '% may not delete this child''s memories', caller USING ERRCODE = 'insufficient_privilege';
  END IF;
  -- The categories are kept with the ids, for the deletion's receipt: never the words.
  WITH d AS (DELETE FROM public.memory_contexts WHERE "userId" = child AND id = ANY(ids) RETURNING id, category::text AS kind)
  SELECT array_agg(id), COALESCE(array_agg(kind), '{}') INTO live, kinds FROM d;
  IF archive IS NOT NULL THEN
    EXECUTE format('WITH d AS (DELETE FROM %s WHERE "userId" = $1 AND id = ANY($2) '
                   '  RETURNING id, "userId", "chromaCollectionId", "chromaCollectionName", category::text AS kind), '
                   'q AS (INSERT INTO nido.memory_deletion_outbox ("memoryId", "userId", "chromaCollectionId", "chromaCollectionName") '
                   '  SELECT id, "userId", "chromaCollectionId", "chromaCollectionName" FROM d RETURNING "memoryId") '
                   'SELECT (SELECT array_agg("memoryId") FROM q), (SELECT array_agg(d.kind) FROM d WHERE d.id <> ALL (COALESCE($3, ''{}''))) ', archive)
      USING child, ids, live INTO archived, archived_kinds;
    kinds := kinds || COALESCE(archived_kinds, '{}');
    IF archived IS NOT NULL THEN
      IF to_regclass('public.memory_access_log') IS NOT NULL THEN
        DELETE FROM public.memory_access_log WHERE "memoryId" = ANY(archived);
      END IF;
      PERFORM nido.redact_memory_audit(archived);
    END IF;
  END IF;
  -- A memory the archive job copied but has not yet deleted is one memory, not two.
  SELECT array_agg(DISTINCT m ORDER BY m) INTO deleted FROM unnest(COALESCE(live, '{}') || COALESCE(archived, '{}')) AS m;
  IF deleted IS NOT NULL THEN
    INSERT INTO nido.caregiver_audit (role, action, "userId", details)
    VALUES (caller, 'delete', child, jsonb_build_object('memoryIds', to_jsonb(deleted), 'reason', reason,
      'categories', (SELECT jsonb_object_agg(k.kind, k.n) FROM (SELECT kind, count(*) AS n FROM unnest(kinds) AS kind GROUP BY kind) k)));
  END IF;
  RETURN COALESCE(cardinality(deleted), 0);
END
$$;
REVOKE ALL ON FUNCTION nido.forget_memories(NAME, UUID, UUID[], TEXT) FROM PUBLIC;

CREATE OR REPLACE FUNCTION nido.delete_memories(caller NAME, child UUID, ids UUID[]) RETURNS INTEGER
LANGUAGE sql STRICT SECURITY DEFINER SET search_path = pg_catalog, pg_temp
RETURN nido.forget_memories(caller, child, ids, 'request');

CREATE INDEX "IDX_nido_memory_contexts_expiresAt" ON memory_contexts ("expiresAt") WHERE "expiresAt" IS NOT NULL;

-- The archive's expired memories are found the same way: its own index of Nido's, made now and each
-- time `nido migrate` adopts a layout (SchemaMigrator::adoptMemoryLayout), for an archive made later.
CREATE FUNCTION nido.index_archive_expiry() RETURNS VOID
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  archive regclass := nido.memory_archive();
BEGIN
  -- An archive made with the document's LIKE … INCLUDING ALL after this migration copied one already.
  IF archive IS NOT NULL AND NOT EXISTS (
       SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
       WHERE i.indrelid = archive AND a.attname = 'expiresAt') THEN
    EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %s ("expiresAt") WHERE "expiresAt" IS NOT NULL',
                   'IDX_nido_' || (SELECT relname FROM pg_class WHERE oid = archive) || '_expiresAt', archive);
  END IF;
END
$$;
REVOKE ALL ON FUNCTION nido.index_archive_expiry() FROM PUBLIC;
SELECT nido.index_archive_expiry();


-- One batch of the purge: policies given to memories that missed them, then the longest-expired
-- memories first, at most `batch`, through the same
-- deletion as a parent's (outbox row, audit row marked "expired"). A caregiver purges the children it
-- manages; any other role needs DELETE on memories. Each batch is its own short transaction when
-- called one statement at a time, so the backend never waits on it for long. Returns the children
-- touched and how many of each child's memories went.
CREATE FUNCTION nido.purge_expired(caller NAME, batch INTEGER) RETURNS TABLE (child UUID, deleted INTEGER)
LANGUAGE plpgsql STRICT SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  caregiver BOOLEAN := nido.is_caregiver(caller);
  memories regclass;
  due RECORD;
BEGIN
  PERFORM nido.check_caller(caller);
  IF NOT caregiver AND NOT has_table_privilege(caller, 'public.memory_contexts', 'DELETE') THEN
    RAISE EXCEPTION '% may not delete memories', caller USING ERRCODE = 'insufficient_privilege';
  END IF;
  -- A memory the backend was writing while a policy changed read the policy before it, and the
  -- change could not see the memory yet: no lock on the backend's insert path closes that, so the
  -- purge gives the policies of the last week to the memories that missed them.
  INSERT INTO nido.server_changes VALUES (txid_current()) ON CONFLICT DO NOTHING;
  UPDATE public.memory_contexts mc SET "expiresAt" = nido.retention_expiry(mc."expiresAt", mc."createdAt", p."previousDays", p.days)
  FROM nido.retention_policies p
  WHERE p."changedAt" >= now() AT TIME ZONE 'UTC' - interval '7 days'
    AND mc."userId" = p."userId" AND mc.category::text = p.category
    AND (NOT caregiver OR EXISTS (SELECT 1 FROM nido.caregiver_children l
                                  WHERE l.role = caller AND l."userId" = p."userId" AND l.permission = 'manage'))
    AND nido.retention_expiry(mc."expiresAt", mc."createdAt", p."previousDays", p.days) IS DISTINCT FROM mc."expiresAt";
  DELETE FROM nido.server_changes WHERE txid = txid_current();
  -- The live memories first, then the archive's: each by its expiry index, longest expired first.
  FOREACH memories IN ARRAY ARRAY['public.memory_contexts'::regclass, nido.memory_archive()] LOOP
    CONTINUE WHEN memories IS NULL;
    FOR due IN EXECUTE format(
      'SELECT e."userId" AS who, array_agg(e.id) AS ids '
      'FROM (SELECT mc.id, mc."userId" FROM %s mc WHERE mc."expiresAt" < now() AT TIME ZONE ''UTC'' '
      '        AND (NOT $1 OR mc."userId" IN (SELECT l."userId" FROM nido.caregiver_children l '
      '                                       WHERE l.role = $2 AND l.permission = ''manage'')) '
      '      ORDER BY mc."expiresAt" LIMIT GREATEST($3, 1)) e GROUP BY e."userId"', memories)
      USING caregiver, caller, batch
    LOOP
      child := due.who;
      deleted := nido.forget_memories(caller, due.who, due.ids, 'expired');
      RETURN NEXT;
    END LOOP;
    IF FOUND THEN
      RETURN;
    END IF;
  END LOOP;
END
$$;
GRANT EXECUTE ON FUNCTION nido.purge_expired(NAME, INTEGER) TO PUBLIC;

-- An agent's deletion is one row of the log, whoever deletes it (the owner's too), for its receipt.
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
  -- Audited whoever deletes it, so that its receipt can be asked for; a public agent has no child.
  IF owner IS NOT NULL THEN
    INSERT INTO nido.caregiver_audit (role, action, "userId", details)
    VALUES (caller, 'delete', owner, jsonb_build_object('agentId', agent, 'memoriesForgotten', COALESCE(cardinality(memories), 0),
                                                          'reason', 'request'));
  END IF;
  RETURN COALESCE(cardinality(memories), 0);
END
$$;
ALTER FUNCTION nido.delete_agent(NAME, UUID, BOOLEAN) STRICT;

CREATE INDEX "IDX_nido_memory_deletion_outbox_memoryId" ON nido.memory_deletion_outbox ("memoryId");

-- A deletion's receipt, at the moment it is asked for: what the audit recorded (ids, categories, when,
-- by whom, why; never the words), whether any row of those ids is left in a table or view of the
-- schema document's or Nido's that holds memories, and how far the vector store's purge has come.
-- The audit and the outbox keep the ids by design: they are the record of the deletion. Asked about
-- an entry that is not a deletion of a child the caller may see, it says nothing.
CREATE FUNCTION nido.deletion_receipt(caller NAME, entry BIGINT) RETURNS JSONB
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
  SELECT a.* INTO deletion FROM nido.caregiver_audit a WHERE a.id = entry AND a.action = 'delete' AND a.details ? 'reason';
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
GRANT EXECUTE ON FUNCTION nido.deletion_receipt(NAME, BIGINT) TO PUBLIC;
