-- The schema document's large-scale layouts: memory_contexts partitioned by month, and old memories
-- moved to an archive table (its `INSERT … SELECT`, then `DELETE`). Archived memories are still the
-- child's: a deletion removes them too, and moving one is not deleting it. A deletion leaves nothing
-- of a memory behind, with or without the document's cascades: its access-log rows go, and the audit
-- keeps who changed what and when, never the words.

-- Where the backend archives memories. The document's name, unless the database's owner points Nido
-- elsewhere (only the owner may write this table: a caller who could name a table of its own could
-- keep its deletions out of the purge queue).
CREATE TABLE nido.configuration (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO nido.configuration VALUES ('memory_archive', 'public.memory_contexts_archive');
GRANT SELECT ON nido.configuration TO PUBLIC;

-- The archive table, when it exists with every column of a memory Nido reads; NULL otherwise. Only a
-- permanent table of memory_contexts' own owner counts: a table a caller made under that name (a
-- temporary one, or one in a schema it may create in) would otherwise run its triggers inside the
-- owner's deletions, or keep its ids out of the purge queue.
CREATE FUNCTION nido.memory_archive() RETURNS regclass
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT t.oid::regclass FROM pg_class t
  WHERE t.oid = to_regclass((SELECT value FROM nido.configuration WHERE key = 'memory_archive' AND value LIKE '%.%'))
    AND t.relkind IN ('r', 'p') AND t.relpersistence = 'p'
    AND t.relowner = (SELECT relowner FROM pg_class WHERE oid = 'public.memory_contexts'::regclass)
    AND (SELECT count(*) FROM pg_attribute a WHERE a.attrelid = t.oid AND NOT a.attisdropped
         AND a.attname IN ('id', 'userId', 'sessionId', 'agentId', 'memoryType', 'category', 'content', 'summary', 'metadata',
                           'chromaCollectionId', 'chromaCollectionName', 'importance', 'accessCount', 'lastAccessedAt',
                           'createdAt', 'updatedAt', 'expiresAt')) = 17
$$;
GRANT EXECUTE ON FUNCTION nido.memory_archive() TO PUBLIC;

