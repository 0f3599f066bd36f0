-- What needs a parent's attention: the memories the AI made or changed since this caregiver last
-- reviewed them, and what was said about a topic the profile asks the companions to avoid.

-- Which categories are sensitive for a child: family, emotion and health unless a parent says
-- otherwise, and any other a parent marks. One row per category a parent has chosen for.
CREATE TABLE nido.sensitive_categories (
  "userId" UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  category TEXT NOT NULL CHECK (char_length(category) BETWEEN 1 AND 100),
  sensitive BOOLEAN NOT NULL,
  PRIMARY KEY ("userId", category)
);
ALTER TABLE nido.sensitive_categories ENABLE ROW LEVEL SECURITY;
CREATE POLICY nido_others ON nido.sensitive_categories USING (nido.not_caregiver()) WITH CHECK (nido.not_caregiver());
CREATE POLICY nido_view ON nido.sensitive_categories FOR SELECT TO nido_caregiver USING (nido.may("userId", 'view'));
GRANT SELECT ON nido.sensitive_categories TO nido_caregiver;
ALTER TABLE nido.sensitive_categories ALTER COLUMN "userId" SET STATISTICS 0;
ALTER TABLE nido.sensitive_categories ALTER COLUMN category SET STATISTICS 0;

-- The rule, written once: how urgently a new memory asks to be read, given what the parent chose
-- for its category (NULL: nothing). 0: a sensitive category; 1: the AI was unsure of it (a
-- confidence under 0.7); 2: the rest. Plain SQL, so that it is inlined where 20,000 memories are
-- sorted by it.
CREATE FUNCTION nido.review_band_of(chosen BOOLEAN, category TEXT, metadata JSONB) RETURNS INTEGER
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
    WHEN COALESCE(chosen, category IN ('family', 'emotion', 'health')) THEN 0
    WHEN pg_catalog.jsonb_typeof(metadata -> 'confidence') = 'number'
         AND CAST(metadata -> 'confidence' AS pg_catalog.numeric) < 0.7 THEN 1
    ELSE 2 END;
GRANT EXECUTE ON FUNCTION nido.review_band_of(BOOLEAN, TEXT, JSONB) TO PUBLIC;

-- The same for one memory of a child, the parent's choice looked up.
CREATE FUNCTION nido.review_band(child UUID, category TEXT, metadata JSONB) RETURNS INTEGER
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp
RETURN nido.review_band_of((SELECT s.sensitive FROM nido.sensitive_categories s WHERE s."userId" = child AND s.category = review_band.category),
                           category, metadata);
GRANT EXECUTE ON FUNCTION nido.review_band(UUID, TEXT, JSONB) TO PUBLIC;

-- What each caregiver has reviewed: the memory, and the version of it they read (its "updatedAt").
-- A change the AI makes afterwards brings it back. Each caregiver has their own: two parents, two
-- inboxes. No foreign key (the live table may be partitioned): a trigger forgets the reviews of a
-- deleted memory, so a deletion leaves nothing.
CREATE TABLE nido.memory_reviews (
  reviewer NAME NOT NULL,
  "memoryId" UUID NOT NULL,
  "userId" UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  "seenUpdatedAt" TIMESTAMP,
  "reviewedAt" TIMESTAMP NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'),
  PRIMARY KEY (reviewer, "memoryId")
);
CREATE INDEX "IDX_nido_memory_reviews_memoryId" ON nido.memory_reviews ("memoryId");
CREATE INDEX "IDX_nido_memory_reviews_userId" ON nido.memory_reviews ("userId");
ALTER TABLE nido.memory_reviews ENABLE ROW LEVEL SECURITY;
CREATE POLICY nido_others ON nido.memory_reviews USING (nido.not_caregiver()) WITH CHECK (nido.not_caregiver());
CREATE POLICY nido_self ON nido.memory_reviews FOR SELECT TO nido_caregiver
  USING (reviewer = current_user AND nido.may("userId", 'view'));
