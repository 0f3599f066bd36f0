-- Caregivers read and change a child's names and profile through the server's functions (issue 23,
-- after the sessions): on the tables, their own conditions on a child's id ran in the index scan
-- before the row policy, and the statistics counters listed every child of every family. A
-- caregiver's children are read one by one by their keys, after the check.

-- The child's row and profile row, for a caller who may see the child.
CREATE FUNCTION nido.child_row(caller NAME, child UUID) RETURNS SETOF public.users
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'public.users', 'SELECT');
  RETURN QUERY SELECT u.* FROM public.users u WHERE u.id = child;
END
$$;
GRANT EXECUTE ON FUNCTION nido.child_row(NAME, UUID) TO PUBLIC;

CREATE FUNCTION nido.child_profile(caller NAME, child UUID) RETURNS SETOF public.user_profiles
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'public.user_profiles', 'SELECT');
  RETURN QUERY SELECT p.* FROM public.user_profiles p WHERE p."userId" = child;
END
$$;
GRANT EXECUTE ON FUNCTION nido.child_profile(NAME, UUID) TO PUBLIC;

-- Every child the caller may see, and their profiles (the child switcher): a caregiver's linked
-- children; another role's by its privilege on the table.
CREATE FUNCTION nido.visible_children(caller NAME) RETURNS SETOF public.users
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.check_caller(caller);
  IF nido.is_caregiver(caller) THEN
    RETURN QUERY SELECT u.* FROM nido.caregiver_children l
      CROSS JOIN LATERAL (SELECT c.* FROM public.users c WHERE c.id = l."userId" OFFSET 0) u
      WHERE l.role = caller;
  ELSIF has_table_privilege(caller, 'public.users', 'SELECT') THEN
    RETURN QUERY SELECT u.* FROM public.users u;
  END IF;
END
$$;
GRANT EXECUTE ON FUNCTION nido.visible_children(NAME) TO PUBLIC;

CREATE FUNCTION nido.visible_profiles(caller NAME) RETURNS SETOF public.user_profiles
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.check_caller(caller);
  IF nido.is_caregiver(caller) THEN
    RETURN QUERY SELECT p.* FROM nido.caregiver_children l
      CROSS JOIN LATERAL (SELECT c.* FROM public.user_profiles c WHERE c."userId" = l."userId" OFFSET 0) p
      WHERE l.role = caller;
  ELSIF has_table_privilege(caller, 'public.user_profiles', 'SELECT') THEN
    RETURN QUERY SELECT p.* FROM public.user_profiles p;
  END IF;
END
$$;
GRANT EXECUTE ON FUNCTION nido.visible_profiles(NAME) TO PUBLIC;

-- The rows a save is checked against, locked until it commits (FormWriter).
CREATE FUNCTION nido.lock_child_row(caller NAME, child UUID) RETURNS SETOF public.users
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'edit', 'public.users', 'UPDATE');
  RETURN QUERY SELECT u.* FROM public.users u WHERE u.id = child FOR UPDATE;
END
$$;
GRANT EXECUTE ON FUNCTION nido.lock_child_row(NAME, UUID) TO PUBLIC;

CREATE FUNCTION nido.lock_child_profile(caller NAME, child UUID) RETURNS SETOF public.user_profiles
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'edit', 'public.user_profiles', 'UPDATE');
  RETURN QUERY SELECT p.* FROM public.user_profiles p WHERE p."userId" = child FOR UPDATE;
END
$$;
GRANT EXECUTE ON FUNCTION nido.lock_child_profile(NAME, UUID) TO PUBLIC;

-- A form's edits (FormWriter's) put into one row, for the functions below that have checked the
-- caller: each edit is {"column", "path", "value"}; a JSON column (`documents`) gets the value at
-- the path (a text[] literal) through nido.jsonb_put, everything else in it kept as the backend
-- wrote it; a `plain` column gets the value as its own type; a JSON null empties either. Other
-- columns are not written. With `create_row`, the row is inserted with `key_column` = `key` unless
-- it exists. The rows changed.
CREATE FUNCTION nido.apply_edits(target REGCLASS, key_column TEXT, key UUID, plain TEXT[], documents TEXT[], edits JSONB,
                                 create_row BOOLEAN) RETURNS INTEGER
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  columns TEXT[] := '{}';
  expressions TEXT[] := '{}';
  i INTEGER;
  col TEXT;
  at INTEGER;
  expression TEXT;
  changed INTEGER;
