-- Caregiver accounts: each family reaches its own children only, enforced by PostgreSQL.
--
-- A caregiver is a login role that is a member of nido_caregiver and is linked to children with a
-- permission (view < edit < manage; manage also deletes and exports). Row-level security on every
-- table holding a child's data lets such a role see and change the rows of its children and
-- nothing else. Every other role (the voice backend's, an administrator's) keeps seeing what it saw
-- before through a policy that applies only to non-caregivers. Enabling row-level security and
-- making the seed's views security_invoker are the only changes to backend objects, asked for so
-- that the views cannot leak around the policies; neither changes what a non-caregiver sees.

-- Roles belong to the whole cluster: another database's migration may be creating it right now.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'nido_caregiver') THEN
    CREATE ROLE nido_caregiver NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END
$$;

CREATE TYPE nido.permission AS ENUM ('view', 'edit', 'manage');

CREATE TABLE nido.caregivers (
  role NAME PRIMARY KEY,
  "displayName" TEXT NOT NULL,
  "createdAt" TIMESTAMP NOT NULL DEFAULT (NOW() AT TIME ZONE 'UTC')
);

CREATE TABLE nido.caregiver_children (
  role NAME NOT NULL REFERENCES nido.caregivers (role) ON DELETE CASCADE,
  "userId" UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  permission nido.permission NOT NULL,
  PRIMARY KEY (role, "userId")
);
CREATE INDEX "IDX_nido_caregiver_children_userId" ON nido.caregiver_children ("userId");

-- Append-only, without foreign keys, so that it outlives what it records.
CREATE TABLE nido.caregiver_audit (
  id BIGSERIAL PRIMARY KEY,
  "at" TIMESTAMP NOT NULL DEFAULT (NOW() AT TIME ZONE 'UTC'),
  role NAME NOT NULL DEFAULT current_user,
  action VARCHAR(20) NOT NULL CHECK (action IN ('view', 'edit', 'delete', 'export')),
  "userId" UUID NOT NULL,
  "memoryId" UUID,
  details JSONB NOT NULL DEFAULT '{}'
);
CREATE INDEX "IDX_nido_caregiver_audit_userId_at" ON nido.caregiver_audit ("userId", "at" DESC);

CREATE FUNCTION nido.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'nido.caregiver_audit is append-only';
END
$$;
CREATE TRIGGER nido_audit_append_only BEFORE UPDATE OR DELETE ON nido.caregiver_audit
  FOR EACH ROW EXECUTE FUNCTION nido.refuse_audit_change();
CREATE TRIGGER nido_audit_no_truncate BEFORE TRUNCATE ON nido.caregiver_audit
  FOR EACH STATEMENT EXECUTE FUNCTION nido.refuse_audit_change();

-- Whether the connected caregiver may act on a child with at least the given permission.
-- Runs as the caller: caregivers read only their own link rows (policy below).
CREATE FUNCTION nido.may(child UUID, needed nido.permission) RETURNS BOOLEAN
LANGUAGE sql STABLE PARALLEL SAFE
RETURN EXISTS (SELECT 1 FROM nido.caregiver_children l
               WHERE l.role = current_user AND l."userId" = child AND l.permission >= needed);

CREATE FUNCTION nido.may_session(session UUID, needed nido.permission) RETURNS BOOLEAN
LANGUAGE sql STABLE PARALLEL SAFE
RETURN EXISTS (SELECT 1 FROM voice_sessions vs WHERE vs.id = session AND nido.may(vs."userId", needed));

CREATE FUNCTION nido.may_memory(memory UUID, needed nido.permission) RETURNS BOOLEAN
LANGUAGE sql STABLE PARALLEL SAFE
RETURN EXISTS (SELECT 1 FROM memory_contexts mc WHERE mc.id = memory AND nido.may(mc."userId", needed));

GRANT USAGE ON SCHEMA public, nido TO nido_caregiver;
GRANT SELECT ON users, user_profiles, agents, voice_sessions, ai_conversations, session_heartbeats,
  memory_contexts, memory_access_log, v_memory_contexts_enriched, v_voice_sessions_stats TO nido_caregiver;
GRANT UPDATE ON users, user_profiles, agents, memory_contexts TO nido_caregiver;
GRANT DELETE ON memory_contexts, agents TO nido_caregiver;
GRANT INSERT ON agents, memory_access_log TO nido_caregiver;
GRANT SELECT ON nido.caregivers, nido.caregiver_children, nido.schema_migrations TO nido_caregiver;
GRANT SELECT, INSERT ON nido.memory_deletion_outbox, nido.caregiver_audit TO nido_caregiver;
GRANT USAGE ON SEQUENCE nido.memory_deletion_outbox_id_seq, nido.caregiver_audit_id_seq TO nido_caregiver;

ALTER VIEW v_memory_contexts_enriched SET (security_invoker = true);
ALTER VIEW v_voice_sessions_stats SET (security_invoker = true);

