-- Tells an open session view that heartbeats or messages arrived, through LISTEN/NOTIFY.
-- Statement-level with transition tables: a bulk insert sends one notice per session, not per row.

CREATE FUNCTION nido.notify_session_activity()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM pg_notify('nido_session_activity', session_id::text)
  FROM (SELECT DISTINCT "sessionId" AS session_id FROM inserted) AS sessions;
  RETURN NULL;
END
$$;

CREATE TRIGGER nido_notify_heartbeats
AFTER INSERT ON session_heartbeats
REFERENCING NEW TABLE AS inserted
FOR EACH STATEMENT EXECUTE FUNCTION nido.notify_session_activity();

CREATE TRIGGER nido_notify_messages
AFTER INSERT ON ai_conversations
REFERENCING NEW TABLE AS inserted
FOR EACH STATEMENT EXECUTE FUNCTION nido.notify_session_activity();
