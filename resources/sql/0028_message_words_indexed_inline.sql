-- The index of every message's words (migration 17) calls nido.text_lexemes for each message the
-- backend inserts. Its SET search_path made PostgreSQL run it as a function call of its own for
-- every row, where a plain SQL function is folded into the index's expression: about a tenth of
-- the index's cost on the backend's message inserts (200,000 messages: 6.9 s, 6.3 s without).
-- The setting protected nothing: a body written with RETURN is parsed when the function is made,
-- its names resolved then, never by the caller's search_path.
ALTER FUNCTION nido.text_lexemes(TEXT) RESET search_path;
