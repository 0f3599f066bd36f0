-- Nido's own additions. Additive only: new objects beside the backend's, never an ALTER or DROP of one.

-- The overview and the timeline read one child's rows by time; the seed's single-column
-- "userId" indexes would make PostgreSQL sort every session or memory of the child.
CREATE INDEX IF NOT EXISTS "IDX_nido_voice_sessions_userId_startedAt"
  ON voice_sessions ("userId", "startedAt" DESC, id DESC);
CREATE INDEX IF NOT EXISTS "IDX_nido_memory_contexts_userId_createdAt"
  ON memory_contexts ("userId", "createdAt" DESC, id DESC);
