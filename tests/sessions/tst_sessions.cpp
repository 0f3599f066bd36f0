#include "activitystatistics.h"
#include "database.h"
#include "demodatagenerator.h"
#include "devicehealth.h"
#include "heartbeatalertmodel.h"
#include "schemamigrator.h"
#include "sessionactivitynotifier.h"
#include "sessiondetail.h"
#include "sessionlistmodel.h"
#include "fetchall.h"
#include "testdatabase.h"
#include "transcriptmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>

class SessionsTest : public QObject
{
    Q_OBJECT

private:
    QString m_child;
    QString m_liveSession;

    static QString newSession(const QString &child)
    {
        return TestDatabase::scalar("INSERT INTO voice_sessions (\"userId\", \"sessionToken\", status, \"startedAt\", metadata) "
                                    "VALUES ('" + child + "', 'test', 'ended', '2026-01-01 10:00', '{}') RETURNING id").toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSqlDatabase db = TestDatabase::create(QStringLiteral("sessions"));
        QString error;
        QVERIFY2(SchemaMigrator(db).migrate(&error), qPrintable(error));
        QVERIFY2(DemoDataGenerator(db, DemoDataGenerator::familyScale(2)).generate(&error), qPrintable(error));
        m_liveSession = TestDatabase::scalar("SELECT id::text FROM voice_sessions WHERE status = 'active'").toString();
        m_child = TestDatabase::scalar("SELECT \"userId\"::text FROM voice_sessions WHERE status = 'active'").toString();
        QVERIFY(!m_child.isEmpty());
    }

