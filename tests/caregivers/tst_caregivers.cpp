#include "accessrights.h"
#include "activitystatistics.h"
#include "agentchoicemodel.h"
#include "caregiveradmin.h"
#include "caregiverauditmodel.h"
#include "childlistmodel.h"
#include "childoverview.h"
#include "database.h"
#include "demodatagenerator.h"
#include "devicehealth.h"
#include "heartbeatalertmodel.h"
#include "memorydetail.h"
#include "memoryeditor.h"
#include "memorystatistics.h"
#include "memorytimelinemodel.h"
#include "pendingpurgemodel.h"
#include "sessiondetail.h"
#include "schemamigrator.h"
#include "sessionlistmodel.h"
#include "fetchall.h"
#include "processrun.h"
#include "testdatabase.h"
#include "editorwait.h"
#include "transcriptmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

// Two families on one database: under caregiver A's role nothing of family B is reachable, by
// raw SQL or through any model; permissions are enforced by the server.
class CaregiversTest : public QObject
{
    Q_OBJECT

private:
    QStringList m_children;                    // c0, c1: family A; c2, c3: family B
    QString familyB() const { return "'" + m_children.at(2) + "', '" + m_children.at(3) + "'"; }

    struct Role {
        explicit Role(const QString &name)
        {
            QSqlQuery query;
            ok = query.exec("SET ROLE \"" + name + "\"") && TestDatabase::onWorker("SET ROLE \"" + name + "\"");
        }
        ~Role()
        {
            QSqlQuery().exec("RESET ROLE");
            TestDatabase::onWorker("RESET ROLE");
        }
        bool ok = false;
    };