-- Everyone who is not a caregiver: as before.
CREATE FUNCTION nido.not_caregiver() RETURNS BOOLEAN
LANGUAGE sql STABLE PARALLEL SAFE
RETURN NOT pg_has_role(current_user, 'nido_caregiver', 'MEMBER');

ALTER TABLE nido.caregivers ENABLE ROW LEVEL SECURITY;
CREATE POLICY nido_others ON nido.caregivers USING (nido.not_caregiver()) WITH CHECK (nido.not_caregiver());
CREATE POLICY nido_self ON nido.caregivers FOR SELECT TO nido_caregiver USING (role = current_user);

ALTER TABLE nido.caregiver_children ENABLE ROW LEVEL SECURITY;
CREATE POLICY nido_others ON nido.caregiver_children USING (nido.not_caregiver()) WITH CHECK (nido.not_caregiver());
CREATE POLICY nido_self ON nido.caregiver_children FOR SELECT TO nido_caregiver USING (role = current_user);

-- Tables keyed by "userId": view to read, edit to change, manage to delete.
DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['user_profiles', 'voice_sessions', 'ai_conversations', 'memory_contexts'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY nido_others ON %I USING (nido.not_caregiver()) WITH CHECK (nido.not_caregiver())', t);
    EXECUTE format('CREATE POLICY nido_view ON %I FOR SELECT TO nido_caregiver USING (nido.may("userId", ''view''))', t);
    EXECUTE format('CREATE POLICY nido_edit ON %I FOR UPDATE TO nido_caregiver USING (nido.may("userId", ''edit'')) '
                   'WITH CHECK (nido.may("userId", ''edit''))', t);
    EXECUTE format('CREATE POLICY nido_manage ON %I FOR DELETE TO nido_caregiver USING (nido.may("userId", ''manage''))', t);
  END LOOP;
END
$$;

ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY nido_others ON users USING (nido.not_caregiver()) WITH CHECK (nido.not_caregiver());
CREATE POLICY nido_view ON users FOR SELECT TO nido_caregiver USING (nido.may(id, 'view'));
CREATE POLICY nido_edit ON users FOR UPDATE TO nido_caregiver USING (nido.may(id, 'edit')) WITH CHECK (nido.may(id, 'edit'));

ALTER TABLE session_heartbeats ENABLE ROW LEVEL SECURITY;
CREATE POLICY nido_others ON session_heartbeats USING (nido.not_caregiver()) WITH CHECK (nido.not_caregiver());
CREATE POLICY nido_view ON session_heartbeats FOR SELECT TO nido_caregiver USING (nido.may_session("sessionId", 'view'));

ALTER TABLE memory_access_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY nido_others ON memory_access_log USING (nido.not_caregiver()) WITH CHECK (nido.not_caregiver());
CREATE POLICY nido_view ON memory_access_log FOR SELECT TO nido_caregiver USING (nido.may_memory("memoryId", 'view'));
CREATE POLICY nido_log ON memory_access_log FOR INSERT TO nido_caregiver WITH CHECK (nido.may_memory("memoryId", 'view'));

-- Agents: public ones and those a reachable child owns are readable; only owned ones change.
ALTER TABLE agents ENABLE ROW LEVEL SECURITY;
CREATE POLICY nido_others ON agents USING (nido.not_caregiver()) WITH CHECK (nido.not_caregiver());
CREATE POLICY nido_view ON agents FOR SELECT TO nido_caregiver USING ("isPublic" OR nido.may("ownerUserId", 'view'));
CREATE POLICY nido_create ON agents FOR INSERT TO nido_caregiver WITH CHECK (nido.may("ownerUserId", 'edit'));
CREATE POLICY nido_edit ON agents FOR UPDATE TO nido_caregiver USING (nido.may("ownerUserId", 'edit'))
  WITH CHECK (nido.may("ownerUserId", 'edit'));
CREATE POLICY nido_manage ON agents FOR DELETE TO nido_caregiver USING (nido.may("ownerUserId", 'manage'));

ALTER TABLE nido.memory_deletion_outbox ENABLE ROW LEVEL SECURITY;
CREATE POLICY nido_others ON nido.memory_deletion_outbox USING (nido.not_caregiver()) WITH CHECK (nido.not_caregiver());
CREATE POLICY nido_view ON nido.memory_deletion_outbox FOR SELECT TO nido_caregiver USING (nido.may("userId", 'view'));
CREATE POLICY nido_request ON nido.memory_deletion_outbox FOR INSERT TO nido_caregiver WITH CHECK (nido.may("userId", 'manage'));

ALTER TABLE nido.caregiver_audit ENABLE ROW LEVEL SECURITY;
CREATE POLICY nido_others ON nido.caregiver_audit USING (nido.not_caregiver()) WITH CHECK (nido.not_caregiver());
CREATE POLICY nido_view ON nido.caregiver_audit FOR SELECT TO nido_caregiver USING (nido.may("userId", 'view'));
CREATE POLICY nido_record ON nido.caregiver_audit FOR INSERT TO nido_caregiver
  WITH CHECK (role = current_user AND nido.may("userId", 'view'));
