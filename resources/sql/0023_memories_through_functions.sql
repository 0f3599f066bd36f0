-- Caregivers read and change a child's memories through the server's functions too (issue 23, the
-- memory tables after the sessions', children's and agents'): on memory_contexts, a caregiver's own
-- condition on another family's child ran in the index scan before the row policy, and EXPLAIN
-- ANALYZE or the statistics counters gave how many memories that child had, and when. Each function
-- checks the caller, then reads by the child's key; the filters a screen needs are applied there,
-- after the key, from a JSON document whose keys the server knows (nido.memory_conditions).
-- Whichever function returns a memory's words (or answers a search or an id) records the read,
-- once a day, as a child's messages are (nido.record_read).

-- A memory is found by the child's key and its id as text, which only an index of both can serve:
-- by its id's own key, another family's memory was fetched before the check of its child, and
-- counted (a partition or an archive the backend made since the last migrate keeps statistics, and
-- with them the planner takes that key).
CREATE INDEX IF NOT EXISTS "IDX_nido_memory_contexts_userId_idText" ON memory_contexts ("userId", (id::text));

-- A memory as the functions return it, live or archived, in the schema document's types (the
-- backend's ORM spells some columns in others).
CREATE TYPE nido.memory AS (
  id UUID, "userId" UUID, "sessionId" UUID, "agentId" UUID, "memoryType" TEXT, category TEXT, content TEXT, summary TEXT,
  metadata JSONB, "chromaCollectionId" TEXT, "chromaCollectionName" TEXT, importance DOUBLE PRECISION, "accessCount" INTEGER,
  "lastAccessedAt" TIMESTAMP, "createdAt" TIMESTAMP, "updatedAt" TIMESTAMP, "expiresAt" TIMESTAMP, archived BOOLEAN
);

-- The conditions of a filter, for the functions below: each key the window's filters have, its
-- value bound as $2 (never written into the statement). An unknown key is refused: a filter the
-- server would ignore would show more than the parent asked for.
CREATE FUNCTION nido.memory_conditions(filter JSONB) RETURNS TEXT
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  key TEXT;
  sql TEXT := '';
BEGIN
  IF filter IS NULL THEN
    RETURN '';
  END IF;
  IF jsonb_typeof(filter) IS DISTINCT FROM 'object' THEN
    RAISE EXCEPTION 'a memory filter is a JSON object' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  FOR key IN SELECT jsonb_object_keys(filter) LOOP
    sql := sql || CASE key
      WHEN 'memoryType' THEN ' AND mc."memoryType"::text = $2->>''memoryType'''
      WHEN 'categories' THEN ' AND mc.category::text = ANY(ARRAY(SELECT jsonb_array_elements_text($2->''categories'')))'
      WHEN 'shared' THEN ' AND mc."agentId" IS NULL'
      WHEN 'agent' THEN ' AND mc."agentId" = CAST($2->>''agent'' AS uuid)'
      -- Written so that no index of every family's agents or expiries can serve them.
      WHEN 'givenTo' THEN ' AND COALESCE(mc."agentId", CAST($2->>''givenTo'' AS uuid)) = CAST($2->>''givenTo'' AS uuid)'
      WHEN 'importance' THEN CASE filter->>'importance'
        WHEN 'low' THEN ' AND mc.importance < 0.3'
        WHEN 'medium' THEN ' AND mc.importance >= 0.3 AND mc.importance < 0.7'
        WHEN 'high' THEN ' AND mc.importance >= 0.7' END
      WHEN 'expiredAt' THEN ' AND COALESCE(mc."expiresAt", ''infinity'') < CAST($2->>''expiredAt'' AS timestamp)'
      WHEN 'activeAt' THEN ' AND COALESCE(mc."expiresAt", ''infinity'') >= CAST($2->>''activeAt'' AS timestamp)'
      WHEN 'from' THEN ' AND mc."createdAt" >= CAST($2->>''from'' AS timestamp)'
      WHEN 'before' THEN ' AND mc."createdAt" < CAST($2->>''before'' AS timestamp)'
      WHEN 'newerThan' THEN ' AND mc."createdAt" > CAST($2->>''newerThan'' AS timestamp)'
      WHEN 'until' THEN ' AND mc."createdAt" <= CAST($2->>''until'' AS timestamp)'
      -- Checked once before the scan: the session index would otherwise fetch another family's.
      WHEN 'session' THEN ' AND nido.is_session_of($1, CAST($2->>''session'' AS uuid)) AND mc."sessionId" = CAST($2->>''session'' AS uuid)'
      WHEN 'ids' THEN ' AND mc.id::text = ANY($3)'
      WHEN 'search' THEN ' AND nido.memory_search_document(mc.content, mc.summary, mc.metadata) @@ '
                         '(websearch_to_tsquery(''pg_catalog.spanish'', $2->>''search'') || websearch_to_tsquery(''pg_catalog.english'', $2->>''search''))'
    END;
    IF sql IS NULL THEN
      RAISE EXCEPTION 'a memory filter has no "%" of that kind', key USING ERRCODE = 'invalid_parameter_value';
    END IF;
  END LOOP;
  RETURN sql;
END
$$;
REVOKE ALL ON FUNCTION nido.memory_conditions(JSONB) FROM PUBLIC;

-- The ids a filter names, bound as $3 beside it.
CREATE FUNCTION nido.memory_ids(filter JSONB) RETURNS TEXT[]
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp
RETURN CASE WHEN filter ? 'ids' THEN ARRAY(SELECT CAST(CAST(x AS uuid) AS text) FROM jsonb_array_elements_text(filter -> 'ids') x) END;
REVOKE ALL ON FUNCTION nido.memory_ids(JSONB) FROM PUBLIC;

-- The statement that reads a child's memories ($1) under a filter ($2, its ids $3): the live ones and the
-- archive's once adopted (as nido.child_memories always read it), each by the child's key (`keyed`,
-- for a role that reads every child). `archived: true` keeps the archive's only, false the live ones.
CREATE FUNCTION nido.memory_rows_sql(filter JSONB, keyed TEXT DEFAULT 'mc."userId" = $1') RETURNS TEXT
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  archive regclass := nido.memory_archive();
  columns CONSTANT TEXT := 'mc.id, mc."userId", mc."sessionId", mc."agentId", mc."memoryType"::text, mc.category::text, mc.content, '
    'mc.summary, mc.metadata::jsonb, mc."chromaCollectionId"::text, mc."chromaCollectionName"::text, mc.importance::float8, '
    'mc."accessCount"::integer, mc."lastAccessedAt", mc."createdAt", mc."updatedAt", mc."expiresAt", ';
  conditions TEXT := nido.memory_conditions(filter - 'archived');
  wanted BOOLEAN := CAST(filter->>'archived' AS boolean);
  parts TEXT[] := '{}';
BEGIN
  IF archive IS NOT NULL AND archive IN (SELECT nido.memory_layout_unadopted()) THEN
    archive := NULL;
  END IF;
  IF wanted IS DISTINCT FROM true THEN
    parts := parts || format('SELECT %s false AS archived FROM public.memory_contexts mc WHERE %s%s', columns, keyed, conditions);
  END IF;
  IF archive IS NOT NULL AND wanted IS DISTINCT FROM false THEN
    parts := parts || format('SELECT %s true AS archived FROM %s mc WHERE %s%s', columns, archive, keyed, conditions);
  END IF;
  IF cardinality(parts) = 0 THEN
    RETURN 'SELECT NULL::nido.memory WHERE false';
  END IF;
  RETURN array_to_string(parts, ' UNION ALL ');
END
$$;
REVOKE ALL ON FUNCTION nido.memory_rows_sql(JSONB, TEXT) FROM PUBLIC;

-- A page of the child's memories under a filter, in one of the orders the screens list them:
-- 'newest' (after the keyset `after_time`, `after_id` when given), 'oldest', 'weight' (importance,
-- then use) or 'importance' (then newest). `page` NULL: all of them. Reading them is recorded once
-- a day, as a child's messages are.
CREATE FUNCTION nido.memories(caller NAME, child UUID, filter JSONB, order_by TEXT, after_time TIMESTAMP, after_id UUID, page INTEGER)
RETURNS SETOF nido.memory
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  ordering TEXT := CASE order_by
    WHEN 'newest' THEN 'm."createdAt" DESC, m.id DESC'
    WHEN 'oldest' THEN 'm."createdAt", m.id'
    WHEN 'weight' THEN 'm.importance DESC, m."accessCount" DESC, m.id'
    WHEN 'importance' THEN 'm.importance DESC, m."createdAt" DESC, m.id' END;
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'public.memory_contexts', 'SELECT');
  IF ordering IS NULL OR (after_time IS NOT NULL AND order_by <> 'newest') OR page < 0 THEN
    RAISE EXCEPTION 'memories are listed newest, oldest, by weight or by importance; a keyset follows the newest'
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  PERFORM nido.record_read(caller, child, '{"memories": "all"}');
  RETURN QUERY EXECUTE format('SELECT m.* FROM (%s) m %s ORDER BY %s LIMIT $6', nido.memory_rows_sql(filter),
                              CASE WHEN after_time IS NULL THEN '' ELSE 'WHERE (m."createdAt", m.id) < ($4, $5)' END, ordering)
    USING child, filter, nido.memory_ids(filter), after_time, after_id, page;