BEGIN
  IF jsonb_typeof(edits) IS DISTINCT FROM 'array' THEN
    RAISE EXCEPTION 'edits come as a list' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  -- A form has dozens of fields; thousands of edits of one document would only load the server.
  IF jsonb_array_length(edits) > 500 THEN
    RAISE EXCEPTION 'at most 500 edits at once' USING ERRCODE = 'program_limit_exceeded';
  END IF;
  FOR i IN 0 .. jsonb_array_length(edits) - 1 LOOP
    col := edits -> i ->> 'column';
    at := array_position(columns, col);
    IF col = ANY(documents) THEN
      expression := format('nido.jsonb_put(%s, CAST($1 -> %s ->> ''path'' AS text[]), NULLIF($1 -> %s -> ''value'', ''null''))',
                           CASE WHEN at IS NOT NULL THEN expressions[at] WHEN create_row THEN 'NULL' ELSE format('%I', col) END, i, i);
    ELSIF col = ANY(plain) THEN
      -- The column's type without its length: a value too long for it is refused, not cut.
      expression := format('CAST($1 -> %s ->> ''value'' AS %s)', i,
                           (SELECT format_type(a.atttypid, NULL) FROM pg_attribute a WHERE a.attrelid = target AND a.attname = col));
    ELSE
      CONTINUE;
    END IF;
    IF at IS NULL THEN
      columns := columns || col;
      expressions := expressions || expression;
    ELSE
      expressions[at] := expression;
    END IF;
  END LOOP;
  IF cardinality(columns) = 0 THEN
    RETURN 0;
  END IF;
  IF create_row THEN
    EXECUTE format('INSERT INTO %s (%I, %s) VALUES ($2, %s) ON CONFLICT (%I) DO NOTHING', target, key_column,
                   (SELECT string_agg(format('%I', c), ', ') FROM unnest(columns) c), array_to_string(expressions, ', '), key_column)
      USING edits, key;
  ELSE
    EXECUTE format('UPDATE %s SET %s WHERE %I = $2', target,
                   (SELECT string_agg(format('%I = %s', c, e), ', ') FROM unnest(columns, expressions) x(c, e)), key_column)
      USING edits, key;
  END IF;
  GET DIAGNOSTICS changed = ROW_COUNT;
  RETURN changed;
END
$$;
REVOKE ALL ON FUNCTION nido.apply_edits(REGCLASS, TEXT, UUID, TEXT[], TEXT[], JSONB, BOOLEAN) FROM PUBLIC;

-- A caregiver's edits of the child's names ('users') or profile ('user_profiles', created when
-- `create_row`): the columns Nido edits, after the check; 0 rows when the profile appeared meanwhile.
CREATE FUNCTION nido.edit_child(caller NAME, child UUID, target TEXT, edits JSONB, create_row BOOLEAN) RETURNS INTEGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  changed INTEGER;
BEGIN
  IF target IS DISTINCT FROM 'users' AND target IS DISTINCT FROM 'user_profiles' THEN
    RAISE EXCEPTION 'edit_child writes a child''s names or profile' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  PERFORM nido.require_may(caller, child, 'edit', 'public.' || target, 'UPDATE');
  IF target = 'users' THEN
    RETURN nido.apply_edits('public.users', 'id', child, ARRAY['firstName', 'lastName'], '{}', edits, false);
  END IF;
  changed := nido.apply_edits('public.user_profiles', 'userId', child, ARRAY['age'],
                              ARRAY['preferences', 'routines', 'familyContext', 'developmentMilestones'], edits, create_row);
  -- What the caregivers' row policy checked on the table, now that they write through here.
  IF EXISTS (SELECT 1 FROM public.user_profiles p WHERE p."userId" = child
               AND NOT nido.profile_within_bounds(p.preferences, p.routines, p."familyContext", p."developmentMilestones")) THEN
    RAISE EXCEPTION 'a profile document holds at most 64 KB' USING ERRCODE = 'string_data_right_truncation';
  END IF;
  RETURN changed;
END
$$;
GRANT EXECUTE ON FUNCTION nido.edit_child(NAME, UUID, TEXT, JSONB, BOOLEAN) TO PUBLIC;

REVOKE SELECT, INSERT, UPDATE ON public.users, public.user_profiles FROM nido_caregiver;
REVOKE INSERT ("userId", age, preferences, routines, "familyContext", "developmentMilestones") ON public.user_profiles FROM nido_caregiver;
REVOKE UPDATE ("firstName", "lastName") ON public.users FROM nido_caregiver;
REVOKE UPDATE (age, preferences, routines, "familyContext", "developmentMilestones") ON public.user_profiles FROM nido_caregiver;
