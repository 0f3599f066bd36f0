#include "activitystatistics.h"
#include "agentchoicemodel.h"
#include "childlistmodel.h"
#include "childoverview.h"
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
        // The heartbeats' minute roll-ups (migration 12) count them all, NULL metrics too: made in one
        // go after the demo's load, and again for the heartbeats the backend left without metrics.
        QVERIFY(TestDatabase::scalar("SELECT COUNT(*) FROM session_heartbeats WHERE metrics IS NULL").toInt() > 0);
        const QString rolledUp = TestDatabase::scalar("SELECT SUM(heartbeats) || '|' || SUM(\"batteryLevelCount\") || '|' || "
                                                      "SUM(\"temperatureCount\") FROM nido.heartbeat_minutes").toString();
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
};

QTEST_GUILESS_MAIN(BackendFixturesTest)

#include "tst_backendfixtures.moc"