END
$$;
GRANT EXECUTE ON FUNCTION nido.memories(NAME, UUID, JSONB, TEXT, TIMESTAMP, UUID, INTEGER) TO PUBLIC;

-- How many of the child's memories a filter keeps. A search or ids test a memory's words: a read.
CREATE FUNCTION nido.memory_count(caller NAME, child UUID, filter JSONB) RETURNS BIGINT
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  counted BIGINT;
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'public.memory_contexts', 'SELECT');
  IF filter ? 'search' OR filter ? 'ids' THEN
    PERFORM nido.record_read(caller, child, '{"memories": "all"}');
  END IF;
  EXECUTE format('SELECT count(*) FROM (%s) m', nido.memory_rows_sql(filter)) INTO counted USING child, filter, nido.memory_ids(filter);
  RETURN counted;
END
$$;
GRANT EXECUTE ON FUNCTION nido.memory_count(NAME, UUID, JSONB) TO PUBLIC;

-- The child's memories a filter keeps, counted by type, category, agent and place, with their
-- total importance and the newest: what the statistics, the agents and the retention page show,
-- never the words.
CREATE FUNCTION nido.memory_tally(caller NAME, child UUID, filter JSONB)
RETURNS TABLE ("memoryType" TEXT, category TEXT, "agentId" UUID, archived BOOLEAN, memories BIGINT, importance DOUBLE PRECISION,
               "newestAt" TIMESTAMP)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'public.memory_contexts', 'SELECT');
  IF filter ? 'search' OR filter ? 'ids' THEN
    PERFORM nido.record_read(caller, child, '{"memories": "all"}');
  END IF;
  RETURN QUERY EXECUTE format('SELECT m."memoryType", m.category, m."agentId", m.archived, count(*), sum(m.importance), max(m."createdAt") '
                              'FROM (%s) m GROUP BY 1, 2, 3, 4', nido.memory_rows_sql(filter))
    USING child, filter, nido.memory_ids(filter);