GRANT SELECT ON nido.memory_reviews TO nido_caregiver;
ALTER TABLE nido.memory_reviews ALTER COLUMN "userId" SET STATISTICS 0;
ALTER TABLE nido.memory_reviews ALTER COLUMN "memoryId" SET STATISTICS 0;
ALTER TABLE nido.memory_reviews ALTER COLUMN reviewer SET STATISTICS 0;

-- It never waits: a review a caregiver holds locked in an open transaction would otherwise hold up
-- the backend's deletion. What it skips, nido.sweep_reviews() removes later.
CREATE FUNCTION nido.forget_memory_reviews() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  DELETE FROM nido.memory_reviews WHERE ctid IN
    (SELECT r.ctid FROM nido.memory_reviews r WHERE r."memoryId" = OLD.id FOR UPDATE SKIP LOCKED);
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION nido.forget_memory_reviews() FROM PUBLIC;
CREATE TRIGGER nido_forget_reviews AFTER DELETE ON memory_contexts FOR EACH ROW EXECUTE FUNCTION nido.forget_memory_reviews();

-- The inbox, written once for the list, its count and the Overview: the child's live memories this
-- caregiver has not read as they are now. It runs as the caller, under the row rules.
CREATE VIEW nido.unreviewed_memories WITH (security_invoker = true) AS
  SELECT mc.*, nido.review_band_of(sc.sensitive, mc.category::text, mc.metadata) AS band
  FROM public.memory_contexts mc
  LEFT JOIN nido.sensitive_categories sc ON sc."userId" = mc."userId" AND sc.category = mc.category::text
  WHERE NOT EXISTS (SELECT 1 FROM nido.memory_reviews r
                    WHERE r.reviewer = current_user AND r."memoryId" = mc.id
                      AND r."seenUpdatedAt" IS NOT DISTINCT FROM mc."updatedAt");
GRANT SELECT ON nido.unreviewed_memories TO nido_caregiver;

-- "Reviewed": these memories, or every memory of one session, as they are now. Any caregiver who
-- may see the child keeps their own inbox; only that child's live memories are marked.
CREATE FUNCTION nido.mark_reviewed(caller NAME, child UUID, ids UUID[], session UUID) RETURNS INTEGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  marked INTEGER;
BEGIN
  PERFORM nido.check_caller(caller);
  IF child IS NULL OR NOT nido.caller_may(caller, child, 'view', 'public.memory_contexts', 'SELECT') THEN
    RAISE EXCEPTION '% may not see this child''s memories', caller USING ERRCODE = 'insufficient_privilege';
  END IF;
  INSERT INTO nido.memory_reviews AS r (reviewer, "memoryId", "userId", "seenUpdatedAt")
  SELECT caller, mc.id, mc."userId", mc."updatedAt" FROM public.memory_contexts mc
  WHERE mc."userId" = child AND (mc.id = ANY(COALESCE(ids, '{}')) OR mc."sessionId" = session)
  ON CONFLICT (reviewer, "memoryId") DO UPDATE
    SET "seenUpdatedAt" = EXCLUDED."seenUpdatedAt", "reviewedAt" = EXCLUDED."reviewedAt";
  GET DIAGNOSTICS marked = ROW_COUNT;
  RETURN marked;
END
$$;
GRANT EXECUTE ON FUNCTION nido.mark_reviewed(NAME, UUID, UUID[], UUID) TO PUBLIC;

