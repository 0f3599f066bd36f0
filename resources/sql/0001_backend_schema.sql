-- The voice backend's schema, as the seed (000_6291c073d3fd4bac.txt) describes it.
-- Applied only to an empty database; on a backend's database it is checked, never run.

CREATE TYPE voice_sessions_status_enum AS ENUM ('active', 'ended', 'paused');
CREATE TYPE memory_contexts_memorytype_enum AS ENUM ('episodic', 'semantic', 'procedural');
CREATE TYPE memory_contexts_category_enum AS ENUM (
  'conversation', 'interest', 'emotion', 'achievement', 'routine',
  'preference', 'learning', 'family', 'other'
);

CREATE TABLE users (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  email VARCHAR(255),
  "firstName" VARCHAR(100) NOT NULL,
  "lastName" VARCHAR(100),
  "createdAt" TIMESTAMP NOT NULL DEFAULT NOW(),
  "updatedAt" TIMESTAMP NOT NULL DEFAULT NOW()
);

CREATE TABLE user_profiles (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  "userId" UUID NOT NULL UNIQUE REFERENCES users(id) ON DELETE CASCADE,
  age INTEGER,
  preferences JSONB NOT NULL DEFAULT '{}',
  routines JSONB NOT NULL DEFAULT '{}',
  "familyContext" JSONB NOT NULL DEFAULT '{}',
  "developmentMilestones" JSONB NOT NULL DEFAULT '{}',
  "createdAt" TIMESTAMP NOT NULL DEFAULT NOW(),
  "updatedAt" TIMESTAMP NOT NULL DEFAULT NOW()
);

CREATE TABLE agents (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  name VARCHAR(100) NOT NULL,
  description TEXT,
  persona JSONB NOT NULL DEFAULT '{}',
  "voiceSettings" JSONB NOT NULL DEFAULT '{}',
  "ownerUserId" UUID,
  "isPublic" BOOLEAN NOT NULL DEFAULT FALSE,
  "createdAt" TIMESTAMP NOT NULL DEFAULT NOW(),
  "updatedAt" TIMESTAMP NOT NULL DEFAULT NOW()
);

CREATE TABLE voice_sessions (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  "userId" UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  "sessionToken" VARCHAR(255) NOT NULL,
  "roomName" VARCHAR(255),
  status voice_sessions_status_enum NOT NULL DEFAULT 'active',
  language VARCHAR(10) NOT NULL DEFAULT 'es',
  metadata JSONB NOT NULL DEFAULT '{}',
  "startedAt" TIMESTAMP NOT NULL DEFAULT NOW(),
  "endedAt" TIMESTAMP,
  "durationSeconds" INTEGER NOT NULL DEFAULT 0,
  "messageCount" INTEGER NOT NULL DEFAULT 0,
  "totalTokensUsed" INTEGER NOT NULL DEFAULT 0,
  "totalCost" NUMERIC(10, 6) NOT NULL DEFAULT 0
);

CREATE TABLE ai_conversations (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  "sessionId" UUID NOT NULL REFERENCES voice_sessions(id) ON DELETE CASCADE,
  "userId" UUID NOT NULL,
  "messageType" VARCHAR(20) NOT NULL,
  content TEXT NOT NULL,
  "audioUrl" VARCHAR(500),
  "tokensUsed" INTEGER NOT NULL DEFAULT 0,
  cost NUMERIC(10, 6) NOT NULL DEFAULT 0,
  metadata JSONB NOT NULL DEFAULT '{}',
  "createdAt" TIMESTAMP NOT NULL DEFAULT NOW()
);

CREATE TABLE session_heartbeats (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  "sessionId" UUID NOT NULL REFERENCES voice_sessions(id) ON DELETE CASCADE,
  status VARCHAR(20) NOT NULL DEFAULT 'ok',
  metrics JSONB NOT NULL DEFAULT '{}',
  "deviceId" VARCHAR(100),
  "errorMessage" TEXT,
  timestamp TIMESTAMP NOT NULL DEFAULT NOW()
);

CREATE TABLE memory_contexts (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  "userId" UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  "sessionId" UUID REFERENCES voice_sessions(id) ON DELETE SET NULL,
  "agentId" UUID REFERENCES agents(id) ON DELETE SET NULL,
  "memoryType" memory_contexts_memorytype_enum NOT NULL,
  category memory_contexts_category_enum NOT NULL DEFAULT 'other',
  content TEXT NOT NULL,
  summary TEXT,
  metadata JSONB NOT NULL DEFAULT '{}',
  "chromaCollectionId" VARCHAR(255),
  "chromaCollectionName" VARCHAR(255),
  importance DOUBLE PRECISION NOT NULL DEFAULT 0.5
    CONSTRAINT "CHK_memory_contexts_importance" CHECK (importance >= 0 AND importance <= 1),
  "accessCount" INTEGER NOT NULL DEFAULT 0,
  "lastAccessedAt" TIMESTAMP,
  "createdAt" TIMESTAMP NOT NULL DEFAULT NOW(),
  "updatedAt" TIMESTAMP NOT NULL DEFAULT NOW(),
  "expiresAt" TIMESTAMP
);

CREATE INDEX "IDX_memory_contexts_userId_memoryType"
  ON memory_contexts ("userId", "memoryType");
CREATE INDEX "IDX_memory_contexts_userId_agentId_memoryType"
  ON memory_contexts ("userId", "agentId", "memoryType");
CREATE INDEX "IDX_memory_contexts_sessionId" ON memory_contexts ("sessionId");
CREATE INDEX "IDX_memory_contexts_agentId" ON memory_contexts ("agentId");
CREATE INDEX "IDX_memory_contexts_importance" ON memory_contexts (importance);
CREATE INDEX "IDX_memory_contexts_createdAt" ON memory_contexts ("createdAt");

CREATE INDEX "IDX_voice_sessions_userId" ON voice_sessions ("userId");
CREATE INDEX "IDX_voice_sessions_status" ON voice_sessions (status);

CREATE INDEX "IDX_ai_conversations_userId" ON ai_conversations ("userId");
CREATE INDEX "IDX_ai_conversations_sessionId" ON ai_conversations ("sessionId");

CREATE INDEX "IDX_session_heartbeats_sessionId_timestamp"
  ON session_heartbeats ("sessionId", timestamp);
CREATE INDEX "IDX_session_heartbeats_status" ON session_heartbeats (status);

CREATE OR REPLACE FUNCTION update_updated_at_column()
RETURNS TRIGGER AS $$
BEGIN
   NEW."updatedAt" = NOW();
   RETURN NEW;
END;
$$ language 'plpgsql';

CREATE TRIGGER update_memory_contexts_updated_at
BEFORE UPDATE ON memory_contexts
FOR EACH ROW
EXECUTE FUNCTION update_updated_at_column();

CREATE TABLE memory_access_log (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  "memoryId" UUID NOT NULL REFERENCES memory_contexts(id) ON DELETE CASCADE,
  "accessedAt" TIMESTAMP DEFAULT NOW(),
  "accessType" VARCHAR(50),
  metadata JSONB
);

CREATE INDEX "IDX_memory_access_log_memoryId" ON memory_access_log ("memoryId");
CREATE INDEX "IDX_memory_access_log_accessedAt" ON memory_access_log ("accessedAt");

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
LEFT JOIN voice_sessions vs ON vs.id = mc."sessionId";

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
GROUP BY vs.id, a.name;