END
$$;
GRANT EXECUTE ON FUNCTION nido.memory_tally(NAME, UUID, JSONB) TO PUBLIC;

-- How many live memories each of the child's sessions made (the sessions list's page).
CREATE FUNCTION nido.session_memory_counts(caller NAME, child UUID, sessions UUID[]) RETURNS TABLE ("sessionId" UUID, memories BIGINT)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'public.memory_contexts', 'SELECT');
  RETURN QUERY SELECT s, (SELECT count(*) FROM public.memory_contexts mc WHERE mc."userId" = child AND mc."sessionId" = s)
    FROM unnest(sessions) s WHERE nido.is_session_of(child, s);
END
$$;
GRANT EXECUTE ON FUNCTION nido.session_memory_counts(NAME, UUID, UUID[]) TO PUBLIC;

-- The new memories since a moment of every child the caller may see (the desktop notices' poll):
-- a caregiver's children one by one, by each child's key, each read recorded.
CREATE FUNCTION nido.memories_since(caller NAME, since TIMESTAMP) RETURNS SETOF nido.memory
LANGUAGE plpgsql VOLATILE STRICT SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  child UUID;
  -- One statement for every child: built once, not per child.
  newer CONSTANT TEXT := nido.memory_rows_sql(jsonb_build_object('archived', false, 'newerThan', since));
BEGIN
  PERFORM nido.check_caller(caller);
  IF nido.is_caregiver(caller) THEN
    FOR child IN SELECT l."userId" FROM nido.caregiver_children l WHERE l.role = caller LOOP
      RETURN QUERY EXECUTE newer USING child, jsonb_build_object('newerThan', since);
      IF FOUND THEN
        PERFORM nido.record_read(caller, child, '{"memories": "all"}');
      END IF;
    END LOOP;
  ELSIF has_table_privilege(caller, 'public.memory_contexts', 'SELECT') THEN
    RETURN QUERY EXECUTE nido.memory_rows_sql(jsonb_build_object('archived', false, 'newerThan', since), 'true')
      USING NULL::uuid, jsonb_build_object('newerThan', since);
  END IF;
END
$$;
GRANT EXECUTE ON FUNCTION nido.memories_since(NAME, TIMESTAMP) TO PUBLIC;

-- The attention inbox: the child's live memories this caller has not read as they are now, each
-- with its review band (0: a sensitive category, 1: the AI unsure, 2: the rest).
CREATE FUNCTION nido.unreviewed_memories(caller NAME, child UUID)
RETURNS TABLE (id UUID, "sessionId" UUID, "agentId" UUID, "memoryType" TEXT, category TEXT, content TEXT, summary TEXT,
               metadata JSONB, importance DOUBLE PRECISION, "createdAt" TIMESTAMP, "updatedAt" TIMESTAMP, band INTEGER)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'public.memory_contexts', 'SELECT');
  PERFORM nido.record_read(caller, child, '{"memories": "all"}');
  RETURN QUERY
  SELECT mc.id, mc."sessionId", mc."agentId", mc."memoryType"::text, mc.category::text, mc.content, mc.summary, mc.metadata::jsonb,
         mc.importance::float8, mc."createdAt", mc."updatedAt",
         nido.review_band_of(sc.sensitive, mc.category::text, mc.metadata::jsonb)
  FROM public.memory_contexts mc
  LEFT JOIN nido.sensitive_categories sc ON sc."userId" = child AND sc.category = mc.category::text
  WHERE mc."userId" = child
    AND NOT EXISTS (SELECT 1 FROM nido.memory_reviews r
                    WHERE r.reviewer = caller AND r."memoryId" = mc.id AND r."seenUpdatedAt" IS NOT DISTINCT FROM mc."updatedAt");
