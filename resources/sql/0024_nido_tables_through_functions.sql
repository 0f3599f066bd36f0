-- Nido's own tables of a child's (the caregivers' log, the deletions queued for the vector store,
-- the avoided topics, the sensitive categories, the retention policies, and each caregiver's
-- reviews) are read through the server's functions too (issue 23, after migration 23's memories):
-- under row policies, a caregiver's own condition on another family's child ran in the index scan
-- first, and the statistics counters said how many audit rows, deletions or topics that family had.

-- A child's deletions, by the child's key whether purged or not.
CREATE INDEX IF NOT EXISTS "IDX_nido_memory_deletion_outbox_userId_requestedAt"
  ON nido.memory_deletion_outbox ("userId", "requestedAt");

-- The child's caregivers' log, newest first, after the keyset (`before_at`, `before_id`) when given;
-- `page` NULL: all of it.
CREATE FUNCTION nido.child_audit(caller NAME, child UUID, before_at TIMESTAMP, before_id BIGINT, page INTEGER)
RETURNS SETOF nido.caregiver_audit
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'nido.caregiver_audit', 'SELECT');
  RETURN QUERY SELECT a.* FROM nido.caregiver_audit a
    WHERE a."userId" = child AND (before_at IS NULL OR (a."at", a.id) < (before_at, before_id))
    ORDER BY a."at" DESC, a.id DESC LIMIT page;
END
$$;
GRANT EXECUTE ON FUNCTION nido.child_audit(NAME, UUID, TIMESTAMP, BIGINT, INTEGER) TO PUBLIC;

-- The child's memories queued for the vector store: those still waiting (`pending`), or all.
CREATE FUNCTION nido.child_deletions(caller NAME, child UUID, pending BOOLEAN) RETURNS SETOF nido.memory_deletion_outbox
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'nido.memory_deletion_outbox', 'SELECT');
  IF pending THEN
    RETURN QUERY SELECT o.* FROM nido.memory_deletion_outbox o WHERE o."userId" = child AND o."purgedAt" IS NULL;
  ELSE
    RETURN QUERY SELECT o.* FROM nido.memory_deletion_outbox o WHERE o."userId" = child;
  END IF;
END
$$;
GRANT EXECUTE ON FUNCTION nido.child_deletions(NAME, UUID, BOOLEAN) TO PUBLIC;

CREATE FUNCTION nido.child_avoided_topics(caller NAME, child UUID) RETURNS SETOF nido.avoided_topics
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'nido.avoided_topics', 'SELECT');
  RETURN QUERY SELECT t.* FROM nido.avoided_topics t WHERE t."userId" = child;
END
$$;
GRANT EXECUTE ON FUNCTION nido.child_avoided_topics(NAME, UUID) TO PUBLIC;

CREATE FUNCTION nido.child_sensitive_categories(caller NAME, child UUID) RETURNS SETOF nido.sensitive_categories
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'nido.sensitive_categories', 'SELECT');
  RETURN QUERY SELECT s.* FROM nido.sensitive_categories s WHERE s."userId" = child;
END
$$;
GRANT EXECUTE ON FUNCTION nido.child_sensitive_categories(NAME, UUID) TO PUBLIC;

CREATE FUNCTION nido.child_retention_policies(caller NAME, child UUID) RETURNS SETOF nido.retention_policies
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'nido.retention_policies', 'SELECT');
  RETURN QUERY SELECT p.* FROM nido.retention_policies p WHERE p."userId" = child;
END
$$;
GRANT EXECUTE ON FUNCTION nido.child_retention_policies(NAME, UUID) TO PUBLIC;

-- A memory's review band with the parent's choice of sensitive categories looked up for a caller
-- who may see the child; for anyone else the band of a child who chose nothing, the same for another
-- family's child as for one that does not exist.
CREATE OR REPLACE FUNCTION nido.review_band(child UUID, category TEXT, metadata JSONB) RETURNS INTEGER
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
RETURN nido.review_band_of(
  CASE WHEN COALESCE(nido.caller_may(CASE WHEN current_setting('role') = 'none' THEN session_user ELSE current_setting('role') END::name,
                                     child, 'view', 'nido.sensitive_categories', 'SELECT'), false)
    THEN (SELECT s.sensitive FROM nido.sensitive_categories s WHERE s."userId" = child AND s.category = review_band.category) END,
  category, metadata);

