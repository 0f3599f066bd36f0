-- What a caregiver with psql could still do to the backend and to the audit: take every connection
-- slot, fill the NOTIFY queue that the backend's inserts wrote to, record views, edits and exports
-- that did not happen or that name another family's rows, and write without bound.

-- Nothing Nido adds on the backend's insert path can fail because of a caregiver. A NOTIFY is queued
-- at commit, and a full queue (a listener pinning it in an open transaction while another caregiver
-- fills it, which PostgreSQL allows any role) made every heartbeat and message insert fail. Live
-- views now ask about the sessions they show, every 1.5 s.
DROP TRIGGER nido_notify_heartbeats ON session_heartbeats;
DROP TRIGGER nido_notify_messages ON ai_conversations;
DROP FUNCTION nido.notify_session_activity();

-- A caregiver is a role of this database's caregivers, or any other member of the caregivers' group
-- (the group belongs to the whole cluster: another database's caregiver reaches this one's tables
-- by the group's rights, and must be judged as a caregiver with no child, not by those rights).
-- Superusers are members of every role, and are none.
CREATE OR REPLACE FUNCTION nido.is_caregiver(who NAME) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
RETURN EXISTS (SELECT 1 FROM nido.caregivers c WHERE c.role = who)
    OR EXISTS (SELECT 1 FROM pg_catalog.pg_roles r
               WHERE r.rolname = who AND r.rolname <> 'nido_caregiver' AND NOT r.rolsuper
                 AND pg_catalog.pg_has_role(r.oid, 'nido_caregiver', 'MEMBER'));

-- What one caregiver may write in a day: audit rows of views, edits and exports (deletions are not
-- counted, so that the right to erasure is never refused), and persona versions. The counters are
-- the server's; a caregiver neither reads nor writes them.
CREATE TABLE nido.caregiver_writes (
  role NAME NOT NULL,
  day DATE NOT NULL,
  bytes BIGINT NOT NULL DEFAULT 0,
  versions INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (role, day)
);
ALTER TABLE nido.caregiver_writes ENABLE ROW LEVEL SECURITY;
CREATE POLICY nido_others ON nido.caregiver_writes USING (nido.not_caregiver()) WITH CHECK (nido.not_caregiver());

CREATE FUNCTION nido.charge_caregiver(actor NAME, bytes BIGINT, versions INTEGER) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  spent_bytes BIGINT;
  spent_versions INTEGER;
BEGIN
  INSERT INTO nido.caregiver_writes AS w (role, day, bytes, versions)
  VALUES (actor, CAST(now() AT TIME ZONE 'UTC' AS date), bytes, versions)
  ON CONFLICT (role, day) DO UPDATE SET bytes = w.bytes + EXCLUDED.bytes, versions = w.versions + EXCLUDED.versions
  RETURNING w.bytes, w.versions INTO spent_bytes, spent_versions;
  IF spent_bytes > 8 * 1024 * 1024 THEN
    RAISE EXCEPTION 'the server keeps at most 8 MB of one caregiver''s changes and views a day, and % has reached it', actor
      USING ERRCODE = 'program_limit_exceeded', HINT = 'Try again tomorrow (UTC), or ask the database''s owner.';
  END IF;
  IF spent_versions > 50 THEN
    RAISE EXCEPTION 'the server keeps at most 50 versions of agents a day from one caregiver, and % has reached it', actor
      USING ERRCODE = 'program_limit_exceeded', HINT = 'Try again tomorrow (UTC), or ask the database''s owner.';
  END IF;
END
$$;
REVOKE ALL ON FUNCTION nido.charge_caregiver(NAME, BIGINT, INTEGER) FROM PUBLIC;

CREATE FUNCTION nido.charge_caregiver_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.charge_caregiver(a.role, a.bytes, 0)
  FROM (SELECT role, SUM(octet_length(CAST(details AS text)) + 64) AS bytes FROM added
        WHERE action <> 'delete' AND nido.is_caregiver(role) GROUP BY role) a;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION nido.charge_caregiver_audit() FROM PUBLIC;
CREATE TRIGGER nido_charge_caregiver_audit AFTER INSERT ON nido.caregiver_audit
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION nido.charge_caregiver_audit();

-- A value a caregiver writes is bounded, with a reason instead of a row-security refusal. Used in
-- the policies' WITH CHECK, which apply to caregivers only: the backend's writes are not checked.
CREATE FUNCTION nido.within_bound(what TEXT, size BIGINT, maximum BIGINT) RETURNS BOOLEAN
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF COALESCE(size, 0) > maximum THEN
    RAISE EXCEPTION '% is too long: % of at most %', what, size, maximum USING ERRCODE = 'string_data_right_truncation';
  END IF;
  RETURN TRUE;
END
$$;
GRANT EXECUTE ON FUNCTION nido.within_bound(TEXT, BIGINT, BIGINT) TO PUBLIC;

-- The same limit as the window's memory editor (50,000 characters of text or summary).
ALTER POLICY nido_edit ON memory_contexts
  WITH CHECK (nido.may("userId", 'edit') AND ("agentId" IS NULL OR EXISTS (SELECT 1 FROM agents a WHERE a.id = "agentId"))
              AND nido.within_bound('a memory''s text, in characters,', char_length(content), 50000)
              AND nido.within_bound('a memory''s summary, in characters,', char_length(summary), 50000));
ALTER POLICY nido_create ON agents
  WITH CHECK (NOT "isPublic" AND nido.may("ownerUserId", 'edit')
              AND nido.within_bound('an agent''s description, in characters,', char_length(description), 10000)
              AND nido.within_bound('an agent''s persona, in bytes,', octet_length(CAST(persona AS text)), 65536)
              AND nido.within_bound('an agent''s voice settings, in bytes,', octet_length(CAST("voiceSettings" AS text)), 16384));
ALTER POLICY nido_edit ON agents
  WITH CHECK (NOT "isPublic" AND nido.may("ownerUserId", 'edit')
              AND nido.within_bound('an agent''s description, in characters,', char_length(description), 10000)
              AND nido.within_bound('an agent''s persona, in bytes,', octet_length(CAST(persona AS text)), 65536)
              AND nido.within_bound('an agent''s voice settings, in bytes,', octet_length(CAST("voiceSettings" AS text)), 16384));

-- A persona version saved by a caregiver counts against its day.
CREATE OR REPLACE FUNCTION nido.keep_persona_version() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  actor NAME := CASE WHEN current_setting('role') = 'none' THEN session_user ELSE current_setting('role') END;
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.name IS NOT DISTINCT FROM OLD.name AND NEW.description IS NOT DISTINCT FROM OLD.description
     AND NEW.persona IS NOT DISTINCT FROM OLD.persona AND NEW."voiceSettings" IS NOT DISTINCT FROM OLD."voiceSettings" THEN
    RETURN NULL;
  END IF;
  IF nido.is_caregiver(actor) THEN
    PERFORM nido.charge_caregiver(actor, 0, 1);
  END IF;
  -- An agent written while triggers were off (a bulk load as replica) has no version yet: what it
  -- was before this change is kept first, saved by someone else.
  IF TG_OP = 'UPDATE' AND NOT EXISTS (SELECT 1 FROM nido.agent_persona_versions v WHERE v."agentId" = OLD.id) THEN
    INSERT INTO nido.agent_persona_versions ("agentId", version, name, description, persona, "voiceSettings", "savedAt", "savedBy")
    VALUES (OLD.id, 1, OLD.name, OLD.description, OLD.persona, OLD."voiceSettings",
            COALESCE(OLD."updatedAt", OLD."createdAt", NOW() AT TIME ZONE 'UTC'), 'unknown');
  END IF;
  INSERT INTO nido.agent_persona_versions ("agentId", version, name, description, persona, "voiceSettings", "savedBy", "throughNido")
  SELECT NEW.id, COALESCE(MAX(v.version), 0) + 1, NEW.name, NEW.description, NEW.persona, NEW."voiceSettings", actor,
         COALESCE(current_setting('nido.client', true), '') = 'nido'
  FROM nido.agent_persona_versions v WHERE v."agentId" = NEW.id;
  RETURN NULL;
END
$$;

-- A family's agent made public by the backend keeps its history to that family: another family's
-- caregivers see the agent, not who changed it or what it was.
ALTER POLICY nido_view ON nido.agent_persona_versions
  USING (EXISTS (SELECT 1 FROM agents a WHERE a.id = "agentId" AND nido.may(a."ownerUserId", 'view')));

-- Transactions in which a function of Nido's changes memories on a parent's behalf and audits the
-- change itself: the per-memory edit audit stands aside. Only the owner writes here.
CREATE TABLE nido.server_changes (txid BIGINT PRIMARY KEY);
ALTER TABLE nido.server_changes ENABLE ROW LEVEL SECURITY;
CREATE POLICY nido_others ON nido.server_changes USING (nido.not_caregiver()) WITH CHECK (nido.not_caregiver());

-- A caregiver's edit is audited only when something changed (an UPDATE that sets a memory to what it
-- was is no edit), and the access log gets its row from the server too. Within a change of Nido's own
-- functions (nido.server_changes), the function audits it once instead.
CREATE OR REPLACE FUNCTION nido.audit_caregiver_edit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  actor NAME := CASE WHEN current_setting('role') = 'none' THEN session_user ELSE current_setting('role') END;
BEGIN
  IF NOT nido.is_caregiver(actor) OR EXISTS (SELECT 1 FROM nido.server_changes s WHERE s.txid = txid_current()) THEN
    RETURN NULL;
  END IF;
  WITH edits AS (
    SELECT n."userId", n.id,
           (SELECT jsonb_object_agg(k, jsonb_build_object('from', to_jsonb(o) -> k, 'to', to_jsonb(n) -> k))
            FROM jsonb_object_keys(to_jsonb(n)) AS k
            WHERE k <> 'updatedAt' AND to_jsonb(n) -> k IS DISTINCT FROM to_jsonb(o) -> k) AS changes
    FROM changed n JOIN previous o ON o.id = n.id),
  audited AS (
    INSERT INTO nido.caregiver_audit (role, action, "userId", "memoryId", details)
    SELECT actor, 'edit', e."userId", e.id, jsonb_build_object('changes', e.changes) FROM edits e WHERE e.changes IS NOT NULL)
  INSERT INTO public.memory_access_log ("memoryId", "accessedAt", "accessType", metadata)
  SELECT e.id, now() AT TIME ZONE 'UTC', 'caregiver_edit', jsonb_build_object('by', 'caregiver', 'changes', e.changes)
  FROM edits e WHERE e.changes IS NOT NULL;
  RETURN NULL;