END
$$;
GRANT EXECUTE ON FUNCTION nido.unreviewed_memories(NAME, UUID) TO PUBLIC;
DROP VIEW nido.unreviewed_memories;

-- A live memory of the child's, locked for an edit.
CREATE FUNCTION nido.lock_memory(caller NAME, child UUID, memory UUID) RETURNS SETOF nido.memory
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'edit', 'public.memory_contexts', 'UPDATE');
  PERFORM nido.record_read(caller, child, '{"memories": "all"}');
  RETURN QUERY EXECUTE nido.memory_rows_sql('{"archived": false, "ids": []}') || ' FOR UPDATE'
    USING child, NULL::jsonb, ARRAY[memory::text];
END
$$;
GRANT EXECUTE ON FUNCTION nido.lock_memory(NAME, UUID, UUID) TO PUBLIC;

-- A caregiver's corrections of a live memory (FormWriter's edit list): the columns the memory
-- editor changes, within the bounds the row policy held; audited by the table's trigger.
CREATE FUNCTION nido.edit_memory(caller NAME, child UUID, memory UUID, edits JSONB) RETURNS INTEGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  agent UUID;
BEGIN
  PERFORM nido.require_may(caller, child, 'edit', 'public.memory_contexts', 'UPDATE');
  IF NOT EXISTS (SELECT 1 FROM public.memory_contexts mc WHERE mc."userId" = child AND mc.id::text = memory::text) THEN
    RETURN 0;
  END IF;
  -- Before the row is written: a text over the bound is refused, not stored and then rolled back;
  -- an agent the caller cannot see is refused alike whether it is another family's or none at all
  -- (the foreign key would have told them apart).
  IF jsonb_typeof(edits) = 'array' THEN
    PERFORM nido.within_bound(CASE e->>'column' WHEN 'content' THEN 'a memory''s text, in characters,'
                                                ELSE 'a memory''s summary, in characters,' END, char_length(e->>'value'), 50000)
    FROM jsonb_array_elements(edits) e WHERE e->>'column' IN ('content', 'summary');
    FOR agent IN SELECT nido.as_uuid(e->>'value') FROM jsonb_array_elements(edits) e
                 WHERE e->>'column' = 'agentId' AND jsonb_typeof(e->'value') IS DISTINCT FROM 'null' LOOP
      IF agent IS NULL OR NOT nido.agent_visible(caller, agent) THEN
        RAISE EXCEPTION 'no agent % may see has this id', caller USING ERRCODE = 'insufficient_privilege';
      END IF;
    END LOOP;
  END IF;
  RETURN nido.apply_edits('public.memory_contexts', 'id', memory,
                          ARRAY['content', 'summary', 'importance', 'category', 'memoryType', 'agentId', 'expiresAt'], '{}', edits, false);
