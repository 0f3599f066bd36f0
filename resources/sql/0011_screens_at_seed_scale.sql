-- Indexes for the screens at the seed's size (1,000 children, a heavy child of 20,000 memories and
-- a session of 50,000 heartbeats). Each serves one question a page asks of one child.

-- A device's problems (errors and warnings), few among many heartbeats: the overview's weekly
-- counts and the alerts lists read only these.
CREATE INDEX IF NOT EXISTS "IDX_nido_session_heartbeats_problems"
  ON session_heartbeats ("sessionId", timestamp DESC, id DESC) WHERE status <> 'ok' OR "errorMessage" IS NOT NULL;

-- The child's ten memories that weigh most (importance, then use): ten index entries, not a sort.
CREATE INDEX IF NOT EXISTS "IDX_nido_memory_contexts_userId_weight"
  ON memory_contexts ("userId", importance DESC, "accessCount" DESC, id);