END
$$;

-- Whether a caller named to a function that runs as its owner may act on a child with at least
-- this permission: a caregiver by its links; any other role by its privilege on the table the action
-- touches. The rule the functions below each spelt.
CREATE FUNCTION nido.caller_may(caller NAME, child UUID, needed nido.permission, otherwise_table TEXT, otherwise_privilege TEXT)
RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT CASE WHEN nido.is_caregiver(caller)
    THEN EXISTS (SELECT 1 FROM nido.caregiver_children l WHERE l.role = caller AND l."userId" = child AND l.permission >= needed)
    ELSE has_table_privilege(caller, otherwise_table, otherwise_privilege) END
$$;
REVOKE ALL ON FUNCTION nido.caller_may(NAME, UUID, nido.permission, TEXT, TEXT) FROM PUBLIC;

-- Opening a memory is recorded by the server, for the memory named and only if it is that child's:
-- the access log's row and the audit's. Another family's memory and an id that does not exist get
-- the same refusal.
CREATE FUNCTION nido.record_memory_view(caller NAME, child UUID, memory UUID) RETURNS VOID
LANGUAGE plpgsql STRICT SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.check_caller(caller);
  IF NOT nido.caller_may(caller, child, 'view', 'public.memory_contexts', 'SELECT')
     OR NOT EXISTS (SELECT 1 FROM nido.child_memories mc WHERE mc.id = memory AND mc."userId" = child) THEN
    RAISE EXCEPTION 'no memory of this child that % may see has this id', caller USING ERRCODE = 'insufficient_privilege';
  END IF;
  -- The access log belongs to memory_contexts: an archived memory's view is in the audit only.
  IF EXISTS (SELECT 1 FROM public.memory_contexts mc WHERE mc.id = memory) THEN
    INSERT INTO public.memory_access_log ("memoryId", "accessedAt", "accessType", metadata)
    VALUES (memory, now() AT TIME ZONE 'UTC', 'caregiver_view', '{"by": "caregiver"}');
  END IF;
  INSERT INTO nido.caregiver_audit (role, action, "userId", "memoryId") VALUES (caller, 'view', child, memory);