    static qint64 count(const QString &sql) { return TestDatabase::scalar(sql).toLongLong(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSqlDatabase db = TestDatabase::create(QStringLiteral("caregivers"));
        QString error;
        QVERIFY2(SchemaMigrator(db).migrate(&error), qPrintable(error));
        QVERIFY2(DemoDataGenerator(db, DemoDataGenerator::familyScale(4)).generate(&error), qPrintable(error));
        m_children = TestDatabase::rows("SELECT id::text FROM users ORDER BY id");
        QCOMPARE(m_children.size(), 4);

        QSqlQuery setup;
        for (const char *role : {"alice", "bob", "viola", "voice_backend"})
            setup.exec(QString("DROP ROLE IF EXISTS %1").arg(QLatin1String(role)));
        CaregiverAdmin admin(db);
        QVERIFY2(admin.addCaregiver("alice", "Alice", {{m_children[0], "manage"}, {m_children[1], "view"}}, {}, &error), qPrintable(error));
        QVERIFY2(admin.addCaregiver("bob", "Bob", {{m_children[2], "manage"}, {m_children[3], "manage"}}, {}, &error), qPrintable(error));
        QVERIFY2(admin.addCaregiver("viola", "Viola", {{m_children[0], "view"}}, "s3cret", &error), qPrintable(error));
        // The backend's own role: not the owner, not a caregiver.
        QVERIFY(setup.exec("CREATE ROLE voice_backend LOGIN"));
        QVERIFY(setup.exec("GRANT USAGE ON SCHEMA nido TO voice_backend"));
        QVERIFY(setup.exec("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO voice_backend"));

        // Rows of every kind for family B, as the backend writes them.
        QVERIFY(setup.exec("INSERT INTO memory_access_log (\"memoryId\", \"accessType\") SELECT id, 'retrieve' FROM memory_contexts"));
        QVERIFY(setup.exec("INSERT INTO nido.memory_deletion_outbox (\"memoryId\", \"userId\") SELECT id, \"userId\" FROM memory_contexts "
                           "WHERE \"userId\" IN (" + familyB() + ") LIMIT 5"));
        QVERIFY(setup.exec("INSERT INTO nido.caregiver_audit (role, action, \"userId\") VALUES ('bob', 'view', '" + m_children[2] + "')"));
    }

    void rawSqlReachesNothingOfTheOtherFamily()
    {
        const QStringList sessionsB = TestDatabase::rows("SELECT id::text FROM voice_sessions WHERE \"userId\" IN (" + familyB() + ")");
        const QStringList memoriesB = TestDatabase::rows("SELECT id::text FROM memory_contexts WHERE \"userId\" IN (" + familyB() + ")");
        QVERIFY(!sessionsB.isEmpty() && !memoriesB.isEmpty());
        const QString inSessionsB = "'{" + sessionsB.join(',') + "}'::uuid[]";
        const QString inMemoriesB = "'{" + memoriesB.join(',') + "}'::uuid[]";
        const QStringList probes = {
            "SELECT COUNT(*) FROM users WHERE id IN (" + familyB() + ")",
            "SELECT COUNT(*) FROM user_profiles WHERE \"userId\" IN (" + familyB() + ")",
            "SELECT COUNT(*) FROM voice_sessions WHERE \"userId\" IN (" + familyB() + ")",
            "SELECT COUNT(*) FROM ai_conversations WHERE \"sessionId\" = ANY(" + inSessionsB + ")",
            "SELECT COUNT(*) FROM session_heartbeats WHERE \"sessionId\" = ANY(" + inSessionsB + ")",
            "SELECT COUNT(*) FROM memory_contexts WHERE id = ANY(" + inMemoriesB + ")",
            "SELECT COUNT(*) FROM memory_access_log WHERE \"memoryId\" = ANY(" + inMemoriesB + ")",
            "SELECT COUNT(*) FROM v_memory_contexts_enriched WHERE id = ANY(" + inMemoriesB + ")",
            "SELECT COUNT(*) FROM v_voice_sessions_stats WHERE id = ANY(" + inSessionsB + ")",
            "SELECT COUNT(*) FROM agents WHERE NOT \"isPublic\" AND \"ownerUserId\" IN (" + familyB() + ")",
            "SELECT COUNT(*) FROM nido.memory_deletion_outbox WHERE \"userId\" IN (" + familyB() + ")",
            "SELECT COUNT(*) FROM nido.caregiver_audit WHERE \"userId\" IN (" + familyB() + ")",
            "SELECT COUNT(*) FROM nido.caregiver_children WHERE \"userId\" IN (" + familyB() + ")",
        };
        QList<qint64> asOwner;
        for (const QString &probe : probes)
            asOwner << count(probe);
        Role alice("alice");
        QVERIFY(alice.ok);
        for (int i = 0; i < probes.size(); ++i) {
            QVERIFY2(asOwner.at(i) > 0, qPrintable("no rows to hide in: " + probes.at(i)));
            QCOMPARE(count(probes.at(i)), 0);
        }
        QCOMPARE(count("SELECT COUNT(*) FROM nido.visible_children(current_user)"), 2);
        QVERIFY(count("SELECT nido.memory_count(current_user, '" + m_children[0] + "', NULL)") > 0);
        QVERIFY(count("SELECT COUNT(*) FROM nido.visible_agents(current_user) WHERE \"isPublic\"") > 0);
    }

    void everyModelShowsNothingOfTheOtherFamily()
    {
        Role alice("alice");
        QVERIFY(alice.ok);
        ChildListModel children;
        QAbstractItemModelTester tester(&children, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(fetchAll(children));
        QStringList listed;
        for (int row = 0; row < children.rowCount(); ++row)
            listed << children.data(children.index(row), ChildListModel::IdRole).toString();
        listed.sort();
        QCOMPARE(listed, m_children.mid(0, 2));

        MemoryTimelineModel timeline;
        timeline.setChildId(m_children[2]);
        QVERIFY(TestDatabase::settle());
        QTest::qWait(50);
        // The server's memory function refuses another family's child too.
        QCOMPARE(timeline.rowCount(), 0);
        QVERIFY2(timeline.errorString().contains("may not see"), qPrintable(timeline.errorString()));
        SessionListModel sessions;
        sessions.setChildId(m_children[2]);
        QVERIFY(TestDatabase::settle());
        QTest::qWait(50);
        // The server's sessions function refuses another family's child, as an id that does not exist.
        QCOMPARE(sessions.rowCount(), 0);
        QVERIFY2(sessions.errorString().contains("may not see"), qPrintable(sessions.errorString()));
        ChildOverview overview;
        overview.setChildId(m_children[2]);
        QVERIFY(TestDatabase::settle());
        QVERIFY(!overview.loaded());
        // Refused by the server's function, as an id that does not exist is.
        QVERIFY2(overview.errorString().contains("may not see"), qPrintable(overview.errorString()));
        DeviceHealth health;
        health.setChildId(m_children[2]);
        health.setDays(90);
        QVERIFY(TestDatabase::settle());
        QCOMPARE(health.pointCount(), 0);
        // The server's functions refuse another family's child, as they refuse an id that does not exist.
        QVERIFY(!health.errorString().isEmpty());
        MemoryStatistics statistics;
        statistics.setChildId(m_children[2]);
        QVERIFY(TestDatabase::settle());
        QVERIFY(statistics.dashboard().isEmpty());
        QVERIFY2(statistics.errorString().contains("may not see"), qPrintable(statistics.errorString()));
        const QString sessionB = TestDatabase::scalar("SELECT id::text FROM voice_sessions WHERE \"userId\" = '" + m_children[2] + "' LIMIT 1").toString();
        {
            // Looked up as the owner, asked for as alice: nothing comes back.
            TranscriptModel transcript;
            transcript.setChildId(m_children[2]);
            transcript.setSessionId(sessionB);
            QVERIFY(TestDatabase::settle());
            QVERIFY(fetchAll(transcript));
            QCOMPARE(transcript.rowCount(), 0);
            SessionDetail session;
            session.setChildId(m_children[2]);
            session.setSessionId(sessionB);
            QVERIFY(TestDatabase::settle());
            QVERIFY(!session.loaded());
            QVERIFY2(session.errorString().isEmpty(), qPrintable(session.errorString()));
            HeartbeatAlertModel alerts;
            alerts.setChildId(m_children[2]);
            alerts.setDays(90);
            QVERIFY(TestDatabase::settle());
            // Refused by the server's function, as an id that does not exist is.
            QVERIFY(!fetchAll(alerts));
            QVERIFY(!alerts.errorString().isEmpty());
            QCOMPARE(alerts.rowCount(), 0);
            PendingPurgeModel purge;
            purge.setChildId(m_children[2]);
            QVERIFY(TestDatabase::settle());
            QVERIFY(!fetchAll(purge));
            QVERIFY2(purge.errorString().contains("may not see"), qPrintable(purge.errorString()));
            QCOMPARE(purge.rowCount(), 0);
            CaregiverAuditModel log;
            log.setChildId(m_children[2]);
            QVERIFY(TestDatabase::settle());
            QVERIFY(!fetchAll(log));
            QVERIFY2(log.errorString().contains("may not see"), qPrintable(log.errorString()));
            QCOMPARE(log.rowCount(), 0);
            ActivityStatistics activity;
            activity.setChildId(m_children[2]);
            activity.setDays(90);
            QVERIFY(TestDatabase::settle());
            double sessionsSeen = 0;
            for (qreal day : activity.sessionsPerDay())
                sessionsSeen += day;
            QCOMPARE(sessionsSeen, 0.0);
            QVERIFY2(activity.errorString().contains("may not see"), qPrintable(activity.errorString()));
            QVERIFY(activity.agentUsage().isEmpty());
            AgentChoiceModel agents;
            agents.setChildId(m_children[0]);
            QVERIFY(TestDatabase::settle());
            QVERIFY(fetchAll(agents));
            for (int row = 0; row < agents.rowCount(); ++row) {
                const QString agent = agents.data(agents.index(row), AgentChoiceModel::IdRole).toString();
                QVERIFY(agents.data(agents.index(row), AgentChoiceModel::IsPublicRole).toBool()
                        || TestDatabase::scalar("SELECT \"ownerUserId\"::text FROM agents WHERE id = '" + agent + "'").toString() != m_children[2]);
            }
        }
        MemoryDetail detail;
        detail.setChildId(m_children[0]);
        QVERIFY(TestDatabase::settle());
        detail.setMemoryId(TestDatabase::scalar("SELECT id::text FROM memory_contexts WHERE id NOT IN (SELECT id FROM memory_contexts WHERE \"userId\" = '"
                                                + m_children[0] + "') LIMIT 1").toString());
        QVERIFY(!detail.loaded());
    }

    void agentsAreReadableWhenPublicAndWritableWhenOwned()
    {
        QSqlQuery setup;
        QVERIFY(setup.exec("INSERT INTO agents (name, \"isPublic\", \"ownerUserId\") VALUES "
                           "('A private', false, '" + m_children[0] + "'), ('B private', false, '" + m_children[2] + "'), "
                           "('Everyone''s', true, NULL)"));
        const auto idOf = [](const char *name) { return TestDatabase::scalar(QString("SELECT id::text FROM agents WHERE name = '%1'").arg(name)).toString(); };
        const QString mine = idOf("A private"), theirs = idOf("B private"), everyones = idOf("Everyone''s");
        Role alice("alice");
        QVERIFY(alice.ok);
        // Through the server's functions only (migration 22), not the table.
        QVERIFY(!QSqlQuery().exec("SELECT 1 FROM agents"));
        QCOMPARE(TestDatabase::rows("SELECT name FROM nido.visible_agents(current_user) WHERE name IN ('A private', 'B private', 'Everyone''s') ORDER BY name"),
                 (QStringList{"A private", "Everyone's"}));
        const QString describe = "SELECT nido.edit_agent(current_user, '%1', '[{\"column\": \"description\", \"value\": \"changed\"}]')";
        QSqlQuery update;
        QVERIFY(update.exec(describe.arg(mine)) && update.next());
        QCOMPARE(update.value(0).toInt(), 1);
        QVERIFY(!update.exec(describe.arg(theirs)));
        QVERIFY(!update.exec(describe.arg(everyones)));
        // A copy of a public agent becomes the family's own.
        QVERIFY(update.exec("SELECT nido.add_agent(current_user, '" + m_children[0] + "', 'Copy', NULL, '" + everyones + "')"));
        QVERIFY(!update.exec("SELECT nido.add_agent(current_user, '" + m_children[2] + "', 'Planted', 'x', NULL)"));
        QVERIFY(!update.exec("SELECT nido.add_agent(current_user, '" + m_children[0] + "', 'Stolen', NULL, '" + theirs + "')"));
    }

    void viewOnlyCaregiverCannotChange()
    {
        const QString memory = TestDatabase::scalar("SELECT id::text FROM memory_contexts WHERE \"userId\" = '" + m_children[0] + "' LIMIT 1").toString();
        const QString before = TestDatabase::scalar("SELECT content FROM memory_contexts WHERE id = '" + memory + "'").toString();
        {
            Role viola("viola");
            QVERIFY(viola.ok);
            AccessRights rights;
            rights.setChildId(m_children[0]);
            QVERIFY(TestDatabase::settle());
            QVERIFY(rights.caregiver());
            QVERIFY(!rights.canEdit());
            QVERIFY(!rights.canDelete());

            MemoryEditor editor;
            editor.setChildId(m_children[0]);
            QVERIFY(TestDatabase::settle());
            QVERIFY(editor.stageEdit(memory, {{"content", "changed by a viewer"}}));
            QVERIFY(!confirmNow(editor));
            QVERIFY2(editor.errorString().contains("not change"), qPrintable(editor.errorString()));
            editor.discardAll();
            QVERIFY(editor.stageDelete({memory}));
            QVERIFY(!confirmNow(editor));
            QVERIFY2(editor.errorString().contains("not delete"), qPrintable(editor.errorString()));

            QSqlQuery update;
            QVERIFY(!update.exec("UPDATE memory_contexts SET content = 'raw' WHERE id = '" + memory + "'"));
            QCOMPARE(update.lastError().nativeErrorCode(), QString("42501"));
            QVERIFY(!update.exec("SELECT nido.edit_memory(current_user, '" + m_children[0] + "', '" + memory
                                 + "', '[{\"column\": \"content\", \"value\": \"raw\"}]')"));
            QCOMPARE(update.lastError().nativeErrorCode(), QString("42501"));
            QVERIFY(!QSqlQuery().exec("INSERT INTO nido.memory_deletion_outbox (\"memoryId\", \"userId\") VALUES ('" + memory + "', '" + m_children[0] + "')"));
        }
        QCOMPARE(TestDatabase::scalar("SELECT content FROM memory_contexts WHERE id = '" + memory + "'").toString(), before);
    }

    void eachActionLeavesItsAuditRow()
    {
        const QStringList memories = TestDatabase::rows("SELECT id::text FROM memory_contexts WHERE \"userId\" = '" + m_children[0] + "' ORDER BY id LIMIT 2");
        {
            Role alice("alice");
            QVERIFY(alice.ok);
            AccessRights rights;
            rights.setChildId(m_children[0]);
            QVERIFY(TestDatabase::settle());
            QVERIFY(rights.canEdit() && rights.canDelete());
            MemoryDetail detail;
            detail.setChildId(m_children[0]);
            detail.setMemoryId(memories[0]);
            QVERIFY(TestDatabase::settle());
            QVERIFY2(detail.loaded(), qPrintable(detail.errorString()));
            MemoryEditor editor;
            editor.setChildId(m_children[0]);
            QVERIFY(TestDatabase::settle());
            QVERIFY(editor.stageEdit(memories[0], {{"summary", "corrected"}}));
            QVERIFY(editor.stageDelete({memories[1]}));
            QVERIFY2(confirmNow(editor), qPrintable(editor.errorString()));
        }
        // The memory opened, the child's memories read (once a day), and the conversation it came
        // from, whose lines the detail shows.
        QCOMPARE(count("SELECT COUNT(*) FROM nido.caregiver_audit WHERE role = 'alice' AND action = 'view' AND details = '{\"memories\": \"all\"}'"), 1);
        QCOMPARE(TestDatabase::rows("SELECT action || COALESCE(' ' || (details->>'session'), '') FROM nido.caregiver_audit WHERE role = 'alice' ORDER BY 1"),
                 (QStringList{"delete", "edit", "view", "view",
                              "view " + TestDatabase::scalar("SELECT \"sessionId\"::text FROM memory_contexts WHERE id = '" + memories[0] + "'").toString()}));
        QCOMPARE(count("SELECT COUNT(*) FROM nido.caregiver_audit WHERE role = 'alice' AND details->'memoryIds' ? '" + memories[1] + "'"), 1);
        QCOMPARE(count("SELECT COUNT(*) FROM memory_contexts WHERE id = '" + memories[1] + "'"), 0);
        CaregiverAuditModel log;
        QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.setChildId(m_children[0]);
        QVERIFY(TestDatabase::settle());
        QVERIFY(fetchAll(log));
        QStringList shown;
        for (int row = 0; row < log.rowCount(); ++row)
            shown << log.data(log.index(row), CaregiverAuditModel::CaregiverRole).toString() + ":"
                         + log.data(log.index(row), CaregiverAuditModel::ActionRole).toString();
        QCOMPARE(shown, (QStringList{"Alice:delete", "Alice:edit", "Alice:view", "Alice:view", "Alice:view"}));
        // Append-only, even for the owner.
        QVERIFY(!QSqlQuery().exec("UPDATE nido.caregiver_audit SET action = 'view'"));
        QVERIFY(!QSqlQuery().exec("DELETE FROM nido.caregiver_audit"));
    }

    // A caregiver who has written the day's share is told so in words, and keeps what was staged.
    void aSpentDayIsSaidAndNothingIsLost()
    {
        const QString memory = TestDatabase::scalar("SELECT id::text FROM memory_contexts WHERE \"userId\" = '" + m_children[0]
                                                    + "' ORDER BY id DESC LIMIT 1").toString();
        QSqlQuery spend;
        QVERIFY(spend.exec("INSERT INTO nido.caregiver_writes (role, day, bytes) VALUES ('alice', CAST(now() AT TIME ZONE 'UTC' AS date), 8388600) "
                           "ON CONFLICT (role, day) DO UPDATE SET bytes = 8388600"));
        {
            Role alice("alice");
            QVERIFY(alice.ok);
            MemoryEditor editor;
            editor.setChildId(m_children[0]);
            QVERIFY(TestDatabase::settle());
            QVERIFY(editor.stageEdit(memory, {{"summary", "one more correction"}}));
            QVERIFY(!confirmNow(editor));
            QVERIFY2(editor.errorString().contains("only so many changes from one caregiver in a day"), qPrintable(editor.errorString()));
            QCOMPARE(editor.pendingCount(), 1);
        }
        QVERIFY(TestDatabase::scalar("SELECT summary FROM memory_contexts WHERE id = '" + memory + "'").toString() != "one more correction");
        QVERIFY(spend.exec("DELETE FROM nido.caregiver_writes WHERE role = 'alice'"));
    }

    void backendRoleStillSeesEverything()
    {
        Role backend("voice_backend");
        QVERIFY(backend.ok);
        QCOMPARE(count("SELECT COUNT(*) FROM users"), 4);
        QVERIFY(count("SELECT COUNT(*) FROM memory_contexts WHERE \"userId\" IN (" + familyB() + ")") > 0);
        QSqlQuery write;
        QVERIFY(write.exec("UPDATE users SET \"lastName\" = \"lastName\" WHERE id = '" + m_children[3] + "'"));
        QCOMPARE(write.numRowsAffected(), 1);
    }

    void adminCommandCreatesALogin()
    {
        QTemporaryFile password;
        QVERIFY(password.open());
        password.write("correct horse\n");
        password.close();
        const QString hostile = "x\"; DROP TABLE users; --";
        QSqlQuery().exec("DROP ROLE IF EXISTS carol");
        QSqlQuery().exec("DROP ROLE IF EXISTS \"" + QString(hostile).replace("\"", "\"\"") + "\"");
        ProcessRun nido = runProcess(NIDO_BINARY, {"admin", "add-caregiver", "--database", TestDatabase::conninfo("caregivers"), "--role", "carol",
                                                   "--display-name", "Carol", "--child", m_children[1] + ":edit", "--password-file", password.fileName()});
        QVERIFY2(nido.exitCode == 0, qPrintable(nido.err));
        QCOMPARE(count("SELECT COUNT(*) FROM pg_roles WHERE rolname = 'carol' AND rolcanlogin AND rolpassword IS NULL"), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM pg_authid WHERE rolname = 'carol' AND rolpassword IS NOT NULL"), 1);
        QCOMPARE(TestDatabase::scalar("SELECT permission::text FROM nido.caregiver_children WHERE role = 'carol'").toString(), "edit");

        nido = runProcess(NIDO_BINARY, {"admin", "add-caregiver", "--database", TestDatabase::conninfo("caregivers"), "--role", hostile,
                                        "--display-name", "<b>Mallory</b>", "--child", m_children[1] + ":view"});
        QCOMPARE(nido.exitCode, 0);
        QCOMPARE(count("SELECT COUNT(*) FROM users"), 4);
        QCOMPARE(TestDatabase::scalar("SELECT \"displayName\" FROM nido.caregivers WHERE role = '" + QString(hostile).replace("'", "''") + "'").toString(),
                 "<b>Mallory</b>");

        nido = runProcess(NIDO_BINARY, {"admin", "add-caregiver", "--database", TestDatabase::conninfo("caregivers"), "--role", "dave",
                                        "--display-name", "Dave", "--child", m_children[1] + ":owner"});
        QCOMPARE(nido.exitCode, 1);
        QVERIFY(nido.err.contains("view, edit or manage"));
    }
};

QTEST_GUILESS_MAIN(CaregiversTest)
#include "tst_caregivers.moc"