    void sessionFiguresEqualTheSeedsQuery()
    {
        SessionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChildId(m_child);
        QVERIFY(TestDatabase::settle());
        QTRY_VERIFY(model.rowCount() > 0);
        QVERIFY(fetchAll(model));
        // Query 3 of the schema document, with the order made total.
        const QStringList expected = TestDatabase::rows(
            "SELECT vs.id, vs.\"durationSeconds\", vs.\"messageCount\", a.name as agent_name, COUNT(DISTINCT mc.id) as memories_created "
            "FROM voice_sessions vs LEFT JOIN agents a ON a.id = (vs.metadata->>'agentId')::uuid "
            "LEFT JOIN memory_contexts mc ON mc.\"sessionId\" = vs.id WHERE vs.\"userId\" = CAST(:u AS uuid) "
            "GROUP BY vs.id, a.name ORDER BY vs.\"startedAt\" DESC, vs.id DESC", {{":u", m_child}});
        QStringList actual;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            actual << QStringList{model.data(index, SessionListModel::SessionIdRole).toString(),
                                  model.data(index, SessionListModel::DurationSecondsRole).toString(),
                                  model.data(index, SessionListModel::MessageCountRole).toString(),
                                  model.data(index, SessionListModel::AgentNameRole).toString(),
                                  model.data(index, SessionListModel::MemoriesCreatedRole).toString()}.join(u'|');
        }
        QCOMPARE(actual, expected);
        QVERIFY(model.data(model.index(0), SessionListModel::LiveRole).toBool());
    }

    void sessionFilters()
    {
        const QString agent = TestDatabase::scalar("SELECT metadata->>'agentId' FROM voice_sessions WHERE \"userId\" = '" + m_child +
                                                   "' GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1").toString();
        SessionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChildId(m_child);
        model.setAgentId(agent);
        model.setStatus("ended");
        model.showLastDays(14);
        QVERIFY(TestDatabase::settle());
        QVERIFY(fetchAll(model));
        const QStringList expected = TestDatabase::rows(
            "SELECT id::text FROM voice_sessions WHERE \"userId\" = CAST(:u AS uuid) AND metadata->>'agentId' = :a "
            "AND status = 'ended' AND \"startedAt\" >= CAST(:f AS timestamp) ORDER BY \"startedAt\" DESC, id DESC",
            {{":u", m_child}, {":a", agent}, {":f", Database::utcTimestamp(QDateTime(QDate::currentDate().addDays(-13), QTime(0, 0)))}});
        QStringList actual;
        for (int row = 0; row < model.rowCount(); ++row)
            actual << model.data(model.index(row), SessionListModel::SessionIdRole).toString();
        QCOMPARE(actual, expected);
        QVERIFY(!actual.isEmpty());

        // Another child: the first one's agent is no filter for them.
        const QString other = TestDatabase::scalar("SELECT id::text FROM users WHERE id <> '" + m_child + "' LIMIT 1").toString();
        QVERIFY(!other.isEmpty());
        model.setChildId(other);
        QCOMPARE(model.agentId(), QString());
        QCOMPARE(model.status(), QString("ended"));
    }

    void transcriptInOrderAndGrowing()
    {
        TranscriptModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChildId(m_child);
        model.setSessionId(m_liveSession);
        QVERIFY(TestDatabase::settle());
        QVERIFY(fetchAll(model));
        const QStringList expected = TestDatabase::rows("SELECT id::text FROM ai_conversations WHERE \"sessionId\" = CAST(:s AS uuid) "
                                          "ORDER BY \"createdAt\", id", {{":s", m_liveSession}});
        QCOMPARE(model.rowCount(), int(expected.size()));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.data(model.index(row), TranscriptModel::MessageIdRole).toString(), expected.at(row));
        QVERIFY(model.data(model.index(0), TranscriptModel::FromChildRole).toBool());

        QSqlQuery insert;
        QVERIFY(insert.exec("INSERT INTO ai_conversations (\"sessionId\", \"userId\", \"messageType\", content, \"createdAt\") "
                            "VALUES ('" + m_liveSession + "', '" + m_child + "', 'assistant', '<i>new</i>', LOCALTIMESTAMP)"));
        model.fetchNewer();
        QVERIFY(TestDatabase::settle());
        QTRY_COMPARE(model.rowCount(), int(expected.size()) + 1);
        QCOMPARE(model.data(model.index(model.rowCount() - 1), TranscriptModel::ContentRole).toString(), "<i>new</i>");

        // Committed late: its createdAt (its transaction's start) is before the newest row read.
        QVERIFY(insert.exec("INSERT INTO ai_conversations (\"sessionId\", \"userId\", \"messageType\", content, \"createdAt\") "
                            "VALUES ('" + m_liveSession + "', '" + m_child + "', 'user', 'late', LOCALTIMESTAMP - interval '5 seconds')"));
        model.fetchNewer();
        QVERIFY(TestDatabase::settle());
        QCOMPARE(model.rowCount(), int(expected.size()) + 2);
        QCOMPARE(model.data(model.index(model.rowCount() - 1), TranscriptModel::ContentRole).toString(), "late");
        // Nothing comes twice.
        model.fetchNewer();
        QVERIFY(TestDatabase::settle());
        QCOMPARE(model.rowCount(), int(expected.size()) + 2);
    }

    void bucketedSeriesEqualSqlAggregate()
    {
        const QString session = TestDatabase::scalar("SELECT \"sessionId\"::text FROM session_heartbeats h JOIN voice_sessions s "
                                                     "ON s.id = h.\"sessionId\" WHERE s.\"userId\" = '" + m_child +
                                                     "' GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1").toString();
        DeviceHealth health;
        health.setChildId(m_child);
        health.setSessionId(session);
        QVERIFY(TestDatabase::settle());
        QVERIFY2(health.errorString().isEmpty(), qPrintable(health.errorString()));
        QVERIFY(health.pointCount() > 10);
        const QStringList expected = TestDatabase::rows(
            "SELECT EXTRACT(EPOCH FROM date_bin(make_interval(secs => :b), timestamp, TIMESTAMP '1970-01-01'))::bigint * 1000, "
            "round(AVG((metrics->>'batteryLevel')::numeric), 6), round(AVG((metrics->>'latency')::numeric), 6) "
            "FROM session_heartbeats WHERE \"sessionId\" = CAST(:s AS uuid) GROUP BY 1 ORDER BY 1",
            {{":b", health.bucketSeconds()}, {":s", session}});
        const QList<QPointF> battery = health.points("batteryLevel");
        const QList<QPointF> latency = health.points("latency");
        QCOMPARE(battery.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const QStringList fields = expected.at(i).split(u'|');
            QCOMPARE(qint64(battery.at(i).x()), fields.at(0).toLongLong());
            QVERIFY(qAbs(battery.at(i).y() - fields.at(1).toDouble()) < 1e-5);
            QVERIFY(qAbs(latency.at(i).y() - fields.at(2).toDouble()) < 1e-5);
        }
    }

    void fiftyThousandHeartbeatsMakeAboutAThousandPoints()
    {
        const QString session = newSession(m_child);
        QSqlQuery insert;
        QVERIFY(insert.exec("INSERT INTO session_heartbeats (\"sessionId\", metrics, timestamp) "
                            "SELECT '" + session + "', jsonb_build_object('batteryLevel', 100 - n / 1000.0, 'latency', 100 + n % 50), "
                            "TIMESTAMP '2026-01-01 10:00' + n * interval '1 second' FROM generate_series(1, 50000) n"));
        DeviceHealth health;
        health.setChildId(m_child);
        health.setSessionId(session);
        QVERIFY(TestDatabase::settle());
        QVERIFY2(health.errorString().isEmpty(), qPrintable(health.errorString()));
        QVERIFY2(health.pointCount() <= DeviceHealth::maxPoints, qPrintable(QString::number(health.pointCount())));
        // 14 hours: buckets of 51 s, rounded up to a whole minute to be made of the minute roll-ups.
        QCOMPARE(health.bucketSeconds(), 60);
        QCOMPARE(health.pointCount(), TestDatabase::scalar("SELECT COUNT(DISTINCT date_trunc('minute', timestamp)) FROM session_heartbeats "
                                                           "WHERE \"sessionId\" = '" + session + "'").toInt());
        QVERIFY(health.pointCount() >= DeviceHealth::maxPoints / 2);
        QCOMPARE(health.points("batteryLevel").size(), health.pointCount());
        QVERIFY(health.points("temperature").isEmpty());
    }

    void malformedMetricsAreSkipped()
    {
        const QString session = newSession(m_child);
        QSqlQuery insert;
        QVERIFY(insert.exec("INSERT INTO session_heartbeats (\"sessionId\", metrics, timestamp, status) VALUES "
                            "('" + session + "', '{\"batteryLevel\": 50, \"latency\": 100}', '2026-01-01 10:00:00', 'ok'), "
                            "('" + session + "', '{\"batteryLevel\": \"high\", \"latency\": null}', '2026-01-01 10:00:05', 'ok'), "
                            "('" + session + "', '[1, 2, 3]', '2026-01-01 10:00:10', 'ok'), "
                            "('" + session + "', '\"oops\"', '2026-01-01 10:00:15', 'ok'), "
                            "('" + session + "', '{\"batteryLevel\": {\"v\": 1}}', '2026-01-01 10:00:20', 'ok'), "
                            "('" + session + "', '{\"batteryLevel\": 15, \"latency\": 450}', '2026-01-01 10:00:25', 'warning'), "
                            "('" + session + "', '{\"batteryLevel\": 40}', '2026-01-01 10:00:30', 'ok'), "
                            "('" + session + "', '{\"batteryLevel\": 12}', '2026-01-01 10:00:35', 'ok')"));
        DeviceHealth health;
        health.setChildId(m_child);
        health.setSessionId(session);
        QVERIFY(TestDatabase::settle());
        QVERIFY2(health.errorString().isEmpty(), qPrintable(health.errorString()));
        QCOMPARE(health.pointCount(), 8);
        QCOMPARE(health.points("batteryLevel").size(), 4);
        QCOMPARE(health.points("latency").size(), 2);
        // Battery fell below 20 twice (15 after 50, then 12 after 40); latency rose above 300 once.
        QStringList crossings;
        for (const QVariant &crossing : health.crossings())
            crossings << crossing.toMap().value("metric").toString() + "=" + crossing.toMap().value("value").toString();
        QCOMPARE(crossings, (QStringList{"batteryLevel=15", "latency=450", "batteryLevel=12"}));

        health.setBatteryLow(13);
        QVERIFY(TestDatabase::settle());
        QCOMPARE(health.crossings().size(), 2);
        health.resetThresholds();
        QVERIFY(TestDatabase::settle());
        QCOMPARE(health.batteryLow(), 20.0);

        HeartbeatAlertModel alerts;
        QAbstractItemModelTester tester(&alerts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        alerts.setChildId(m_child);
        alerts.setSessionId(session);
        QVERIFY(TestDatabase::settle());
        QCOMPARE(alerts.rowCount(), 1);
        QCOMPARE(alerts.data(alerts.index(0), HeartbeatAlertModel::StatusRole).toString(), "warning");
    }

    void periodHealthAndAlerts()
    {
        DeviceHealth health;
        health.setChildId(m_child);
        health.setDays(30);
        QVERIFY(TestDatabase::settle());
        QVERIFY2(health.errorString().isEmpty(), qPrintable(health.errorString()));
        QVERIFY(health.pointCount() > 0 && health.pointCount() <= DeviceHealth::maxPoints);

        HeartbeatAlertModel alerts;
        QAbstractItemModelTester tester(&alerts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        alerts.setChildId(m_child);
        alerts.setDays(30);
        QVERIFY(TestDatabase::settle());
        QVERIFY(fetchAll(alerts));
        QCOMPARE(alerts.rowCount(), TestDatabase::scalar(
                     "SELECT COUNT(*) FROM session_heartbeats h JOIN voice_sessions s ON s.id = h.\"sessionId\" "
                     "WHERE s.\"userId\" = '" + m_child + "' AND s.\"startedAt\" >= '" +
                     Database::utcTimestamp(QDateTime(QDate::currentDate().addDays(-29), QTime(0, 0))) +
                     "' AND (h.status <> 'ok' OR h.\"errorMessage\" IS NOT NULL)").toInt());
    }

    void activityPerDay()
    {
        ActivityStatistics activity;
        activity.setChildId(m_child);
        activity.setDays(30);
        QVERIFY(TestDatabase::settle());
        QVERIFY2(activity.errorString().isEmpty(), qPrintable(activity.errorString()));
        QCOMPARE(activity.dayLabels().size(), 30);
        const QString from = Database::utcTimestamp(QDateTime(QDate::currentDate().addDays(-29), QTime(0, 0)));
        double sessions = 0;
        double outside = 0;
        for (int day = 0; day < 30; ++day) {
            sessions += activity.sessionsPerDay().at(day);
            outside += activity.outsideWakingHoursPerDay().at(day);
        }
        QCOMPARE(int(sessions), TestDatabase::scalar("SELECT COUNT(*) FROM voice_sessions WHERE \"userId\" = '" + m_child +
                                                     "' AND \"startedAt\" >= '" + from + "'").toInt());
        QVERIFY(!activity.wakeTime().isEmpty());
        const int offset = QDateTime::currentDateTime().offsetFromUtc();
        QCOMPARE(int(outside), TestDatabase::scalar(
                     QString("SELECT COUNT(*) FROM voice_sessions s JOIN user_profiles p ON p.\"userId\" = s.\"userId\" "
                             "WHERE s.\"userId\" = '%1' AND s.\"startedAt\" >= '%2' AND ((s.\"startedAt\" + interval '%3 seconds')::time "
                             "< (p.routines->>'wakeTime')::time OR (s.\"startedAt\" + interval '%3 seconds')::time >= (p.routines->>'bedTime')::time)")
                         .arg(m_child, from).arg(offset)).toInt());
        QVERIFY(outside > 0);
        double cost = 0;
        for (const QVariant &usage : activity.agentUsage())
            cost += usage.toMap().value("cost").toDouble();
        QVERIFY(qAbs(cost - TestDatabase::scalar("SELECT SUM(\"totalCost\") FROM voice_sessions WHERE \"userId\" = '" + m_child +
                                                 "' AND \"startedAt\" >= '" + from + "'").toDouble()) < 1e-6);
    }

    void liveSessionSeesAnotherConnectionsHeartbeat()
    {
        SessionDetail detail;
        detail.setChildId(m_child);
        detail.setSessionId(m_liveSession);
        QVERIFY(TestDatabase::settle());
        QVERIFY2(detail.loaded(), qPrintable(detail.errorString()));
        QVERIFY(detail.session().live);
        QVERIFY(SessionActivityNotifier::instance()->listening());
        const int before = detail.session().heartbeatCount;
        QSignalSpy arrived(&detail, &SessionDetail::activityArrived);

        QString error;
        {
            QSqlDatabase backend = Database::open(TestDatabase::conninfo("sessions"), "backend", &error);
            QSqlQuery insert(backend);
            QVERIFY(insert.exec("INSERT INTO session_heartbeats (\"sessionId\", metrics, timestamp) VALUES ('" + m_liveSession +
                                "', '{\"batteryLevel\": 33}', LOCALTIMESTAMP)"));
        }
        Database::close("backend");
        QTRY_VERIFY_WITH_TIMEOUT(arrived.count() >= 1, 2000);
        QCOMPARE(detail.session().heartbeatCount, before + 1);
    }

    void sessionDetailFields()
    {
        SessionDetail detail;
        detail.setChildId(m_child);
        QVERIFY(TestDatabase::settle());
        const QString session = TestDatabase::scalar("SELECT \"sessionId\"::text FROM memory_contexts WHERE \"userId\" = '" + m_child +
                                                     "' AND \"sessionId\" IS NOT NULL LIMIT 1").toString();
        detail.setSessionId(session);
        QVERIFY(TestDatabase::settle());
        QVERIFY2(detail.loaded(), qPrintable(detail.errorString()));
        QVERIFY(!detail.session().roomType.isEmpty());
        QVERIFY(!detail.session().startMethod.isEmpty());
        QVERIFY(detail.session().parentPresent == "yes" || detail.session().parentPresent == "no");
        QCOMPARE(detail.session().memories.size(), TestDatabase::scalar("SELECT COUNT(*) FROM memory_contexts WHERE \"sessionId\" = '" + session + "'").toInt());
        // Another family's session is not shown through this child.
        const QString other = TestDatabase::scalar("SELECT id::text FROM voice_sessions WHERE \"userId\" <> '" + m_child + "' LIMIT 1").toString();
        detail.setSessionId(other);
        QVERIFY(TestDatabase::settle());
        QVERIFY(!detail.loaded());
    }
};

QTEST_GUILESS_MAIN(SessionsTest)
#include "tst_sessions.moc"