END
$$;
GRANT EXECUTE ON FUNCTION nido.record_memory_view(NAME, UUID, UUID) TO PUBLIC;

-- Caregivers write neither the audit nor the access log by hand any more, and need no sequence: the
-- sequences' values were a count of every family's actions and deletions.
REVOKE INSERT ON nido.caregiver_audit, memory_access_log FROM nido_caregiver;
REVOKE INSERT ("memoryId", "accessedAt", "accessType", metadata) ON memory_access_log FROM nido_caregiver;
REVOKE INSERT (action, "userId", "memoryId", details) ON nido.caregiver_audit FROM nido_caregiver;
DROP POLICY nido_record ON nido.caregiver_audit;
DROP POLICY nido_log ON memory_access_log;
REVOKE USAGE ON SEQUENCE nido.memory_deletion_outbox_id_seq, nido.caregiver_audit_id_seq FROM nido_caregiver;

-- A well-formed id, in any case, is that id; anything else is none. The rule migration 13 spelt for
-- a session's agent, now for every id a caller writes in a document.
CREATE FUNCTION nido.as_uuid(text TEXT) RETURNS UUID
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
  SELECT CASE WHEN text ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN CAST(text AS uuid) END
$$;
GRANT EXECUTE ON FUNCTION nido.as_uuid(TEXT) TO PUBLIC;
-- The same answers as before, so that its index stays valid.
CREATE OR REPLACE FUNCTION nido.session_agent_id(metadata JSONB) RETURNS UUID
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
  SELECT nido.as_uuid(metadata->>'agentId')
