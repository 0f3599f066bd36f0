-- Exports (reports and the child's whole data) are audited by the server. A caregiver may take a
-- child's data away only with "manage", the permission that may also delete it; the row is
-- written by this function, since caregivers write only views to the audit themselves.
CREATE FUNCTION nido.record_export(caller NAME, child UUID, details JSONB) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  -- check_caller refuses the caregivers' group as a caller, so a caregiver is judged as one.
  PERFORM nido.check_caller(caller);
  IF nido.is_caregiver(caller) AND NOT EXISTS (SELECT 1 FROM nido.caregiver_children l
                                             WHERE l.role = caller AND l."userId" = child AND l.permission = 'manage') THEN
    RAISE EXCEPTION '% may not export this child''s data', caller USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM public.users u WHERE u.id = child) THEN
    RAISE EXCEPTION 'no such child' USING ERRCODE = 'no_data_found';
  END IF;
  INSERT INTO nido.caregiver_audit (role, action, "userId", details) VALUES (caller, 'export', child, COALESCE(details, '{}'));
END
$$;
ALTER FUNCTION nido.record_export(NAME, UUID, JSONB) STRICT;
GRANT EXECUTE ON FUNCTION nido.record_export(NAME, UUID, JSONB) TO PUBLIC;
