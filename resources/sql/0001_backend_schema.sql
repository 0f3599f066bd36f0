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

-- The document's recommended extras (the updatedAt trigger, memory_access_log, the two views) are
-- in backend_extras.sql: applied right after this, and on a backend's database that lacks them.
