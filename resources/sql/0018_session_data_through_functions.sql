-- Caregivers read a session's messages, its device data and an agent's persona history through the
-- server's functions, no longer from the tables (issue 23, first tables). On a table, a caregiver's own
-- leakproof condition (uuid, text, time and number comparisons) runs in the index scan before the
-- row policy: EXPLAIN ANALYZE's "Rows Removed by Filter" and the pg_stat_xact_* counters then
-- counted another family's heartbeats. A function checks the caller first and reads only that
-- child's rows, by the child's own keys, so neither shows anything of other families. The owner and
-- the backend's role keep the tables; Nido reads through the functions for every login.

-- The one check before a function reads (view) or changes (edit) a child's rows for a caller: the
-- caller is who is connected and may do so (a caregiver by its links, another role by its
-- privilege on the table). Another family's child and an id that does not exist get the same refusal.
CREATE FUNCTION nido.require_may(caller NAME, child UUID, needed nido.permission, otherwise_table TEXT, otherwise_privilege TEXT)
RETURNS VOID
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.check_caller(caller);
  IF NOT COALESCE(nido.caller_may(caller, child, needed, otherwise_table, otherwise_privilege), false) THEN
    RAISE EXCEPTION '% may not % this child''s data', caller, CASE needed WHEN 'view' THEN 'see' ELSE 'change' END
      USING ERRCODE = 'insufficient_privilege';
  END IF;
END
$$;
REVOKE ALL ON FUNCTION nido.require_may(NAME, UUID, nido.permission, TEXT, TEXT) FROM PUBLIC;

-- The child's sessions started in a period (NULL: open, where a session without a start is), read from the child's own index entries
-- only: looking a session up by its id would fetch another family's row, and the statistics
-- counters would say that it exists. Only the functions below call these two, with their search
-- path; having none of their own, they are inlined there.
CREATE FUNCTION nido.sessions_of(child UUID, started_from TIMESTAMP, started_before TIMESTAMP) RETURNS SETOF UUID
LANGUAGE sql STABLE AS $$
  SELECT s.id FROM (SELECT vs.id, vs."startedAt" FROM public.voice_sessions vs WHERE vs."userId" = child OFFSET 0) s
  WHERE (started_from IS NULL OR s."startedAt" >= started_from) AND (started_before IS NULL OR s."startedAt" < started_before)
$$;
REVOKE ALL ON FUNCTION nido.sessions_of(UUID, TIMESTAMP, TIMESTAMP) FROM PUBLIC;

CREATE FUNCTION nido.is_session_of(child UUID, session UUID) RETURNS BOOLEAN
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM nido.sessions_of(child, NULL, NULL) s WHERE s = session)
$$;
REVOKE ALL ON FUNCTION nido.is_session_of(UUID, UUID) FROM PUBLIC;

-- One session's heartbeats between two times (NULL: open), or only those reporting a problem (read
-- from the problems' partial index of migration 11). A session not the child's has none.
CREATE FUNCTION nido.heartbeats_of_session(caller NAME, child UUID, session UUID, since TIMESTAMP, until TIMESTAMP, problems BOOLEAN)
RETURNS SETOF public.session_heartbeats
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'public.session_heartbeats', 'SELECT');
  IF NOT nido.is_session_of(child, session) THEN
    RETURN;
  ELSIF problems THEN
    RETURN QUERY SELECT h.* FROM public.session_heartbeats h
      WHERE h."sessionId" = session AND (h.status <> 'ok' OR h."errorMessage" IS NOT NULL)
        AND h.timestamp >= COALESCE(since, '-infinity') AND h.timestamp < COALESCE(until, 'infinity');
  ELSE
    RETURN QUERY SELECT h.* FROM public.session_heartbeats h
      WHERE h."sessionId" = session AND h.timestamp >= COALESCE(since, '-infinity') AND h.timestamp < COALESCE(until, 'infinity');
  END IF;
END
$$;
GRANT EXECUTE ON FUNCTION nido.heartbeats_of_session(NAME, UUID, UUID, TIMESTAMP, TIMESTAMP, BOOLEAN) TO PUBLIC;

