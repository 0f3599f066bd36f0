#include "activitystatistics.h"
#include "agentchoicemodel.h"
#include "childlistmodel.h"
#include "childoverview.h"
#include "childoverviewfigures.h"
#include "database.h"
#include "devicehealth.h"
#include "fetchall.h"
#include "memorydetail.h"
#include "memorystatistics.h"
#include "memorytimelinemodel.h"
#include "schemamigrator.h"
#include "sessiondetail.h"
#include "sessionlistmodel.h"
#include "processrun.h"
#include "testdatabase.h"
#include "transcriptmodel.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>
#include <QFile>
#include <QSqlError>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QJsonArray>

// A database as the voice backend's ORM (TypeORM) makes it (tests/support/fixtures, from
// shared/fixtures): with the document's recommended extras and without, and with the NULLs its
// nullable columns allow. nido migrate and demo-data work on it, and so does every model.
class BackendFixturesTest : public QObject
{
    Q_OBJECT

private:
    using Run = ProcessRun;
    static Run run(const QString &program, const QStringList &arguments) { return runProcess(program, arguments); }

private Q_SLOTS:
    void ormDatabase_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("extrasAdded");
        QTest::newRow("with the recommended extras") << "backend_schema.sql" << QStringList();
        QTest::newRow("bare") << "backend_schema_bare.sql"
                              << QStringList{"table memory_access_log", "trigger update_memory_contexts_updated_at",
                                             "view v_memory_contexts_enriched", "view v_voice_sessions_stats"};
        QTest::newRow("partitioned by month") << "backend_schema_partitioned.sql"
                                              << QStringList{"table memory_access_log", "trigger update_memory_contexts_updated_at",
                                                             "view v_memory_contexts_enriched", "view v_voice_sessions_stats"};
    }

    void ormDatabase()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, extrasAdded);
        const QString name = "orm_" + QString(fixture).remove(".sql");
        QString restoreError;
        QVERIFY2(TestDatabase::createFromFixture(name, fixture, &restoreError), qPrintable(restoreError));
        QCOMPARE(TestDatabase::scalar("SELECT to_regclass('memory_access_log') IS NOT NULL").toBool(), extrasAdded.isEmpty());

        const Run migrate = run(NIDO_BINARY, {"migrate", "--database", TestDatabase::conninfo(name)});
        QVERIFY2(migrate.exitCode == 0, qPrintable(migrate.err));
        for (const QString &extra : extrasAdded)
            QVERIFY2(migrate.out.contains("added the schema document's " + extra), qPrintable(migrate.out));
        SchemaMigrator migrator(QSqlDatabase::database());
        QString error;
        QVERIFY2(migrator.checkCompatible(&error), qPrintable(error));
        QCOMPARE(migrator.missingDocumentExtras(), QStringList());

        const Run demo = run(NIDO_BINARY, {"demo-data", "--children", "2", "--database", TestDatabase::conninfo(name)});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM users").toInt(), 2);
        QVERIFY(TestDatabase::scalar("SELECT COUNT(*) FROM memory_contexts").toInt() > 50);
        QVERIFY(TestDatabase::leaveNullsAsABackendDoes());
        // The heartbeats' minutes (migrations 12 and 26) count them all, NULL metrics too: counted
        // when first read, after the backend left some heartbeats without metrics.
        QVERIFY(TestDatabase::scalar("SELECT COUNT(*) FROM session_heartbeats WHERE metrics IS NULL").toInt() > 0);
        const QString rolledUp = TestDatabase::scalar("SELECT SUM(heartbeats) || '|' || SUM(\"batteryLevelCount\") || '|' || "
                                                      "SUM(\"temperatureCount\") FROM nido.heartbeat_minutes_of(ARRAY(SELECT id FROM voice_sessions))").toString();
        QVERIFY(!rolledUp.isEmpty());
        QCOMPARE(rolledUp, TestDatabase::scalar("SELECT COUNT(*) || '|' || COUNT(nido.heartbeat_value(metrics, 'batteryLevel')) || '|' || "
                                                "COUNT(nido.heartbeat_value(metrics, 'temperature')) FROM session_heartbeats").toString());

        const QStringList children = TestDatabase::rows("SELECT id::text FROM users ORDER BY id");
        ChildListModel childList;
        QAbstractItemModelTester childTester(&childList, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(TestDatabase::settle());
        QVERIFY(fetchAll(childList));
        QCOMPARE(childList.rowCount(), 2);
        QVERIFY2(childList.errorString().isEmpty(), qPrintable(childList.errorString()));
        // The child without a name is shown by its email.
        QCOMPARE(childList.data(childList.index(childList.indexOfId(children[0])), ChildListModel::DisplayNameRole).toString(),
                 TestDatabase::scalar("SELECT email FROM users WHERE id = '" + children[0] + "'").toString());

        for (const QString &child : children) {
            ChildOverview overview;
            overview.setChildId(child);
            ActivityStatistics activity;
            activity.setChildId(child);
            MemoryStatistics memoryStatistics;
            memoryStatistics.setChildId(child);
            DeviceHealth health;
            health.setChildId(child);
            MemoryTimelineModel timeline;
            QAbstractItemModelTester timelineTester(&timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
            timeline.setChildId(child);
            SessionListModel sessions;
            QAbstractItemModelTester sessionsTester(&sessions, QAbstractItemModelTester::FailureReportingMode::QtTest);
            sessions.setChildId(child);
            AgentChoiceModel agents;
            agents.setChildId(child);
            QVERIFY(TestDatabase::settle());
            QVERIFY2(overview.loaded(), qPrintable(overview.errorString()));
            QVERIFY2(activity.errorString().isEmpty(), qPrintable(activity.errorString()));
            QVERIFY2(memoryStatistics.errorString().isEmpty(), qPrintable(memoryStatistics.errorString()));
            QVERIFY2(health.errorString().isEmpty(), qPrintable(health.errorString()));
            QVERIFY(fetchAll(timeline) && fetchAll(sessions) && fetchAll(agents));
            QVERIFY2(timeline.errorString().isEmpty(), qPrintable(timeline.errorString()));
            QVERIFY2(sessions.errorString().isEmpty(), qPrintable(sessions.errorString()));
            QCOMPARE(timeline.rowCount(), TestDatabase::scalar("SELECT COUNT(*) FROM memory_contexts WHERE \"userId\" = '" + child + "'").toInt());
            QCOMPARE(sessions.rowCount(), TestDatabase::scalar("SELECT COUNT(*) FROM voice_sessions WHERE \"userId\" = '" + child + "'").toInt());
        }

        // A session with neither a duration nor an end is of unknown length, not "0 min"; one with an
        // end but no duration lasted until its end.
        const QString unknown = TestDatabase::scalar("SELECT id::text FROM voice_sessions WHERE \"durationSeconds\" IS NULL AND \"endedAt\" IS NULL "
                                                     "AND status = 'ended' LIMIT 1").toString();
        const QString byEnd = TestDatabase::scalar("SELECT id::text FROM voice_sessions WHERE \"durationSeconds\" IS NULL AND \"endedAt\" IS NOT NULL "
                                                   "LIMIT 1").toString();
        QVERIFY(!unknown.isEmpty() && !byEnd.isEmpty());
        for (const QString &session : {unknown, byEnd}) {
            SessionDetail detail;
            detail.setChildId(TestDatabase::scalar("SELECT \"userId\"::text FROM voice_sessions WHERE id = '" + session + "'").toString());
            detail.setSessionId(session);
            TranscriptModel transcript;
            transcript.setChildId(detail.childId());
            transcript.setSessionId(session);
            QVERIFY(TestDatabase::settle());
            QVERIFY2(detail.loaded(), qPrintable(detail.errorString()));
            QVERIFY(fetchAll(transcript));
            QVERIFY2(transcript.errorString().isEmpty(), qPrintable(transcript.errorString()));
            const int expected = session == unknown ? -1
                : TestDatabase::scalar("SELECT EXTRACT(EPOCH FROM \"endedAt\" - \"startedAt\")::int FROM voice_sessions WHERE id = '" + session + "'").toInt();
            QCOMPARE(detail.session().durationSeconds, expected);
        }

        // A memory with no metadata, summary, session or agent opens, and its view is logged.
        const QString bare = TestDatabase::scalar("SELECT id::text FROM memory_contexts WHERE metadata IS NULL LIMIT 1").toString();
        MemoryDetail detail;
        detail.setChildId(TestDatabase::scalar("SELECT \"userId\"::text FROM memory_contexts WHERE id = '" + bare + "'").toString());
        detail.setMemoryId(bare);
        QVERIFY(TestDatabase::settle());
        QVERIFY2(detail.loaded(), qPrintable(detail.errorString()));
        QVERIFY(detail.memory().summary.isEmpty() && detail.memory().agentName.isEmpty() && detail.memory().tags.isEmpty());
        QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM memory_access_log WHERE \"memoryId\" = '" + bare + "' AND \"accessType\" = 'caregiver_view'").toInt(),
                 1);
    }

    // The schema document's archive, its own SQL run as a backend would: archiving is not deleting,
    // archived memories are exported, and a parent's deletion leaves no word of them anywhere.
    void theDocumentsArchiveIsTheChilds()
    {
        const QString name = QStringLiteral("orm_archive");
        QString error;
        QVERIFY2(TestDatabase::createFromFixture(name, "backend_schema.sql", &error), qPrintable(error));
        QCOMPARE(run(NIDO_BINARY, {"migrate", "--database", TestDatabase::conninfo(name)}).exitCode, 0);
        QCOMPARE(run(NIDO_BINARY, {"demo-data", "--children", "2", "--database", TestDatabase::conninfo(name)}).exitCode, 0);
        const QString child = TestDatabase::scalar("SELECT id::text FROM users ORDER BY id LIMIT 1").toString();
        // Forty of the child's memories old and unimportant enough for the document's archive job, one
        // holding words that must not survive its deletion, with a caregiver's correction and a view.
        const QString phrase = QStringLiteral("frase-que-debe-desaparecer-7731");
        QSqlQuery setup;
        QVERIFY2(setup.exec("UPDATE memory_contexts SET \"createdAt\" = now() - interval '2 years', importance = 0.1, \"accessCount\" = 0 "
                            "WHERE id IN (SELECT id FROM memory_contexts WHERE \"userId\" = '" + child + "' ORDER BY id LIMIT 40)"), qPrintable(setup.lastError().text()));
        // Another family's, archived too: a caregiver of the first child must not read them.
        const QString other = TestDatabase::scalar("SELECT id::text FROM users ORDER BY id OFFSET 1 LIMIT 1").toString();
        QVERIFY(setup.exec("UPDATE memory_contexts SET \"createdAt\" = now() - interval '2 years', importance = 0.1, \"accessCount\" = 0 "
                           "WHERE id IN (SELECT id FROM memory_contexts WHERE \"userId\" = '" + other + "' ORDER BY id LIMIT 5)"));
        QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM memory_contexts WHERE \"userId\" = '" + child + "' AND \"createdAt\" < now() - interval '1 year'").toInt(), 40);
        const QString marked = TestDatabase::scalar("SELECT id::text FROM memory_contexts WHERE \"userId\" = '" + child + "' ORDER BY id LIMIT 1").toString();
        QVERIFY(setup.exec("UPDATE memory_contexts SET summary = '" + phrase + "' WHERE id = '" + marked + "'"));
        QVERIFY(setup.exec("INSERT INTO memory_access_log (\"memoryId\", \"accessType\", metadata) VALUES ('" + marked + "', 'caregiver_edit', "
                           "'{\"from\": \"" + phrase + "\"}')"));
        QVERIFY(setup.exec("INSERT INTO nido.caregiver_audit (role, action, \"userId\", \"memoryId\", details) VALUES (current_user, 'edit', '"
                           + child + "', '" + marked + "', '{\"changes\": {\"summary\": {\"from\": null, \"to\": \"" + phrase + "\"}}}')"));
        // The window's own edit row (an owner's correction) holds the fields at the top.
        QVERIFY(setup.exec("INSERT INTO nido.caregiver_audit (role, action, \"userId\", \"memoryId\", details) VALUES (current_user, 'edit', '"
                           + child + "', '" + marked + "', '{\"summary\": {\"from\": \"" + phrase + "\", \"to\": \"otra cosa\"}}')"));
        QFile job(QStringLiteral(NIDO_SOURCE_DIR "/tests/support/fixtures/memory_archive.sql"));
        QVERIFY(job.open(QIODevice::ReadOnly));
        QVERIFY2(Database::executeScript(QSqlDatabase::database(), job.readAll(), &error), qPrintable(error));
        const int archived = TestDatabase::scalar("SELECT COUNT(*) FROM memory_contexts_archive WHERE \"userId\" = '" + child + "'").toInt();
        QVERIFY(archived >= 40);
        QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM nido.memory_deletion_outbox").toInt(), 0);

        // The next migrate gives the archive the row rules; the export holds every archived memory.
        SchemaMigrator migrator(QSqlDatabase::database());
        QCOMPARE(migrator.unadoptedMemoryLayout(), QStringList{"memory_contexts_archive"});
        // Until then an export says so, rather than leave the archived memories out.
        QTemporaryDir early;
        const Run tooEarly = run(NIDO_BINARY, {"export", "child", child, "--format", "json", "-o", early.filePath("data"), "--database",
                                               TestDatabase::conninfo(name)});
        QVERIFY(tooEarly.exitCode != 0);
        QVERIFY2(tooEarly.err.contains("nido migrate"), qPrintable(tooEarly.err));
        QVERIFY(!QFileInfo::exists(early.filePath("data")));
        const Run migrate = run(NIDO_BINARY, {"migrate", "--database", TestDatabase::conninfo(name)});
        QVERIFY2(migrate.out.contains("gave memory_contexts_archive Nido's row rules"), qPrintable(migrate.out));
        QVERIFY(TestDatabase::scalar("SELECT relrowsecurity FROM pg_class WHERE oid = 'memory_contexts_archive'::regclass").toBool());
        // A caregiver reads the archive of its own child only, through the server's function as the live memories.
        const Run caregiver = run(NIDO_BINARY, {"admin", "add-caregiver", "--role", "archive_reader", "--display-name", "Abuela", "--child",
                                                child + ":view", "--database", TestDatabase::conninfo(name)});
        QVERIFY2(caregiver.exitCode == 0, qPrintable(caregiver.err));
        int read = -1;
        QCOMPARE(TestDatabase::attemptAs(name, "archive_reader", "SELECT * FROM memory_contexts_archive", &read), QString("42501"));
        QCOMPARE(TestDatabase::attemptAs(name, "archive_reader", "SELECT * FROM nido.child_memories WHERE archived", &read), QString("42501"));
        QCOMPARE(TestDatabase::attemptAs(name, "archive_reader", "SELECT * FROM nido.memories('archive_reader', '" + child + "', "
                                         "'{\"archived\": true}', 'newest', NULL, NULL, NULL)", &read),
                 QString("ok"));
        QCOMPARE(read, archived);
        QTemporaryDir out;
        const Run exported = run(NIDO_BINARY, {"export", "child", child, "--format", "json", "-o", out.filePath("data"), "--database", TestDatabase::conninfo(name)});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile archiveFile(out.filePath("data/memory_contexts_archive.json"));
        QVERIFY(archiveFile.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(archiveFile.readAll()).array().size(), archived);

        // The timeline lists archived memories, marked, and the overview counts them.
        {
            MemoryTimelineModel timeline;
            QAbstractItemModelTester tester(&timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
            timeline.setChildId(child);
            ChildOverview overview;
            overview.setChildId(child);
            QVERIFY(TestDatabase::settle());
            QVERIFY(fetchAll(timeline));
            QVERIFY2(timeline.errorString().isEmpty(), qPrintable(timeline.errorString()));
            int marked = 0;
            for (int row = 0; row < timeline.rowCount(); ++row)
                marked += timeline.index(row, 0).data(MemoryTimelineModel::ArchivedRole).toBool();
            QCOMPARE(marked, archived);
            const int live = TestDatabase::scalar("SELECT COUNT(*) FROM memory_contexts WHERE \"userId\" = '" + child + "'").toInt();
            QCOMPARE(timeline.rowCount(), live + archived);
            QVERIFY2(overview.loaded(), qPrintable(overview.errorString()));
            QCOMPARE(overview.figures().memoriesTotal, live + archived);
        }

        // Forgetting everything, live and archived, leaves no row of those memories and none of their words.
        const QString all = TestDatabase::scalar("SELECT string_agg(id::text, ',') FROM (SELECT id FROM memory_contexts WHERE \"userId\" = '" + child
                                                 + "' UNION ALL SELECT id FROM memory_contexts_archive WHERE \"userId\" = '" + child + "') m").toString();
        QVERIFY(setup.exec("SELECT nido.delete_memories(current_user, '" + child + "', string_to_array('" + all + "', ',')::uuid[])"));
        QVERIFY(setup.next());
        QCOMPARE(setup.value(0).toInt(), int(all.count(u',')) + 1);
        QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM memory_contexts_archive WHERE \"userId\" = '" + child + "'").toInt(), 0);
        QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM nido.memory_deletion_outbox WHERE \"userId\" = '" + child + "'").toInt(), int(all.count(u',')) + 1);
        QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM memory_access_log WHERE \"memoryId\" = '" + marked + "'").toInt(), 0);
        QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM nido.caregiver_audit WHERE \"memoryId\" = '" + marked + "'").toInt(), 2);
        QCOMPARE(wordsFound(phrase), QStringList());
    }

    // The document's partitions: nido migrate adds the access log without the foreign key it cannot
    // have, a deletion removes the log's rows itself, and a month added later gets Nido's row rules
    // and statistics settings at the next migrate.
    void theDocumentsPartitionsKeepNidosPromises()
    {
        const QString name = QStringLiteral("orm_partitioned");
        QString error;
        QVERIFY2(TestDatabase::createFromFixture(name, "backend_schema_partitioned.sql", &error), qPrintable(error));
        const Run migrate = run(NIDO_BINARY, {"migrate", "--database", TestDatabase::conninfo(name)});
        QVERIFY2(migrate.exitCode == 0, qPrintable(migrate.err));
        QVERIFY2(migrate.out.contains("memory_access_log has no foreign key"), qPrintable(migrate.out));
        QCOMPARE(run(NIDO_BINARY, {"demo-data", "--children", "2", "--database", TestDatabase::conninfo(name)}).exitCode, 0);
        SchemaMigrator migrator(QSqlDatabase::database());
        QCOMPARE(migrator.unadoptedMemoryLayout(), QStringList());

        const QString child = TestDatabase::scalar("SELECT id::text FROM users ORDER BY id LIMIT 1").toString();
        const QString memory = TestDatabase::scalar("SELECT id::text FROM memory_contexts WHERE \"userId\" = '" + child + "' ORDER BY id LIMIT 1").toString();
        const QString phrase = QStringLiteral("palabras-de-una-particion-5519");
        QSqlQuery setup;
        QVERIFY(setup.exec("UPDATE memory_contexts SET content = '" + phrase + "' WHERE id = '" + memory + "'"));
        QVERIFY(setup.exec("INSERT INTO memory_access_log (\"memoryId\", \"accessType\", metadata) VALUES ('" + memory + "', 'caregiver_edit', "
                           "'{\"to\": \"" + phrase + "\"}')"));
        QVERIFY(setup.exec("INSERT INTO nido.caregiver_audit (role, action, \"userId\", \"memoryId\", details) VALUES (current_user, 'edit', '"
                           + child + "', '" + memory + "', '{\"content\": {\"from\": \"antes\", \"to\": \"" + phrase + "\"}}')"));
        QVERIFY(setup.exec("SELECT nido.delete_memories(current_user, '" + child + "', ARRAY['" + memory + "']::uuid[])"));
        QVERIFY(setup.next());
        QCOMPARE(setup.value(0).toInt(), 1);
        QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM memory_access_log WHERE \"memoryId\" = '" + memory + "'").toInt(), 0);
        QCOMPARE(wordsFound(phrase), QStringList());

        QVERIFY(setup.exec("CREATE TABLE memory_contexts_2028_01 PARTITION OF memory_contexts FOR VALUES FROM ('2028-01-01') TO ('2028-02-01')"));
        QCOMPARE(migrator.unadoptedMemoryLayout(), QStringList{"memory_contexts_2028_01"});
        const Run again = run(NIDO_BINARY, {"migrate", "--database", TestDatabase::conninfo(name)});
        QVERIFY2(again.out.contains("gave memory_contexts_2028_01 Nido's row rules"), qPrintable(again.out));
        QVERIFY(TestDatabase::scalar("SELECT relrowsecurity FROM pg_class WHERE oid = 'memory_contexts_2028_01'::regclass").toBool());
        QCOMPARE(TestDatabase::scalar("SELECT attstattarget FROM pg_attribute WHERE attrelid = 'memory_contexts_2028_01'::regclass "
                                      "AND attname = 'userId'").toInt(), 0);
        QCOMPARE(migrator.unadoptedMemoryLayout(), QStringList());
    }

private:
    // Every text and JSON column of every table of the backend's and Nido's that holds `phrase`.
    static QStringList wordsFound(const QString &phrase)
    {
        QStringList found;
        const QStringList columns = TestDatabase::rows(
            "SELECT format('%I.%I', c.table_schema, c.table_name) || '|' || quote_ident(c.column_name) FROM information_schema.columns c "
            "JOIN information_schema.tables t USING (table_schema, table_name) WHERE t.table_type = 'BASE TABLE' "
            "AND c.table_schema IN ('public', 'nido') AND c.data_type IN ('text', 'character varying', 'json', 'jsonb')");
        for (const QString &column : columns) {
            const QString table = column.section(u'|', 0, 0);
            const QString field = column.section(u'|', 1);
            if (TestDatabase::scalar("SELECT COUNT(*) FROM " + table + " WHERE " + field + "::text LIKE '%" + phrase + "%'").toInt() > 0)
                found << table + u'.' + field;
        }
        return found;
    }
};

QTEST_GUILESS_MAIN(BackendFixturesTest)

#include "tst_backendfixtures.moc"
