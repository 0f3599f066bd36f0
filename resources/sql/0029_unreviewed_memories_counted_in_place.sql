-- The attention summary and the review inbox count a child's unread memories. Through
-- nido.unreviewed_memories every one of them was first copied whole (text, metadata) into the
-- function's result: for a child with 20,000 unread memories, 88 ms of the summary's 107, most of
-- it writing that result to disk and reading it back. The rule of what is unread is now a plain
-- SQL function, folded into each query that reads it, so that a count reads only what it counts.
-- Only Nido's own functions run it: they check the caller first.
CREATE FUNCTION nido.unreviewed_of(caller NAME, child UUID)
RETURNS TABLE (id UUID, "sessionId" UUID, "agentId" UUID, "memoryType" TEXT, category TEXT, content TEXT, summary TEXT,
               metadata JSONB, importance DOUBLE PRECISION, "createdAt" TIMESTAMP, "updatedAt" TIMESTAMP, band INTEGER)
LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT mc.id, mc."sessionId", mc."agentId", mc."memoryType"::text, mc.category::text, mc.content, mc.summary, mc.metadata::jsonb,
         mc.importance::float8, mc."createdAt", mc."updatedAt",
         nido.review_band_of(sc.sensitive, mc.category::text, mc.metadata::jsonb)
  FROM public.memory_contexts mc
  LEFT JOIN nido.sensitive_categories sc ON sc."userId" = child AND sc.category = mc.category::text
  WHERE mc."userId" = child
    AND NOT EXISTS (SELECT 1 FROM nido.memory_reviews r
                    WHERE r.reviewer = caller AND r."memoryId" = mc.id AND r."seenUpdatedAt" IS NOT DISTINCT FROM mc."updatedAt");
END;
REVOKE ALL ON FUNCTION nido.unreviewed_of(NAME, UUID) FROM PUBLIC;

CREATE OR REPLACE FUNCTION nido.unreviewed_memories(caller NAME, child UUID)
RETURNS TABLE (id UUID, "sessionId" UUID, "agentId" UUID, "memoryType" TEXT, category TEXT, content TEXT, summary TEXT,
               metadata JSONB, importance DOUBLE PRECISION, "createdAt" TIMESTAMP, "updatedAt" TIMESTAMP, band INTEGER)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'public.memory_contexts', 'SELECT');
  PERFORM nido.record_read(caller, child, '{"memories": "all"}');
  RETURN QUERY SELECT u.* FROM nido.unreviewed_of(caller, child) u;
END
$$;

-- How many of the child's memories this caller has not read: all, in a sensitive category (band
-- 0), and those the AI was unsure of (band 1). A count tells what the memories' list tells: the
-- read is checked and recorded the same.
CREATE FUNCTION nido.unreviewed_counts(caller NAME, child UUID, OUT total BIGINT, OUT sensitive BIGINT, OUT unsure BIGINT)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'public.memory_contexts', 'SELECT');
  PERFORM nido.record_read(caller, child, '{"memories": "all"}');
  SELECT COUNT(*), COUNT(*) FILTER (WHERE u.band = 0), COUNT(*) FILTER (WHERE u.band = 1)
    INTO total, sensitive, unsure
    FROM nido.unreviewed_of(caller, child) u;
END
$$;
GRANT EXECUTE ON FUNCTION nido.unreviewed_counts(NAME, UUID) TO PUBLIC;

SELECT nido.plan_by_keys();
