#include "database.h"
#include "schemamigrator.h"
#include "testdatabase.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

// The seed (000_6291c073d3fd4bac.txt) written out independently of the migration, so a
// migration that drifts from the contract fails here by name.
class SchemaTest : public QObject
{
    Q_OBJECT

private:
    static QStringList catalogOfBackend()
    {
        return TestDatabase::rows(QStringLiteral(
                   "SELECT table_name, column_name, udt_name, is_nullable, COALESCE(column_default, '') "
                   "FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2"))
            + TestDatabase::rows(QStringLiteral("SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
                                  "WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2"))
            + TestDatabase::rows(QStringLiteral("SELECT tgrelid::regclass::text, tgname FROM pg_trigger WHERE NOT tgisinternal "
                                  "AND tgname NOT LIKE 'nido\\_%' ORDER BY 1, 2"));
    }

    static QSet<QString> indexNames()
    {
        const QStringList names = TestDatabase::rows(QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"));
        return {names.begin(), names.end()};
    }

    // A backend that made the document's schema itself, with its recommended extras or without.
    static void applyBackendScriptOnly(bool withExtras = true)
    {
        QStringList scripts{QStringLiteral(":/sql/0001_backend_schema.sql")};
        if (withExtras)
            scripts << QStringLiteral(":/sql/backend_extras.sql");
        for (const QString &path : scripts) {
            QFile script(path);
            QVERIFY(script.open(QIODevice::ReadOnly));
            QString error;
            QVERIFY2(Database::executeScript(QSqlDatabase::database(), script.readAll(), &error), qPrintable(error));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestDatabase::create(QStringLiteral("schema_seed"));
        SchemaMigrator migrator(QSqlDatabase::database());
        QString error;
        QStringList applied;
        QVERIFY2(migrator.migrate(&error, &applied), qPrintable(error));
        QCOMPARE(applied, (QStringList{"0001_backend_schema", "0002_nido_schema", "0003_memory_search_and_deletions",
                                      "0004_session_activity_notifications", "0005_caregivers_and_row_security",
                              "0006_caregiver_hardening", "0007_nothing_learnt_of_other_families", "0008_profile_editing", "0009_agent_persona_versions", "0010_exports",
                              "0011_screens_at_seed_scale", "0012_heartbeat_minutes", "0013_one_place_for_each_rule",
                              "0014_archive_and_partitions", "0015_backend_never_starved_audit_truthful", "0016_retention", "0017_attention",
                              "0018_session_data_through_functions", "0019_sessions_through_functions", "0020_children_through_functions", "0021_message_reads_audited", "0022_agents_through_functions", "0023_memories_through_functions", "0024_nido_tables_through_functions", "0025_what_the_second_review_found", "0026_heartbeat_minutes_counted_when_read", "0027_waking_hours_read_by_the_server", "0028_message_words_indexed_inline", "0029_unreviewed_memories_counted_in_place", "0030_a_sessions_percentile_read_in_place", "0031_export_read_in_pages", "0032_problems_read_from_their_index"}));
    }

    void columns_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QStringList>("expected");
        const auto ts = QStringLiteral("timestamp");
        QTest::newRow("users") << "users"
                               << QStringList{"id:uuid", "email:varchar", "firstName:varchar", "lastName:varchar",
                                              "createdAt:" + ts, "updatedAt:" + ts};
        QTest::newRow("user_profiles") << "user_profiles"
                                       << QStringList{"id:uuid", "userId:uuid", "age:int4", "preferences:jsonb",
                                                      "routines:jsonb", "familyContext:jsonb",
                                                      "developmentMilestones:jsonb", "createdAt:" + ts, "updatedAt:" + ts};
        QTest::newRow("agents") << "agents"
                                << QStringList{"id:uuid", "name:varchar", "description:text", "persona:jsonb",
                                               "voiceSettings:jsonb", "ownerUserId:uuid", "isPublic:bool",
                                               "createdAt:" + ts, "updatedAt:" + ts};
        QTest::newRow("voice_sessions")
            << "voice_sessions"
            << QStringList{"id:uuid", "userId:uuid", "sessionToken:varchar", "roomName:varchar",
                           "status:voice_sessions_status_enum", "language:varchar", "metadata:jsonb",
                           "startedAt:" + ts, "endedAt:" + ts, "durationSeconds:int4", "messageCount:int4",
                           "totalTokensUsed:int4", "totalCost:numeric"};
        QTest::newRow("ai_conversations")
            << "ai_conversations"
            << QStringList{"id:uuid", "sessionId:uuid", "userId:uuid", "messageType:varchar", "content:text",
                           "audioUrl:varchar", "tokensUsed:int4", "cost:numeric", "metadata:jsonb", "createdAt:" + ts};
        QTest::newRow("session_heartbeats")
            << "session_heartbeats"
            << QStringList{"id:uuid", "sessionId:uuid", "status:varchar", "metrics:jsonb", "deviceId:varchar",
                           "errorMessage:text", "timestamp:" + ts};
        QTest::newRow("memory_contexts")
            << "memory_contexts"
            << QStringList{"id:uuid", "userId:uuid", "sessionId:uuid", "agentId:uuid",
                           "memoryType:memory_contexts_memorytype_enum", "category:memory_contexts_category_enum",
                           "content:text", "summary:text", "metadata:jsonb", "chromaCollectionId:varchar",
                           "chromaCollectionName:varchar", "importance:float8", "accessCount:int4",
                           "lastAccessedAt:" + ts, "createdAt:" + ts, "updatedAt:" + ts, "expiresAt:" + ts};
        QTest::newRow("memory_access_log")
            << "memory_access_log"
            << QStringList{"id:uuid", "memoryId:uuid", "accessedAt:" + ts, "accessType:varchar", "metadata:jsonb"};
    }

    void columns()
    {
        QFETCH(QString, table);
        QFETCH(QStringList, expected);
        QSqlQuery query;
        query.prepare(QStringLiteral("SELECT column_name || ':' || udt_name FROM information_schema.columns "
                                     "WHERE table_schema = 'public' AND table_name = :table"));
        query.bindValue(QStringLiteral(":table"), table);
        QVERIFY(query.exec());
        QStringList actual;
        while (query.next())
            actual << query.value(0).toString();
        actual.sort();
        expected.sort();
        QCOMPARE(actual, expected);
    }

    void primaryKeysAreUuidsWithDefaults()
    {
        const QStringList tables = TestDatabase::rows(QStringLiteral(
            "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id' "
            "AND column_default = 'gen_random_uuid()' AND table_name IN (SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = 'public' AND table_type = 'BASE TABLE') ORDER BY 1"));
        QCOMPARE(tables, (QStringList{"agents", "ai_conversations", "memory_access_log", "memory_contexts",
                                      "session_heartbeats", "user_profiles", "users", "voice_sessions"}));
        QCOMPARE(TestDatabase::scalar(QStringLiteral("SELECT COUNT(*) FROM pg_constraint WHERE contype = 'p' "
                                                     "AND connamespace = 'public'::regnamespace")).toInt(), 8);
    }

    void userProfileIsOneToOne()
    {
        QCOMPARE(TestDatabase::scalar(QStringLiteral(
                     "SELECT COUNT(*) FROM pg_constraint WHERE contype = 'u' AND conrelid = 'user_profiles'::regclass "
                     "AND conkey = ARRAY[(SELECT attnum FROM pg_attribute WHERE attrelid = 'user_profiles'::regclass "
                     "AND attname = 'userId')]")).toInt(), 1);
    }

    void enums()
    {
        const QStringList actual = TestDatabase::rows(QStringLiteral(
            "SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_type t "
            "JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typnamespace = 'public'::regnamespace GROUP BY t.typname ORDER BY 1"));
        QCOMPARE(actual, (QStringList{
                             "memory_contexts_category_enum|conversation,interest,emotion,achievement,routine,"
                             "preference,learning,family,other",
                             "memory_contexts_memorytype_enum|episodic,semantic,procedural",
                             "voice_sessions_status_enum|active,ended,paused"}));
    }

    void foreignKeys()
    {
        const QStringList actual = TestDatabase::rows(QStringLiteral(
            "SELECT c.conrelid::regclass::text || '.' || a.attname || ' -> ' || c.confrelid::regclass::text || '.' "
            "  || af.attname || ' ON DELETE ' || CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' "
            "  WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' ELSE 'SET DEFAULT' END "
            "FROM pg_constraint c "
            "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
            "JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1] "
            "WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace ORDER BY 1"));
        QCOMPARE(actual, (QStringList{
                             "ai_conversations.sessionId -> voice_sessions.id ON DELETE CASCADE",
                             "memory_access_log.memoryId -> memory_contexts.id ON DELETE CASCADE",
                             "memory_contexts.agentId -> agents.id ON DELETE SET NULL",
                             "memory_contexts.sessionId -> voice_sessions.id ON DELETE SET NULL",
                             "memory_contexts.userId -> users.id ON DELETE CASCADE",
                             "session_heartbeats.sessionId -> voice_sessions.id ON DELETE CASCADE",
                             "user_profiles.userId -> users.id ON DELETE CASCADE",
                             "voice_sessions.userId -> users.id ON DELETE CASCADE"}));
    }

    void seedIndexes()
    {
        const QStringList actual = TestDatabase::rows(QStringLiteral(
            "SELECT i.relname || ' ON ' || t.relname || ' (' || string_agg(a.attname, ', ' ORDER BY k.n) || ')' "
            "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
            "CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, n) "
            "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum "
            "WHERE i.relname LIKE 'IDX\\_%' AND i.relname NOT LIKE 'IDX\\_nido\\_%' GROUP BY i.relname, t.relname ORDER BY 1"));
        QCOMPARE(actual, (QStringList{
                             "IDX_ai_conversations_sessionId ON ai_conversations (sessionId)",
                             "IDX_ai_conversations_userId ON ai_conversations (userId)",
                             "IDX_memory_access_log_accessedAt ON memory_access_log (accessedAt)",
                             "IDX_memory_access_log_memoryId ON memory_access_log (memoryId)",
                             "IDX_memory_contexts_agentId ON memory_contexts (agentId)",
                             "IDX_memory_contexts_createdAt ON memory_contexts (createdAt)",
                             "IDX_memory_contexts_importance ON memory_contexts (importance)",
                             "IDX_memory_contexts_sessionId ON memory_contexts (sessionId)",
                             "IDX_memory_contexts_userId_agentId_memoryType ON memory_contexts (userId, agentId, memoryType)",
                             "IDX_memory_contexts_userId_memoryType ON memory_contexts (userId, memoryType)",
                             "IDX_session_heartbeats_sessionId_timestamp ON session_heartbeats (sessionId, timestamp)",
                             "IDX_session_heartbeats_status ON session_heartbeats (status)",
                             "IDX_voice_sessions_status ON voice_sessions (status)",
                             "IDX_voice_sessions_userId ON voice_sessions (userId)"}));
    }

    void updatedAtTrigger()
    {
        QCOMPARE(TestDatabase::rows(QStringLiteral("SELECT tgrelid::regclass::text, tgname, p.proname, tgtype FROM pg_trigger t "
                                     "JOIN pg_proc p ON p.oid = t.tgfoid WHERE NOT tgisinternal AND tgname NOT LIKE 'nido\\_%'")),
                 // tgtype 19 = ROW | BEFORE | UPDATE
                 QStringList{"memory_contexts|update_memory_contexts_updated_at|update_updated_at_column|19"});

        QSqlQuery query;
        QVERIFY(query.exec(QStringLiteral(
            "WITH u AS (INSERT INTO users (\"firstName\") VALUES ('Trigger') RETURNING id) "
            "INSERT INTO memory_contexts (\"userId\", \"memoryType\", content, \"updatedAt\") "
            "SELECT id, 'semantic', 'x', '2000-01-01' FROM u RETURNING id")));
        QVERIFY(query.next());
        const QString id = query.value(0).toString();
        query.prepare(QStringLiteral("UPDATE memory_contexts SET content = 'y' WHERE id = CAST(:id AS uuid) RETURNING \"updatedAt\" > '2020-01-01'"));
        query.bindValue(QStringLiteral(":id"), id);
        QVERIFY(query.exec() && query.next());
        QVERIFY(query.value(0).toBool());
    }

    void views()
    {
        QCOMPARE(TestDatabase::rows(QStringLiteral("SELECT table_name FROM information_schema.views WHERE table_schema = 'public' ORDER BY 1")),
                 (QStringList{"v_memory_contexts_enriched", "v_voice_sessions_stats"}));
        const auto viewColumns = [](const QString &view) {
            return TestDatabase::rows(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_name = '%1' "
                                       "ORDER BY ordinal_position").arg(view));
        };
        const QStringList memoryColumns = viewColumns(QStringLiteral("memory_contexts"));
        const QStringList enrichedExtra{"user_name", "user_email", "agent_name", "session_start", "age_days",
                                        "importance_level"};
        QCOMPARE(viewColumns(QStringLiteral("v_memory_contexts_enriched")), memoryColumns + enrichedExtra);
        const QStringList statsExtra{"conversation_count", "memory_count", "last_message_at", "agent_name"};
        QCOMPARE(viewColumns(QStringLiteral("v_voice_sessions_stats")), viewColumns(QStringLiteral("voice_sessions")) + statsExtra);

        QSqlQuery query;
        QVERIFY(query.exec(QStringLiteral(
            "WITH u AS (INSERT INTO users (\"firstName\") VALUES ('Levels') RETURNING id) "
            "INSERT INTO memory_contexts (\"userId\", \"memoryType\", content, importance, \"expiresAt\") "
            "SELECT id, 'episodic', v.c, v.i, v.e FROM u, (VALUES ('low', 0.29, NULL::timestamp), ('medium', 0.3, NULL), "
            "('high', 0.7, NULL), ('expired', 0.9, '2001-01-01'::timestamp)) AS v(c, i, e)")));
        QCOMPARE(TestDatabase::rows(QStringLiteral("SELECT content || '=' || importance_level FROM v_memory_contexts_enriched "
                                     "WHERE user_name = 'Levels' ORDER BY importance")),
                 (QStringList{"low=LOW", "medium=MEDIUM", "high=HIGH", "expired=EXPIRED"}));
    }