END
$$;
GRANT EXECUTE ON FUNCTION nido.edit_memory(NAME, UUID, UUID, JSONB) TO PUBLIC;

-- A table of the child's memory data, every column of it, for the child's export: the live
-- memories, the archive's, or their access log, named by a value of its row type.
CREATE FUNCTION nido.child_memory_rows(caller NAME, child UUID, layout ANYELEMENT) RETURNS SETOF ANYELEMENT
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  archive regclass := nido.memory_archive();
  wanted regclass := (SELECT c.oid FROM pg_class c WHERE c.reltype = pg_typeof(layout)::oid);
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'public.memory_contexts', 'SELECT');
  PERFORM nido.record_read(caller, child, '{"memories": "all"}');
  -- An archive the backend made since the last migrate keeps statistics (the reason the screens
  -- leave it out until then); an export that left it out would miss memories, so it says so.
  IF wanted = archive AND archive IN (SELECT nido.memory_layout_unadopted()) THEN
    RAISE EXCEPTION 'the archive % is not yet adopted: the database''s owner runs nido migrate first', archive
      USING ERRCODE = 'object_not_in_prerequisite_state';
  END IF;
  IF wanted = 'public.memory_contexts'::regclass OR wanted = archive THEN
    RETURN QUERY EXECUTE format('SELECT t.* FROM %s t WHERE t."userId" = $1', wanted) USING child;
  ELSIF wanted = to_regclass('public.memory_access_log') THEN
    RETURN QUERY EXECUTE format('SELECT t.* FROM (%s) m CROSS JOIN LATERAL (SELECT l.* FROM %s l WHERE l."memoryId" = m.id OFFSET 0) t',
                                nido.memory_rows_sql(NULL), wanted)
      USING child, NULL::jsonb;
  ELSE
    RAISE EXCEPTION 'the child''s memory rows are memory_contexts'', the archive''s or the access log''s'
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
END
$$;
GRANT EXECUTE ON FUNCTION nido.child_memory_rows(NAME, UUID, ANYELEMENT) TO PUBLIC;

-- Opening a memory, as migration 15 recorded it, with the memory found by the child's key.
CREATE OR REPLACE FUNCTION nido.record_memory_view(caller NAME, child UUID, memory UUID) RETURNS VOID
LANGUAGE plpgsql STRICT SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  archived BOOLEAN;
BEGIN
  PERFORM nido.check_caller(caller);
  IF NOT nido.caller_may(caller, child, 'view', 'public.memory_contexts', 'SELECT') THEN
    RAISE EXCEPTION 'no memory of this child that % may see has this id', caller USING ERRCODE = 'insufficient_privilege';
  END IF;
  EXECUTE 'SELECT m.archived FROM (' || nido.memory_rows_sql('{"ids": []}') || ') m LIMIT 1'
    INTO archived USING child, NULL::jsonb, ARRAY[memory::text];
  IF archived IS NULL THEN
    RAISE EXCEPTION 'no memory of this child that % may see has this id', caller USING ERRCODE = 'insufficient_privilege';
  END IF;
  -- The access log belongs to memory_contexts: an archived memory's view is in the audit only.
  IF NOT archived AND to_regclass('public.memory_access_log') IS NOT NULL THEN
    INSERT INTO public.memory_access_log ("memoryId", "accessedAt", "accessType", metadata)
    VALUES (memory, now() AT TIME ZONE 'UTC', 'caregiver_view', '{"by": "caregiver"}');
  END IF;
  INSERT INTO nido.caregiver_audit (role, action, "userId", "memoryId") VALUES (caller, 'view', child, memory);
END
$$;

-- The view of the child's memories is the functions' now: caregivers no longer read it, nor the
-- archive it joins.
CREATE OR REPLACE FUNCTION nido.define_child_memories() RETURNS VOID
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
  IF archive IS NOT NULL THEN
    EXECUTE format('REVOKE SELECT ON %s FROM nido_caregiver', archive);
  END IF;
END
$$;
SELECT nido.define_child_memories();

-- The functions above are the caregivers' only way to the memories.
REVOKE SELECT, UPDATE ON public.memory_contexts FROM nido_caregiver;
REVOKE UPDATE (content, summary, importance, category, "memoryType", "agentId", "expiresAt") ON public.memory_contexts FROM nido_caregiver;
DO $$
BEGIN
  IF to_regclass('public.memory_access_log') IS NOT NULL THEN
    REVOKE SELECT ON public.memory_access_log FROM nido_caregiver;
  END IF;
END
$$;

SELECT nido.plan_by_keys();
