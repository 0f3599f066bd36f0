-- The child's profile and routines, edited by a caregiver: a child without a profile row gets one,
-- and every change is audited by the server with what changed, whatever the client.

-- A caregiver with edit permission may create the profile of a child that has none; its id, times
-- and owner are the server's.
GRANT INSERT ("userId", age, preferences, routines, "familyContext", "developmentMilestones") ON user_profiles TO nido_caregiver;
-- Each save is audited with what changed: a caregiver's documents are bounded in size, so that
-- saves cannot fill the server's disk with audit rows.
CREATE FUNCTION nido.profile_within_bounds(preferences JSONB, routines JSONB, family JSONB, milestones JSONB) RETURNS BOOLEAN
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp
RETURN octet_length(CAST(COALESCE(preferences, '{}') AS text)) <= 65536 AND octet_length(CAST(COALESCE(routines, '{}') AS text)) <= 65536
   AND octet_length(CAST(COALESCE(family, '{}') AS text)) <= 65536 AND octet_length(CAST(COALESCE(milestones, '{}') AS text)) <= 65536;
CREATE POLICY nido_create ON user_profiles FOR INSERT TO nido_caregiver
  WITH CHECK (nido.may("userId", 'edit') AND nido.profile_within_bounds(preferences, routines, "familyContext", "developmentMilestones"));
ALTER POLICY nido_edit ON user_profiles
  WITH CHECK (nido.may("userId", 'edit') AND nido.profile_within_bounds(preferences, routines, "familyContext", "developmentMilestones"));

-- What changed between two versions of a row, per column with the old and the new value; NULL
-- when nothing did. Ids and times are the server's and not listed.
CREATE FUNCTION nido.row_changes(before JSONB, after JSONB) RETURNS JSONB
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp
RETURN (SELECT jsonb_object_agg(k, jsonb_build_object('from', before -> k, 'to', after -> k))
        FROM jsonb_object_keys(after) AS k
        WHERE k NOT IN ('updatedAt', 'createdAt', 'id') AND after -> k IS DISTINCT FROM COALESCE(before -> k, 'null'::jsonb));

-- As the memories' trigger: runs as its owner, nobody else may use it, and records the role in
-- force. A new profile row (INSERT: no previous rows) lists what it was created with.
CREATE FUNCTION nido.audit_caregiver_profile_edit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  actor NAME := CASE WHEN current_setting('role') = 'none' THEN session_user ELSE current_setting('role') END;
  child_key TEXT := CASE WHEN TG_TABLE_NAME = 'users' THEN 'id' ELSE 'userId' END;
BEGIN
  IF NOT nido.is_caregiver(actor) THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO nido.caregiver_audit (role, action, "userId", details)
    SELECT actor, 'edit', n."userId", jsonb_build_object('table', TG_TABLE_NAME, 'created', true,
                                                        'changes', nido.row_changes(NULL, to_jsonb(n)))
    FROM changed n;
  ELSE
    INSERT INTO nido.caregiver_audit (role, action, "userId", details)
    SELECT actor, 'edit', CAST(to_jsonb(n) ->> child_key AS uuid),
           jsonb_build_object('table', TG_TABLE_NAME, 'changes', nido.row_changes(to_jsonb(o), to_jsonb(n)))
    FROM changed n JOIN previous o ON o.id = n.id
    WHERE nido.row_changes(to_jsonb(o), to_jsonb(n)) IS NOT NULL;
  END IF;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION nido.audit_caregiver_profile_edit() FROM PUBLIC;
CREATE TRIGGER nido_audit_caregiver_edit AFTER UPDATE ON user_profiles
  REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION nido.audit_caregiver_profile_edit();
CREATE TRIGGER nido_audit_caregiver_create AFTER INSERT ON user_profiles
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION nido.audit_caregiver_profile_edit();
CREATE TRIGGER nido_audit_caregiver_edit AFTER UPDATE ON users
  REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION nido.audit_caregiver_profile_edit();

-- Puts `value` at `path` inside a JSON document, creating the objects on the way; a NULL value
-- removes the key. Everything else in the document stays exactly as the backend wrote it. A
-- document or an object on the way that is not an object (a backend's list or string) is refused
-- rather than replaced.
CREATE FUNCTION nido.jsonb_put(doc JSONB, path TEXT[], value JSONB) RETURNS JSONB
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  base JSONB := COALESCE(NULLIF(doc, 'null'::jsonb), '{}'::jsonb);
  inside JSONB;
BEGIN
  IF path IS NULL OR cardinality(path) = 0 THEN
    RAISE EXCEPTION 'an empty path names no key' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF jsonb_typeof(base) <> 'object' THEN
    RAISE EXCEPTION 'holds % where an object belongs, at %', jsonb_typeof(base), array_to_string(path, '.')
      USING ERRCODE = 'data_exception';
  END IF;
  IF cardinality(path) = 1 THEN
    RETURN CASE WHEN value IS NULL THEN base - path[1] ELSE base || jsonb_build_object(path[1], value) END;
  END IF;
  inside := base -> path[1];
  IF value IS NULL AND (inside IS NULL OR inside = 'null'::jsonb) THEN
    RETURN base;
  END IF;
  RETURN base || jsonb_build_object(path[1], nido.jsonb_put(inside, path[2:], value));
END
$$;