-- The heartbeats of the child's sessions started in a period, session by session from the index.
CREATE FUNCTION nido.heartbeats_of_sessions(caller NAME, child UUID, started_from TIMESTAMP, started_before TIMESTAMP, problems BOOLEAN)
RETURNS SETOF public.session_heartbeats
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'public.session_heartbeats', 'SELECT');
  IF problems THEN
    RETURN QUERY SELECT h.* FROM nido.sessions_of(child, started_from, started_before) s(id)
      CROSS JOIN LATERAL (SELECT h.* FROM public.session_heartbeats h
                          WHERE h."sessionId" = s.id AND (h.status <> 'ok' OR h."errorMessage" IS NOT NULL) OFFSET 0) h;
  ELSE
    RETURN QUERY SELECT h.* FROM nido.sessions_of(child, started_from, started_before) s(id)
      CROSS JOIN LATERAL (SELECT h.* FROM public.session_heartbeats h WHERE h."sessionId" = s.id OFFSET 0) h;
  END IF;
END
$$;
GRANT EXECUTE ON FUNCTION nido.heartbeats_of_sessions(NAME, UUID, TIMESTAMP, TIMESTAMP, BOOLEAN) TO PUBLIC;

-- The minute roll-ups (migration 12) of one session, or of the child's sessions started in a period.
CREATE FUNCTION nido.minutes_of_session(caller NAME, child UUID, session UUID) RETURNS SETOF nido.heartbeat_minutes
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'nido.heartbeat_minutes', 'SELECT');
  IF nido.is_session_of(child, session) THEN
    RETURN QUERY SELECT m.* FROM nido.heartbeat_minutes m WHERE m."sessionId" = session;
  END IF;
END
$$;
GRANT EXECUTE ON FUNCTION nido.minutes_of_session(NAME, UUID, UUID) TO PUBLIC;

CREATE FUNCTION nido.minutes_of_sessions(caller NAME, child UUID, started_from TIMESTAMP, started_before TIMESTAMP)
RETURNS SETOF nido.heartbeat_minutes
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'nido.heartbeat_minutes', 'SELECT');
  RETURN QUERY SELECT m.* FROM nido.sessions_of(child, started_from, started_before) s(id)
    CROSS JOIN LATERAL (SELECT m.* FROM nido.heartbeat_minutes m WHERE m."sessionId" = s.id OFFSET 0) m;
END
$$;
GRANT EXECUTE ON FUNCTION nido.minutes_of_sessions(NAME, UUID, TIMESTAMP, TIMESTAMP) TO PUBLIC;

-- A session's signs of life: how many heartbeats, the last one, and the last message.
CREATE FUNCTION nido.session_signs(caller NAME, child UUID, session UUID)
RETURNS TABLE (heartbeats BIGINT, "lastHeartbeat" TIMESTAMP, "lastMessage" TIMESTAMP)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'public.session_heartbeats', 'SELECT');
  IF nido.is_session_of(child, session) THEN
    RETURN QUERY SELECT (SELECT COUNT(*) FROM public.session_heartbeats h WHERE h."sessionId" = session),
      (SELECT MAX(h.timestamp) FROM public.session_heartbeats h WHERE h."sessionId" = session),
      (SELECT MAX(c."createdAt") FROM public.ai_conversations c WHERE c."sessionId" = session);
  END IF;
END
$$;
GRANT EXECUTE ON FUNCTION nido.session_signs(NAME, UUID, UUID) TO PUBLIC;

-- One session's messages, or those written between two times (NULL: open).
CREATE FUNCTION nido.messages_of_session(caller NAME, child UUID, session UUID, since TIMESTAMP, until TIMESTAMP)
RETURNS SETOF public.ai_conversations
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'public.ai_conversations', 'SELECT');
  IF nido.is_session_of(child, session) THEN
    RETURN QUERY SELECT c.* FROM public.ai_conversations c
      WHERE c."sessionId" = session AND c."createdAt" >= COALESCE(since, '-infinity') AND c."createdAt" < COALESCE(until, 'infinity');
  END IF;
