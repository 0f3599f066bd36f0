-- Full-text search over a child's memories and the outbox of deletions for the vector store.
-- Additive only: a function and tables in Nido's schema, an index on the backend's table.

-- btree_gin lets one GIN index hold "userId" beside the text, so a search stays inside one child.
-- It is a trusted extension: a database owner may install it without being superuser.
CREATE EXTENSION IF NOT EXISTS btree_gin SCHEMA nido;

-- Each memory is stemmed in its own language (metadata.language), or in both Spanish and English
-- when it does not say; tags, topics and entities count too. Searches parse the words typed in
-- both languages, so either finds it.
CREATE FUNCTION nido.memory_search_document(content TEXT, summary TEXT, metadata JSONB)
RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE metadata->>'language'
  WHEN 'es' THEN to_tsvector('pg_catalog.spanish'::regconfig,
                             concat_ws(' ', content, summary, metadata->'tags', metadata->'topics', metadata->'entities'))
  WHEN 'en' THEN to_tsvector('pg_catalog.english'::regconfig,
                             concat_ws(' ', content, summary, metadata->'tags', metadata->'topics', metadata->'entities'))
  ELSE to_tsvector('pg_catalog.spanish'::regconfig,
                   concat_ws(' ', content, summary, metadata->'tags', metadata->'topics', metadata->'entities'))
    || to_tsvector('pg_catalog.english'::regconfig,
                   concat_ws(' ', content, summary, metadata->'tags', metadata->'topics', metadata->'entities'))
END;

CREATE INDEX "IDX_nido_memory_contexts_userId_search"
  ON memory_contexts USING gin ("userId", nido.memory_search_document(content, summary, metadata));

-- Deleted memories still live in the vector store under their Chroma collection: the backend purges
-- them from this list and marks them done.
CREATE TABLE nido.memory_deletion_outbox (
  id BIGSERIAL PRIMARY KEY,
  "memoryId" UUID NOT NULL,
  "userId" UUID NOT NULL,
  "chromaCollectionId" VARCHAR(255),
  "chromaCollectionName" VARCHAR(255),
  "requestedAt" TIMESTAMP NOT NULL DEFAULT (NOW() AT TIME ZONE 'UTC'),
  "purgedAt" TIMESTAMP
);

CREATE INDEX "IDX_nido_memory_deletion_outbox_pending"
  ON nido.memory_deletion_outbox ("userId", "requestedAt") WHERE "purgedAt" IS NULL;