-- A deleted memory is queued for the vector store, unless the same transaction moved it to the
-- archive (the document's archive job); its access-log rows go with it in every layout (the
-- document's cascade cannot exist on a partitioned table).
CREATE OR REPLACE FUNCTION nido.queue_memory_purge() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  archive regclass := nido.memory_archive();
  deleted UUID[];
BEGIN
  IF archive IS NULL THEN
    SELECT array_agg(id) INTO deleted FROM gone;
  ELSE
    EXECUTE format('SELECT array_agg(g.id) FROM gone g WHERE NOT EXISTS (SELECT 1 FROM %s a WHERE a.id = g.id)', archive)
      INTO deleted;
  END IF;
  IF deleted IS NULL THEN
    RETURN NULL;
  END IF;
  INSERT INTO nido.memory_deletion_outbox ("memoryId", "userId", "chromaCollectionId", "chromaCollectionName")
  SELECT id, "userId", "chromaCollectionId", "chromaCollectionName" FROM gone WHERE id = ANY(deleted);
  IF to_regclass('public.memory_access_log') IS NOT NULL THEN
    DELETE FROM public.memory_access_log WHERE "memoryId" = ANY(deleted);
  END IF;
  PERFORM nido.redact_memory_audit(deleted);
  RETURN NULL;
END
$$;

-- The audit stays append-only, but a deleted memory's words leave it: an edit row keeps which fields
-- changed, by whom and when. The server's rows hold the fields under "changes"; the window's own
-- (an owner's edits) hold them at the top.
CREATE FUNCTION nido.redacted(details JSONB) RETURNS JSONB
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
  SELECT CASE
    WHEN details IS NULL OR jsonb_typeof(details) <> 'object' THEN details
    WHEN jsonb_typeof(details -> 'changes') = 'object'
    THEN details || jsonb_build_object('changes', COALESCE((SELECT jsonb_object_agg(k, '"redacted"'::jsonb)
                                                            FROM jsonb_object_keys(details -> 'changes') AS k), '{}'::jsonb),
                                       'redacted', true)
    ELSE COALESCE((SELECT jsonb_object_agg(k, CASE WHEN k = 'redacted' THEN 'true'::jsonb ELSE '"redacted"'::jsonb END)
                   FROM jsonb_object_keys(details) AS k), '{}'::jsonb) || '{"redacted": true}'::jsonb
  END
$$;

CREATE OR REPLACE FUNCTION nido.refuse_audit_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND current_setting('nido.redacting', true) = 'on'
     AND (NEW.id, NEW.role, NEW.action, NEW."userId", NEW."memoryId", NEW."at") IS NOT DISTINCT FROM
         (OLD.id, OLD.role, OLD.action, OLD."userId", OLD."memoryId", OLD."at")
     AND NEW.details IS NOT DISTINCT FROM nido.redacted(OLD.details) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'nido.caregiver_audit is append-only';
END
$$;

-- Every deletion looks up the deleted memories' edit rows: by index, not by reading the audit.
CREATE INDEX "IDX_nido_caregiver_audit_memoryId_edits" ON nido.caregiver_audit ("memoryId") WHERE action = 'edit';

CREATE FUNCTION nido.redact_memory_audit(ids UUID[]) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM set_config('nido.redacting', 'on', true);
  UPDATE nido.caregiver_audit SET details = nido.redacted(details)
  WHERE "memoryId" = ANY(ids) AND action = 'edit' AND details IS DISTINCT FROM nido.redacted(details);
  PERFORM set_config('nido.redacting', 'off', true);
END
$$;
REVOKE ALL ON FUNCTION nido.redact_memory_audit(UUID[]) FROM PUBLIC;

-- A parent's deletion reaches the archive too: the archived rows go, queued for the vector store and
-- audited like the others.
-- STRICT as migration 7 made it: no role named is no licence.
CREATE OR REPLACE FUNCTION nido.delete_memories(caller NAME, child UUID, ids UUID[]) RETURNS INTEGER
LANGUAGE plpgsql STRICT SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  gone INTEGER;
  live UUID[];
  archived UUID[];
  archive regclass := nido.memory_archive();
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
  WITH d AS (DELETE FROM public.memory_contexts WHERE "userId" = child AND id = ANY(ids) RETURNING id)
  SELECT array_agg(id) INTO live FROM d;
  gone := COALESCE(cardinality(live), 0);
  IF archive IS NOT NULL THEN
    EXECUTE format('WITH d AS (DELETE FROM %s WHERE "userId" = $1 AND id = ANY($2) '
                   '  RETURNING id, "userId", "chromaCollectionId", "chromaCollectionName"), '
                   'q AS (INSERT INTO nido.memory_deletion_outbox ("memoryId", "userId", "chromaCollectionId", "chromaCollectionName") '
                   '  SELECT id, "userId", "chromaCollectionId", "chromaCollectionName" FROM d RETURNING "memoryId") '
                   'SELECT array_agg("memoryId") FROM q', archive)
      USING child, ids INTO archived;
    IF archived IS NOT NULL THEN
      IF to_regclass('public.memory_access_log') IS NOT NULL THEN
        DELETE FROM public.memory_access_log WHERE "memoryId" = ANY(archived);
      END IF;
      PERFORM nido.redact_memory_audit(archived);
      -- A memory the archive job copied but has not yet deleted is one memory, not two.
      gone := (SELECT count(DISTINCT m) FROM unnest(COALESCE(live, '{}') || archived) AS m);
    END IF;
  END IF;
  IF caregiver AND gone > 0 THEN
    INSERT INTO nido.caregiver_audit (role, action, "userId", details)
    VALUES (caller, 'delete', child, jsonb_build_object('memoryIds', to_jsonb(ids)));
  END IF;
  RETURN gone;
END
$$;

-- The archive, and every partition, get what migrations 5 and 7 gave memory_contexts: row-level
-- security (a partition read directly is not covered by its parent's policies), the caregivers'
-- read, and no planner statistics on the columns that hold a family's words and ids. A partition or
-- an archive made after `nido migrate` is found by `nido.memory_layout_unadopted()` at start-up, and
-- `nido migrate` adopts it (event triggers would need a superuser).
CREATE FUNCTION nido.memory_layout_tables() RETURNS SETOF regclass
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
  SELECT c.oid::regclass FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
  WHERE i.inhparent IN ('public.memory_contexts'::regclass, nido.memory_archive())
  UNION
  SELECT nido.memory_archive() WHERE nido.memory_archive() IS NOT NULL
$$;

-- A child's memories as the window lists, counts and deletes them: the live ones and the archived
-- ones, marked. The caller's row rules apply (security_invoker); the columns are memory_contexts'
-- that the archive has too.
CREATE FUNCTION nido.define_child_memories() RETURNS VOID
LANGUAGE plpgsql SET search_path = pg_catalog, public, nido, pg_temp AS $$
DECLARE
  archive regclass := nido.memory_archive();
  columns TEXT;
BEGIN
  SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO columns
  FROM pg_attribute a
  WHERE a.attrelid = 'public.memory_contexts'::regclass AND a.attnum > 0 AND NOT a.attisdropped
    AND (archive IS NULL OR EXISTS (SELECT 1 FROM pg_attribute b WHERE b.attrelid = archive AND b.attname = a.attname AND NOT b.attisdropped));
  EXECUTE 'DROP VIEW IF EXISTS nido.child_memories';
  EXECUTE format('CREATE VIEW nido.child_memories WITH (security_invoker = true) AS SELECT %s, false AS archived FROM public.memory_contexts', columns)
    || CASE WHEN archive IS NULL THEN '' ELSE format(' UNION ALL SELECT %s, true FROM %s', columns, archive) END;
  EXECUTE 'GRANT SELECT ON nido.child_memories TO nido_caregiver';
END
$$;
REVOKE ALL ON FUNCTION nido.define_child_memories() FROM PUBLIC;
SELECT nido.define_child_memories();

CREATE FUNCTION nido.memory_layout_unadopted() RETURNS SETOF regclass
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
  SELECT t FROM nido.memory_layout_tables() AS t
  WHERE NOT (SELECT relrowsecurity FROM pg_class WHERE oid = t)
     OR EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = t AND a.attname IN ('content', 'summary', 'userId', 'id')
                AND a.attstattarget <> 0)
     OR (t = nido.memory_archive() AND NOT EXISTS (SELECT 1 FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid
                                                   WHERE r.ev_class = 'nido.child_memories'::regclass AND d.refobjid = t))
$$;
GRANT EXECUTE ON FUNCTION nido.memory_layout_tables(), nido.memory_layout_unadopted() TO PUBLIC;

CREATE FUNCTION nido.adopt_memory_layout() RETURNS INTEGER
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
    IF t = nido.memory_archive() THEN
      EXECUTE format('GRANT SELECT ON %s TO nido_caregiver', t);
    END IF;
    FOR col IN SELECT a.attname FROM pg_attribute a
               WHERE a.attrelid = t AND a.attnum > 0 AND NOT a.attisdropped
                 AND a.atttypid IN ('text'::regtype, 'varchar'::regtype, 'bpchar'::regtype, 'name'::regtype, 'uuid'::regtype,
                                    'json'::regtype, 'jsonb'::regtype) LOOP
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
REVOKE ALL ON FUNCTION nido.adopt_memory_layout() FROM PUBLIC;
SELECT nido.adopt_memory_layout();