END
$$;
GRANT EXECUTE ON FUNCTION nido.messages_of_session(NAME, UUID, UUID, TIMESTAMP, TIMESTAMP) TO PUBLIC;

-- Every message of the child (the child's export).
CREATE FUNCTION nido.messages_of_child(caller NAME, child UUID) RETURNS SETOF public.ai_conversations
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'public.ai_conversations', 'SELECT');
  RETURN QUERY SELECT c.* FROM public.ai_conversations c WHERE c."userId" = child;
END
$$;
GRANT EXECUTE ON FUNCTION nido.messages_of_child(NAME, UUID) TO PUBLIC;

-- An agent's persona versions (migration 9), for whoever may see the child that owns it; a public
-- agent without an owner, for roles that read the table. A caregiver's agent is looked up among its
-- own children's: by its id, another family's would be fetched and counted.
CREATE FUNCTION nido.agent_versions(caller NAME, agent UUID) RETURNS SETOF nido.agent_persona_versions
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  owner UUID;
BEGIN
  PERFORM nido.check_caller(caller);
  IF nido.is_caregiver(caller) THEN
    SELECT o."ownerUserId" INTO owner FROM (SELECT a.id, a."ownerUserId" FROM nido.caregiver_children l
                                             JOIN public.agents a ON a."ownerUserId" = l."userId" WHERE l.role = caller OFFSET 0) o
    WHERE o.id = agent;
  ELSE
    SELECT a."ownerUserId" INTO owner FROM public.agents a WHERE a.id = agent;
  END IF;
  PERFORM nido.require_may(caller, owner, 'view', 'nido.agent_persona_versions', 'SELECT');
  RETURN QUERY SELECT v.* FROM nido.agent_persona_versions v WHERE v."agentId" = agent;
END
$$;
GRANT EXECUTE ON FUNCTION nido.agent_versions(NAME, UUID) TO PUBLIC;

-- The persona versions of the agents a child owns (the child's export).
CREATE FUNCTION nido.child_agent_versions(caller NAME, child UUID) RETURNS SETOF nido.agent_persona_versions
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.require_may(caller, child, 'view', 'nido.agent_persona_versions', 'SELECT');
  RETURN QUERY SELECT v.* FROM (SELECT a.id FROM public.agents a WHERE a."ownerUserId" = child OFFSET 0) o
    JOIN nido.agent_persona_versions v ON v."agentId" = o.id;
END
$$;
GRANT EXECUTE ON FUNCTION nido.child_agent_versions(NAME, UUID) TO PUBLIC;

-- Migration 17's "it is fine" looked the message up by its id, so another family's line was
-- fetched and counted: the child's mentions are now read by the child's key first.
CREATE OR REPLACE FUNCTION nido.mark_mention_fine(caller NAME, child UUID, message UUID, watched TEXT) RETURNS VOID
LANGUAGE plpgsql STRICT SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.check_caller(caller);
  IF NOT nido.caller_may(caller, child, 'view', 'public.ai_conversations', 'SELECT')
     OR NOT EXISTS (SELECT 1 FROM (SELECT m."messageId", m.topic FROM nido.topic_mentions m WHERE m."userId" = child OFFSET 0) x
                    WHERE x."messageId" = message AND x.topic = watched) THEN
    RAISE EXCEPTION 'no mention of this child that % may see is this one', caller USING ERRCODE = 'insufficient_privilege';
  END IF;
  INSERT INTO nido.mention_reviews (reviewer, "messageId", topic, "userId") VALUES (caller, message, watched, child)
  ON CONFLICT DO NOTHING;
END
$$;

-- The seed's session statistics view reads the messages as its caller: it goes too.
REVOKE SELECT ON public.ai_conversations, public.session_heartbeats, nido.heartbeat_minutes, nido.agent_persona_versions,
  public.v_voice_sessions_stats FROM nido_caregiver;