-- A parent's choice of sensitive categories (edit, as the profile).
CREATE FUNCTION nido.set_sensitive(caller NAME, child UUID, kind TEXT, sensitive BOOLEAN) RETURNS VOID
LANGUAGE plpgsql STRICT SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  before BOOLEAN;
BEGIN
  PERFORM nido.check_caller(caller);
  IF NOT nido.caller_may(caller, child, 'edit', 'public.user_profiles', 'UPDATE') THEN
    RAISE EXCEPTION '% may not change this child''s settings', caller USING ERRCODE = 'insufficient_privilege';
  END IF;
  -- The schema's categories, and health: a handful of rows a child, never a caregiver's own list.
  IF kind <> 'health' AND kind NOT IN (SELECT c.category FROM nido.memory_categories() c) THEN
    RAISE EXCEPTION 'no memory category is called %', kind USING ERRCODE = 'invalid_parameter_value';
  END IF;
  SELECT s.sensitive INTO before FROM nido.sensitive_categories s WHERE s."userId" = child AND s.category = kind;
  IF before IS NOT DISTINCT FROM sensitive THEN
    RETURN;
  END IF;
  INSERT INTO nido.sensitive_categories AS s ("userId", category, sensitive) VALUES (child, kind, sensitive)
  ON CONFLICT ("userId", category) DO UPDATE SET sensitive = EXCLUDED.sensitive;
  -- The other parent sees who changed what comes first.
  INSERT INTO nido.caregiver_audit (role, action, "userId", details)
  VALUES (caller, 'edit', child, jsonb_build_object('sensitive', jsonb_build_object(kind, sensitive)));
END
$$;
GRANT EXECUTE ON FUNCTION nido.set_sensitive(NAME, UUID, TEXT, BOOLEAN) TO PUBLIC;

-- The topics a child's profile asks the companions to avoid, and since when: a message said before
-- a topic was added is not a crossing. Kept by the server from the profile, whoever writes it.
CREATE TABLE nido.avoided_topics (
  "userId" UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  topic TEXT NOT NULL,
  "addedAt" TIMESTAMP NOT NULL,
  PRIMARY KEY ("userId", topic)
);
ALTER TABLE nido.avoided_topics ENABLE ROW LEVEL SECURITY;
CREATE POLICY nido_others ON nido.avoided_topics USING (nido.not_caregiver()) WITH CHECK (nido.not_caregiver());
CREATE POLICY nido_view ON nido.avoided_topics FOR SELECT TO nido_caregiver USING (nido.may("userId", 'view'));
GRANT SELECT ON nido.avoided_topics TO nido_caregiver;
ALTER TABLE nido.avoided_topics ALTER COLUMN "userId" SET STATISTICS 0;
ALTER TABLE nido.avoided_topics ALTER COLUMN topic SET STATISTICS 0;