$$;

-- An export's record says what the server can vouch for: which child, which of that child's sessions
-- or which period, in which format, and the size and place the writing program reports. Anything
-- else, a session of another family or an oversized record, is refused. Called by the code that
-- wrote the export, after it finished; a caregiver needs "manage" to export at all.
CREATE OR REPLACE FUNCTION nido.record_export(caller NAME, child UUID, details JSONB) RETURNS VOID
LANGUAGE plpgsql STRICT SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  key TEXT;
  session UUID;
BEGIN
  -- check_caller refuses the caregivers' group as a caller, so a caregiver is judged as one.
  PERFORM nido.check_caller(caller);
  IF NOT nido.caller_may(caller, child, 'manage', 'public.users', 'SELECT') THEN
    RAISE EXCEPTION '% may not export this child''s data', caller USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM public.users u WHERE u.id = child) THEN
    RAISE EXCEPTION 'no such child' USING ERRCODE = 'no_data_found';
  END IF;
  IF jsonb_typeof(details) <> 'object' OR octet_length(CAST(details AS text)) > 8192 THEN
    RAISE EXCEPTION 'an export''s record is an object of at most 8 KB' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  FOR key IN SELECT jsonb_object_keys(details) LOOP
    IF key NOT IN ('check', 'session', 'report', 'data', 'file', 'folder', 'bytes') THEN
      RAISE EXCEPTION 'an export''s record has no "%"', key USING ERRCODE = 'invalid_parameter_value';
    END IF;
  END LOOP;
  IF details ? 'session' THEN
    session := nido.as_uuid(details->>'session');
    IF session IS NULL OR NOT EXISTS (SELECT 1 FROM public.voice_sessions vs WHERE vs.id = session AND vs."userId" = child) THEN
      RAISE EXCEPTION 'the session recorded is not one of this child''s' USING ERRCODE = 'invalid_parameter_value';
    END IF;
  END IF;
  IF details ? 'report' AND COALESCE(details->>'report', '') !~ '^\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}$' THEN
    RAISE EXCEPTION 'a report''s period is written YYYY-MM-DD/YYYY-MM-DD' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF details ? 'data' AND COALESCE(details->>'data', '') NOT IN ('json', 'csv') THEN
    RAISE EXCEPTION 'a child''s data is exported as json or csv' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF details ? 'bytes' AND (jsonb_typeof(details->'bytes') <> 'number' OR details->'bytes' < to_jsonb(0)) THEN
    RAISE EXCEPTION 'an export''s size is a number of bytes' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  INSERT INTO nido.caregiver_audit (role, action, "userId", details) VALUES (caller, 'export', child, details);
END
$$;

-- Every caregiver gets a connection limit (nido admin add-caregiver --max-connections sets it for new
-- ones). Changing a role needs CREATEROLE: a migrate run without it says which roles it left.
DO $$
DECLARE
  caregiver NAME;
BEGIN
  FOR caregiver IN SELECT r.rolname FROM pg_catalog.pg_roles r JOIN nido.caregivers c ON c.role = r.rolname
                   WHERE r.rolconnlimit < 0 LOOP
    BEGIN
      EXECUTE format('ALTER ROLE %I CONNECTION LIMIT 4', caregiver);
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE WARNING 'caregiver % keeps no connection limit: run nido migrate as a role with CREATEROLE', caregiver;
    END;
  END LOOP;
END
$$;