    void deleteRules()
    {
        QSqlQuery query;
        QVERIFY(query.exec(QStringLiteral(
            "WITH u AS (INSERT INTO users (\"firstName\") VALUES ('Rules') RETURNING id), "
            "a AS (INSERT INTO agents (name) VALUES ('Rules agent') RETURNING id), "
            "s AS (INSERT INTO voice_sessions (\"userId\", \"sessionToken\") SELECT id, 't' FROM u RETURNING id, \"userId\"), "
            "m AS (INSERT INTO memory_contexts (\"userId\", \"sessionId\", \"agentId\", \"memoryType\", content) "
            "  SELECT s.\"userId\", s.id, a.id, 'episodic', 'rules' FROM s, a RETURNING id) "
            "INSERT INTO memory_access_log (\"memoryId\", \"accessType\") SELECT id, 'retrieve' FROM m")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM agents WHERE name = 'Rules agent'")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM voice_sessions WHERE \"sessionToken\" = 't'")));
        QCOMPARE(TestDatabase::rows(QStringLiteral("SELECT (\"sessionId\" IS NULL)::text || (\"agentId\" IS NULL)::text FROM memory_contexts WHERE content = 'rules'")),
                 QStringList{"truetrue"});
        QVERIFY(query.exec(QStringLiteral("DELETE FROM users WHERE \"firstName\" = 'Rules'")));
        QCOMPARE(TestDatabase::scalar(QStringLiteral("SELECT COUNT(*) FROM memory_contexts WHERE content = 'rules'")).toInt(), 0);
        QCOMPARE(TestDatabase::scalar(QStringLiteral("SELECT COUNT(*) FROM memory_access_log WHERE \"accessType\" = 'retrieve'")).toInt(), 0);
    }

    void migratingTwiceChangesNothing()
    {
        SchemaMigrator migrator(QSqlDatabase::database());
        QString error;
        QStringList applied;
        QVERIFY2(migrator.migrate(&error, &applied), qPrintable(error));
        QVERIFY(applied.isEmpty());
        QCOMPARE(migrator.appliedVersion(&error), SchemaMigrator::latestVersion());
    }

    void backendDatabaseGetsOnlyAdditions()
    {
        TestDatabase::create(QStringLiteral("schema_backend"));
        applyBackendScriptOnly();
        const QStringList before = catalogOfBackend();
        const QSet<QString> indexesBefore = indexNames();

        SchemaMigrator migrator(QSqlDatabase::database());
        QString error;
        QVERIFY2(migrator.checkCompatible(&error), qPrintable(error));
        QCOMPARE(migrator.appliedVersion(&error), 0);
        QStringList applied;
        QVERIFY2(migrator.migrate(&error, &applied), qPrintable(error));
        QCOMPARE(applied.size(), SchemaMigrator::latestVersion());

        QCOMPARE(catalogOfBackend(), before);
        const QSet<QString> added = indexNames() - indexesBefore;
        QVERIFY(indexesBefore.size() < indexNames().size());
        for (const QString &name : added)
            QVERIFY2(name.startsWith(QLatin1String("IDX_nido_")), qPrintable(name));
        QCOMPARE(TestDatabase::rows(QStringLiteral("SELECT version, \"scriptRun\" FROM nido.schema_migrations ORDER BY version")).first(),
                 QStringLiteral("1|false"));
        QCOMPARE(TestDatabase::rows(QStringLiteral("SELECT tgrelid::regclass::text || '.' || tgname FROM pg_trigger "
                                     "WHERE tgname LIKE 'nido\\_%' AND tgrelid IN (SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace) "
                                     "ORDER BY 1")),
                 (QStringList{"agents.nido_keep_persona_version", "memory_contexts.nido_apply_retention", "memory_contexts.nido_audit_caregiver_edit",
                              "memory_contexts.nido_forget_reviews", "memory_contexts.nido_queue_memory_purge", "memory_contexts.nido_refuse_earlier_end", "session_heartbeats.nido_heartbeat_minutes_delete",
                              "session_heartbeats.nido_heartbeat_minutes_late", "session_heartbeats.nido_heartbeat_minutes_truncate",
                              "session_heartbeats.nido_heartbeat_minutes_update",
                              "user_profiles.nido_audit_caregiver_create", "user_profiles.nido_audit_caregiver_edit", "user_profiles.nido_follow_avoided_topics",
                              "users.nido_audit_caregiver_edit", "voice_sessions.nido_heartbeat_minutes_sessions"}));
    }

    void missingBackendPartsAreListedAndNothingChanges()
    {
        TestDatabase::create(QStringLiteral("schema_missing"));
        applyBackendScriptOnly();
        QSqlQuery query;
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE memory_contexts DROP COLUMN \"agentId\" CASCADE")));
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE voice_sessions DROP COLUMN \"totalCost\" CASCADE")));
        const QStringList before = catalogOfBackend();

        SchemaMigrator migrator(QSqlDatabase::database());
        QCOMPARE(migrator.missingBackendObjects(),
                 (QStringList{"column voice_sessions.\"totalCost\"", "column memory_contexts.\"agentId\""}));
        QString error;
        QVERIFY(!migrator.migrate(&error));
        QVERIFY2(error.contains(QLatin1String("memory_contexts.\"agentId\"")) && error.contains(QLatin1String("totalCost")),
                 qPrintable(error));
        QCOMPARE(catalogOfBackend(), before);
        QVERIFY(!TestDatabase::scalar(QStringLiteral("SELECT to_regnamespace('nido') IS NOT NULL")).toBool());
    }

    void documentExtrasAreAddedNotRequired()
    {
        TestDatabase::create(QStringLiteral("schema_bare"));
        applyBackendScriptOnly(false);
        SchemaMigrator migrator(QSqlDatabase::database());
        QString error;
        QCOMPARE(migrator.missingBackendObjects(), QStringList());
        QCOMPARE(migrator.missingDocumentExtras(),
                 (QStringList{"table memory_access_log", "trigger update_memory_contexts_updated_at",
                              "view v_memory_contexts_enriched", "view v_voice_sessions_stats"}));
        QVERIFY2(migrator.checkCompatible(&error), qPrintable(error));
        QVERIFY2(migrator.migrate(&error), qPrintable(error));
        QCOMPARE(migrator.missingDocumentExtras(), QStringList());
        QCOMPARE(migrator.appliedVersion(&error), SchemaMigrator::latestVersion());

        // Exactly as the document defines them: the same catalogue as a backend that made them.
        const QStringList added = catalogOfBackend();
        TestDatabase::create(QStringLiteral("schema_full"));
        applyBackendScriptOnly(true);
        QCOMPARE(added, catalogOfBackend());
    }

    void newerSchemaIsRefused()
    {
        TestDatabase::create(QStringLiteral("schema_newer"));
        SchemaMigrator migrator(QSqlDatabase::database());
        QString error;
        QVERIFY2(migrator.migrate(&error), qPrintable(error));
        QSqlQuery query;
        QVERIFY(query.exec(QStringLiteral("INSERT INTO nido.schema_migrations (version, name, \"scriptRun\") VALUES (999, 'future', true)")));
        QVERIFY(!migrator.checkCompatible(&error));
        QVERIFY2(error.contains(QLatin1String("999")), qPrintable(error));
        error.clear();
        QVERIFY(!migrator.migrate(&error));
        QVERIFY(!error.isEmpty());
    }

    // Version 4 deleted by hand, with its triggers: Nido cannot know what else went, so it opens nothing.
    void gapInTheMigrationsIsRefused()
    {
        TestDatabase::create(QStringLiteral("schema_gap"));
        SchemaMigrator migrator(QSqlDatabase::database());
        QString error;
        QVERIFY2(migrator.migrate(&error), qPrintable(error));
        QVERIFY2(migrator.checkCompatible(&error), qPrintable(error));
        QSqlQuery query;
        QVERIFY(query.exec(QStringLiteral("DELETE FROM nido.schema_migrations WHERE version = 4")));
        QCOMPARE(query.numRowsAffected(), 1);
        QVERIFY(!migrator.checkCompatible(&error));
        QVERIFY2(error.contains(QString("lacks version 4 of %1").arg(SchemaMigrator::latestVersion())), qPrintable(error));
        error.clear();
        QVERIFY(!migrator.migrate(&error));
        QVERIFY2(error.contains(QLatin1String("lacks version 4")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(SchemaTest)
#include "tst_schema.moc"