-- After a hostile review of migration 23:
-- 1. A range on a memory's time or importance made the planner read the true newest and oldest
--    values of every family from the backend's single-column indexes (the histogram's ends are
--    checked against the index): the moment any family last had a memory. Those columns keep no
--    statistics now, like the ids and words (migration 7), in the live table, its partitions and
--    the archive (nido.adopt_memory_layout).
ALTER TABLE public.memory_contexts ALTER COLUMN "createdAt" SET STATISTICS 0, ALTER COLUMN importance SET STATISTICS 0;
DO $$
BEGIN
  IF (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user) THEN
    DELETE FROM pg_catalog.pg_statistic s USING pg_catalog.pg_attribute a
    WHERE a.attrelid = s.starelid AND a.attnum = s.staattnum AND a.attstattarget = 0 AND s.starelid = 'public.memory_contexts'::regclass;
  END IF;
END
$$;

CREATE OR REPLACE FUNCTION nido.memory_layout_unadopted() RETURNS SETOF regclass
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
  SELECT t FROM nido.memory_layout_tables() AS t
  WHERE NOT (SELECT relrowsecurity FROM pg_class WHERE oid = t)
     OR EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = t AND a.attname IN ('content', 'summary', 'userId', 'id', 'createdAt', 'importance')
                AND a.attstattarget <> 0)
     OR (t = nido.memory_archive() AND NOT EXISTS (SELECT 1 FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid
                                                   WHERE r.ev_class = 'nido.child_memories'::regclass AND d.refobjid = t))
$$;

CREATE OR REPLACE FUNCTION nido.adopt_memory_layout() RETURNS INTEGER
LANGUAGE plpgsql SET search_path = pg_catalog, public, nido, pg_temp AS $$
DECLARE
  t regclass;
  col RECORD;
  adopted INTEGER := 0;
BEGIN
  FOR t IN SELECT * FROM nido.memory_layout_unadopted() LOOP
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
    IF NOT EXISTS (SELECT 1 FROM pg_policy WHERE polrelid = t AND polname = 'nido_others') THEN
      EXECUTE format('CREATE POLICY nido_others ON %s USING (nido.not_caregiver()) WITH CHECK (nido.not_caregiver())', t);
      EXECUTE format('CREATE POLICY nido_view ON %s FOR SELECT TO nido_caregiver USING (nido.may("userId", ''view''))', t);
    END IF;
    FOR col IN SELECT a.attname FROM pg_attribute a
               WHERE a.attrelid = t AND a.attnum > 0 AND NOT a.attisdropped
                 AND (a.atttypid IN ('text'::regtype, 'varchar'::regtype, 'bpchar'::regtype, 'name'::regtype, 'uuid'::regtype,
                                     'json'::regtype, 'jsonb'::regtype) OR a.attname IN ('createdAt', 'importance')) LOOP
      EXECUTE format('ALTER TABLE %s ALTER COLUMN %I SET STATISTICS 0', t, col.attname);
    END LOOP;
    -- As migration 7: statistics gathered before are removed where Nido may (as a superuser).
    IF (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user) THEN
      DELETE FROM pg_catalog.pg_statistic s USING pg_catalog.pg_attribute a
      WHERE a.attrelid = s.starelid AND a.attnum = s.staattnum AND a.attstattarget = 0 AND s.starelid = t;
    END IF;
    adopted := adopted + 1;
  END LOOP;
  IF adopted > 0 THEN
    PERFORM nido.define_child_memories();
  END IF;
  RETURN adopted;
END
$$;

-- 2. A deletion finds the memories it was asked for by the child's key and their ids as text, as
--    migration 23's functions find a memory: by an id's own key, an unadopted partition or archive
--    (with its statistics) fetched another family's memory first.
CREATE OR REPLACE FUNCTION nido.forget_memories(caller NAME, child UUID, ids UUID[], reason TEXT) RETURNS INTEGER
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
  WITH d AS (DELETE FROM public.memory_contexts WHERE "userId" = child AND id::text = ANY(ids::text[]) RETURNING id, category::text AS kind)
  SELECT array_agg(id), COALESCE(array_agg(kind), '{}') INTO live, kinds FROM d;
  IF archive IS NOT NULL THEN
    EXECUTE format('WITH d AS (DELETE FROM %s WHERE "userId" = $1 AND id::text = ANY($2::text[]) '
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

REVOKE SELECT ON nido.caregiver_audit, nido.memory_deletion_outbox, nido.avoided_topics, nido.sensitive_categories,
  nido.retention_policies, nido.memory_reviews, nido.mention_reviews FROM nido_caregiver;

SELECT nido.adopt_memory_layout();
SELECT nido.plan_by_keys();