-- The profile's topics as the server reads them: strings, trimmed of every kind of space, at most
-- 200 characters (what the form accepts), each once whatever its case, the first 50. Anything else
-- in the list is kept in the profile and not watched.
CREATE FUNCTION nido.profile_topics(preferences JSONB) RETURNS SETOF TEXT
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
  SELECT y.t FROM (
    SELECT DISTINCT ON (lower(x.t)) x.t, x.o FROM (
      SELECT btrim(e.value #>> '{}', E' \t\r\n\u00a0\u2007\u202f\u200b\ufeff') AS t, e.o
      FROM jsonb_array_elements(CASE WHEN jsonb_typeof(preferences -> 'avoidTopics') = 'array' THEN preferences -> 'avoidTopics' ELSE '[]' END)
        WITH ORDINALITY AS e(value, o)
      WHERE jsonb_typeof(e.value) = 'string') x
    WHERE char_length(x.t) BETWEEN 1 AND 200
    ORDER BY lower(x.t), x.o) y
  ORDER BY y.o LIMIT 50
$$;

CREATE FUNCTION nido.follow_avoided_topics() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  -- A topic written again in another case is the same topic, watched since it was first added.
  UPDATE nido.avoided_topics a SET topic = p.t FROM nido.profile_topics(NEW.preferences) AS p(t)
  WHERE a."userId" = NEW."userId" AND lower(a.topic) = lower(p.t) AND a.topic <> p.t;
  DELETE FROM nido.avoided_topics a
  WHERE a."userId" = NEW."userId" AND a.topic NOT IN (SELECT nido.profile_topics(NEW.preferences));
  -- What a caregiver found fine about a topic no longer avoided goes with it (it holds its words).
  DELETE FROM nido.mention_reviews r
  WHERE r."userId" = NEW."userId" AND lower(r.topic) NOT IN (SELECT lower(t) FROM nido.profile_topics(NEW.preferences) AS t);
  -- A new profile's topics were there from its creation; a later one, from now.
  INSERT INTO nido.avoided_topics ("userId", topic, "addedAt")
  SELECT NEW."userId", t, CASE WHEN TG_OP = 'INSERT' THEN LEAST(COALESCE(NEW."createdAt", now() AT TIME ZONE 'UTC'), now() AT TIME ZONE 'UTC')
                               ELSE now() AT TIME ZONE 'UTC' END
  FROM nido.profile_topics(NEW.preferences) AS t
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION nido.follow_avoided_topics() FROM PUBLIC;
CREATE TRIGGER nido_follow_avoided_topics AFTER INSERT OR UPDATE OF preferences ON user_profiles
  FOR EACH ROW EXECUTE FUNCTION nido.follow_avoided_topics();

-- Topics in profiles Nido did not see written (there before Nido, or loaded with triggers off, as
-- the demo's are) count from the profile's creation.
CREATE FUNCTION nido.adopt_avoided_topics() RETURNS VOID
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  INSERT INTO nido.avoided_topics ("userId", topic, "addedAt")
  SELECT p."userId", t, LEAST(COALESCE(p."createdAt", now() AT TIME ZONE 'UTC'), now() AT TIME ZONE 'UTC')
  FROM public.user_profiles p, nido.profile_topics(p.preferences) AS t
  ON CONFLICT DO NOTHING
$$;
REVOKE ALL ON FUNCTION nido.adopt_avoided_topics() FROM PUBLIC;
SELECT nido.adopt_avoided_topics();

-- The language a message is searched in: its session's. Spanish stems Spanish ("muerte",
-- "muertos"); every other language is searched with English stemming, the index's other half.
CREATE FUNCTION nido.search_config(language TEXT) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp
RETURN CASE WHEN lower(COALESCE(language, 'es')) LIKE 'es%' THEN 'pg_catalog.spanish'::regconfig ELSE 'pg_catalog.english'::regconfig END;
GRANT EXECUTE ON FUNCTION nido.search_config(TEXT) TO PUBLIC;

-- A text's words in both stemmings: the index finds the candidates of either language, and the
-- session's language then decides (nido.mentions). Its first 65,536 characters: a longer line
-- would exceed what a tsvector holds (1 MB) and fail the backend's insert.
CREATE FUNCTION nido.text_lexemes(content TEXT) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp
RETURN to_tsvector('pg_catalog.spanish', left(content, 65536)) || to_tsvector('pg_catalog.english', left(content, 65536));
GRANT EXECUTE ON FUNCTION nido.text_lexemes(TEXT) TO PUBLIC;

CREATE FUNCTION nido.topic_candidates(topic TEXT) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp SET client_min_messages = warning
RETURN phraseto_tsquery('pg_catalog.spanish', topic) || phraseto_tsquery('pg_catalog.english', topic);
GRANT EXECUTE ON FUNCTION nido.topic_candidates(TEXT) TO PUBLIC;

-- (A topic of only common words makes PostgreSQL say so, for every message: once, here, is enough.)
-- How a topic is watched: 'words' (full-text, the words as a phrase, stemmed), 'exact' (a topic of
-- no words, as an emoji: the exact text), or 'common' (only words too common to search in Spanish
-- or English, such as "the" or "de", or only punctuation: not watched, and the parent is told).
CREATE FUNCTION nido.topic_watch(topic TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp SET client_min_messages = warning
RETURN CASE WHEN numnode(phraseto_tsquery('pg_catalog.simple', topic)) = 0
              THEN CASE WHEN translate(topic, E' \t\r\n!"#$%&''()*+,-./:;<=>?@[\\]^_`{|}~¿¡«»“”‘’…', '') <> '' THEN 'exact' ELSE 'common' END
            WHEN numnode(phraseto_tsquery('pg_catalog.spanish', topic)) = 0 OR numnode(phraseto_tsquery('pg_catalog.english', topic)) = 0 THEN 'common'
            ELSE 'words' END;
GRANT EXECUTE ON FUNCTION nido.topic_watch(TEXT) TO PUBLIC;

-- The rule, written once: whether a text in a language mentions a topic.
CREATE FUNCTION nido.mentions(language TEXT, content TEXT, topic TEXT) RETURNS BOOLEAN
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp SET client_min_messages = warning
RETURN CASE nido.topic_watch(topic)
  WHEN 'words' THEN to_tsvector(nido.search_config(language), left(content, 65536)) @@ phraseto_tsquery(nido.search_config(language), topic)
  WHEN 'exact' THEN strpos(lower(content), lower(topic)) > 0
  ELSE false END;
GRANT EXECUTE ON FUNCTION nido.mentions(TEXT, TEXT, TEXT) TO PUBLIC;

-- Nido's index for the watch, additive: every message's words, in both stemmings.
-- (Built in the migration's transaction: the backend's message inserts wait for it, about 10 s for
-- the seed's 500,000 messages.) Its statistics would be every family's words: it keeps none.
CREATE INDEX "IDX_nido_ai_conversations_lexemes" ON ai_conversations USING gin (nido.text_lexemes(content));
ALTER INDEX "IDX_nido_ai_conversations_lexemes" ALTER COLUMN 1 SET STATISTICS 0;

-- A mention a caregiver has read and found fine, kept per caregiver.
CREATE TABLE nido.mention_reviews (
  reviewer NAME NOT NULL,
  "messageId" UUID NOT NULL,
  topic TEXT NOT NULL,
  "userId" UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  "reviewedAt" TIMESTAMP NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'),
  PRIMARY KEY (reviewer, "messageId", topic)
);
CREATE INDEX "IDX_nido_mention_reviews_userId" ON nido.mention_reviews ("userId");
ALTER TABLE nido.mention_reviews ENABLE ROW LEVEL SECURITY;
CREATE POLICY nido_others ON nido.mention_reviews USING (nido.not_caregiver()) WITH CHECK (nido.not_caregiver());
CREATE POLICY nido_self ON nido.mention_reviews FOR SELECT TO nido_caregiver
  USING (reviewer = current_user AND nido.may("userId", 'view'));
GRANT SELECT ON nido.mention_reviews TO nido_caregiver;
ALTER TABLE nido.mention_reviews ALTER COLUMN "userId" SET STATISTICS 0;
ALTER TABLE nido.mention_reviews ALTER COLUMN "messageId" SET STATISTICS 0;
ALTER TABLE nido.mention_reviews ALTER COLUMN reviewer SET STATISTICS 0;
ALTER TABLE nido.mention_reviews ALTER COLUMN topic SET STATISTICS 0;

-- Every message that mentions an avoided topic since the topic was added: the rule, written once.
-- Read through nido.child_topic_mentions(): under row rules a caregiver's query could not use the
-- index (@@ is not leakproof) and would stem every line of the child for every topic.
CREATE VIEW nido.topic_mentions AS
  SELECT t."userId", t.topic, m.id AS "messageId", m."sessionId", m."messageType"::text AS "messageType", m.content,
    m."createdAt", s.language::text AS language
  FROM nido.avoided_topics t
  JOIN public.ai_conversations m ON m."userId" = t."userId" AND m."createdAt" >= t."addedAt"
  JOIN public.voice_sessions s ON s.id = m."sessionId"
  WHERE nido.topic_watch(t.topic) = 'words'
    AND nido.text_lexemes(m.content) @@ nido.topic_candidates(t.topic)
    AND nido.mentions(s.language, m.content, t.topic)
  UNION ALL
  SELECT t."userId", t.topic, m.id, m."sessionId", m."messageType"::text, m.content, m."createdAt", s.language::text
  FROM nido.avoided_topics t
  JOIN public.ai_conversations m ON m."userId" = t."userId" AND m."createdAt" >= t."addedAt"
  JOIN public.voice_sessions s ON s.id = m."sessionId"
  WHERE nido.topic_watch(t.topic) = 'exact' AND nido.mentions(s.language, m.content, t.topic);

-- One child's mentions for a caller who may see the child, with whether that caller found each fine.
CREATE FUNCTION nido.child_topic_mentions(caller NAME, child UUID)
RETURNS TABLE ("userId" UUID, topic TEXT, "messageId" UUID, "sessionId" UUID, "messageType" TEXT, content TEXT,
               "createdAt" TIMESTAMP, language TEXT, fine BOOLEAN)
LANGUAGE plpgsql STABLE STRICT SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.check_caller(caller);
  IF NOT nido.caller_may(caller, child, 'view', 'public.ai_conversations', 'SELECT') THEN
    RAISE EXCEPTION '% may not see this child''s conversations', caller USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN QUERY SELECT m."userId", m.topic, m."messageId", m."sessionId", m."messageType", m.content, m."createdAt", m.language,
    EXISTS (SELECT 1 FROM nido.mention_reviews r WHERE r.reviewer = caller AND r."messageId" = m."messageId" AND r.topic = m.topic)
  FROM nido.topic_mentions m WHERE m."userId" = child;
END
$$;
GRANT EXECUTE ON FUNCTION nido.child_topic_mentions(NAME, UUID) TO PUBLIC;

CREATE FUNCTION nido.mark_mention_fine(caller NAME, child UUID, message UUID, watched TEXT) RETURNS VOID
LANGUAGE plpgsql STRICT SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM nido.check_caller(caller);
  IF NOT nido.caller_may(caller, child, 'view', 'public.ai_conversations', 'SELECT')
     OR NOT EXISTS (SELECT 1 FROM nido.topic_mentions m WHERE m."userId" = child AND m."messageId" = message AND m.topic = watched) THEN
    RAISE EXCEPTION 'no mention of this child that % may see is this one', caller USING ERRCODE = 'insufficient_privilege';
  END IF;
  INSERT INTO nido.mention_reviews (reviewer, "messageId", topic, "userId") VALUES (caller, message, watched, child)
  ON CONFLICT DO NOTHING;
END
$$;
GRANT EXECUTE ON FUNCTION nido.mark_mention_fine(NAME, UUID, UUID, TEXT) TO PUBLIC;

-- What a deletion could not take at once (a review locked by a caregiver's open transaction), what
-- was found fine about a line the backend deleted, and the reviews of roles that are gone: removed
-- by the hourly purge, in batches.
CREATE FUNCTION nido.sweep_reviews() RETURNS INTEGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  swept INTEGER;
  more INTEGER;
BEGIN
  DELETE FROM nido.memory_reviews WHERE ctid IN (
    SELECT r.ctid FROM nido.memory_reviews r
    WHERE NOT EXISTS (SELECT 1 FROM public.memory_contexts mc WHERE mc.id = r."memoryId")
       OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles g WHERE g.rolname = r.reviewer)
    LIMIT 10000 FOR UPDATE SKIP LOCKED);
  GET DIAGNOSTICS swept = ROW_COUNT;
  DELETE FROM nido.mention_reviews WHERE ctid IN (
    SELECT r.ctid FROM nido.mention_reviews r
    WHERE NOT EXISTS (SELECT 1 FROM public.ai_conversations m WHERE m.id = r."messageId")
       OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles g WHERE g.rolname = r.reviewer)
    LIMIT 10000 FOR UPDATE SKIP LOCKED);
  GET DIAGNOSTICS more = ROW_COUNT;
  RETURN swept + more;
END
$$;
GRANT EXECUTE ON FUNCTION nido.sweep_reviews() TO PUBLIC;
