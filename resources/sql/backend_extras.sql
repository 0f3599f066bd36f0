-- The schema document's recommended extras, exactly as it defines them: the "updatedAt" trigger of
-- memory_contexts, memory_access_log and the two views. Each is created only where it is missing, so
-- this runs after 0001 on an empty database and on a backend's database that never added them.

DO $$
BEGIN
  IF to_regprocedure('update_updated_at_column()') IS NULL THEN
    EXECUTE $extra$
CREATE OR REPLACE FUNCTION update_updated_at_column()
RETURNS TRIGGER AS $body$
BEGIN
   NEW."updatedAt" = NOW();
   RETURN NEW;
END;
$body$ language 'plpgsql'
$extra$;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = 'memory_contexts'::regclass
                 AND tgname = 'update_memory_contexts_updated_at') THEN
    EXECUTE $extra$
CREATE TRIGGER update_memory_contexts_updated_at
BEFORE UPDATE ON memory_contexts
FOR EACH ROW
EXECUTE FUNCTION update_updated_at_column()
$extra$;
  END IF;
  -- A partitioned memory_contexts (the document's own advice) has no unique key on id alone, so the
  -- document's foreign key cannot exist there: the log is made without it, and the deletion trigger
  -- of migration 14 removes a deleted memory's log rows instead of the cascade.
  IF to_regclass('memory_access_log') IS NULL
     AND (SELECT relkind FROM pg_class WHERE oid = 'memory_contexts'::regclass) = 'p' THEN
    EXECUTE $extra$
CREATE TABLE memory_access_log (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  "memoryId" UUID NOT NULL,
  "accessedAt" TIMESTAMP DEFAULT NOW(),
  "accessType" VARCHAR(50),
  metadata JSONB
)
$extra$;
    RAISE NOTICE 'memory_contexts is partitioned: memory_access_log has no foreign key to it, and Nido removes a deleted memory''s log rows itself';
  END IF;
  IF to_regclass('memory_access_log') IS NULL THEN
    EXECUTE $extra$
CREATE TABLE memory_access_log (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  "memoryId" UUID NOT NULL REFERENCES memory_contexts(id) ON DELETE CASCADE,
  "accessedAt" TIMESTAMP DEFAULT NOW(),
  "accessType" VARCHAR(50),
  metadata JSONB
)
$extra$;
  END IF;
END
$$;

CREATE INDEX IF NOT EXISTS "IDX_memory_access_log_memoryId" ON memory_access_log ("memoryId");
CREATE INDEX IF NOT EXISTS "IDX_memory_access_log_accessedAt" ON memory_access_log ("accessedAt");

DO $$
BEGIN
  IF to_regclass('v_memory_contexts_enriched') IS NULL THEN
    EXECUTE $extra$
CREATE VIEW v_memory_contexts_enriched AS
SELECT
  mc.*,
  u."firstName" as user_name,
  u.email as user_email,
  a.name as agent_name,
  vs."startedAt" as session_start,
  DATE_PART('day', NOW() - mc."createdAt") as age_days,
  CASE
    WHEN mc."expiresAt" IS NOT NULL AND mc."expiresAt" < NOW() THEN 'EXPIRED'
    WHEN mc.importance < 0.3 THEN 'LOW'
    WHEN mc.importance < 0.7 THEN 'MEDIUM'
    ELSE 'HIGH'
  END as importance_level
FROM memory_contexts mc
LEFT JOIN users u ON u.id = mc."userId"
LEFT JOIN agents a ON a.id = mc."agentId"
LEFT JOIN voice_sessions vs ON vs.id = mc."sessionId"
$extra$;
  END IF;
  IF to_regclass('v_voice_sessions_stats') IS NULL THEN
    EXECUTE $extra$
CREATE VIEW v_voice_sessions_stats AS
SELECT
  vs.*,
  COUNT(DISTINCT ac.id) as conversation_count,
  COUNT(DISTINCT mc.id) as memory_count,
  MAX(ac."createdAt") as last_message_at,
  a.name as agent_name
FROM voice_sessions vs
LEFT JOIN ai_conversations ac ON ac."sessionId" = vs.id
LEFT JOIN memory_contexts mc ON mc."sessionId" = vs.id
LEFT JOIN agents a ON a.id = (vs.metadata->>'agentId')::uuid
GROUP BY vs.id, a.name
$extra$;
  END IF;
END
$$;
