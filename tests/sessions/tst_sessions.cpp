#include "activitystatistics.h"
#include "database.h"
#include "demodatagenerator.h"
#include "devicehealth.h"
#include "heartbeatalertmodel.h"
#include "schemamigrator.h"
#include "sessiondetail.h"
#include "sessionlistmodel.h"
#include "sqlconnection.h"
#include "fetchall.h"
#include "testdatabase.h"
#include "transcriptmodel.h"
#include "upkeep.h"

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


    // Runs a query (its values bound) and gives its rows as fields joined by '|'; false if it failed.
    static bool select(const QString &sql, const QVariantMap &values, QStringList *rows)
    {
        QSqlQuery query;
        query.prepare(sql);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            query.bindValue(it.key(), it.value());
        if (!query.exec()) {
            qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(Database::errorText(query)));
            return false;
        }
        rows->clear();
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < query.record().count(); ++i)
                fields << (query.isNull(i) ? QString() : query.value(i).toString());
            *rows << fields.join(u'|');
        }
        return true;
    }

    static bool run(const QString &sql)
    {
        QSqlQuery query;
        if (query.exec(sql))
            return true;
        qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(Database::errorText(query)));
        return false;
    }

    // A metric's value as the charts defined it before the roll-ups: the reference they must equal.
    static QString rawValue(const QString &metric)
    {
        return QStringLiteral("CASE WHEN jsonb_typeof(h.metrics->'%1') = 'number' THEN (h.metrics->>'%1')::float8 END").arg(metric);
    }

    // The heartbeats of one session (:session) or of all the sessions of a child (:child).
    static QString rawScope(bool oneSession)
    {
        return oneSession ? QStringLiteral("FROM session_heartbeats h WHERE h.\"sessionId\" = CAST(:session AS uuid)")
                          : QStringLiteral("FROM voice_sessions vs JOIN session_heartbeats h ON h.\"sessionId\" = vs.id "
                                           "WHERE vs.\"userId\" = CAST(:child AS uuid)");
    }

    // The chart's series and crossings, compared with the same computed from every heartbeat.
    static void compareWithHeartbeats(DeviceHealth &health, const QVariantMap &scope, bool oneSession, bool longSpan = true)
    {
        QVERIFY(TestDatabase::settle());
        QVERIFY2(health.errorString().isEmpty(), qPrintable(health.errorString()));
        if (longSpan) {
            QVERIFY2(health.bucketSeconds() >= 60 && health.bucketSeconds() % 60 == 0, qPrintable(QString::number(health.bucketSeconds())));
            QVERIFY(health.pointCount() > 100);
        } else {
            QVERIFY(health.bucketSeconds() < 60);
        }
        QVERIFY(health.pointCount() > 0 && health.pointCount() <= DeviceHealth::maxPoints);

        QStringList averages;
        for (const QString &metric : DeviceHealth::metrics())
            averages << "AVG(" + rawValue(metric) + ")";
        QVariantMap values = scope;
        values.insert(":b", health.bucketSeconds());
        QStringList buckets;
        QVERIFY(select("SELECT floor(EXTRACT(EPOCH FROM h.timestamp) / :b)::bigint * :b * 1000, " + averages.join(", ") + " " +
                       rawScope(oneSession) + " GROUP BY 1 ORDER BY 1", values, &buckets));
        QCOMPARE(health.pointCount(), buckets.size());
        for (int m = 0; m < DeviceHealth::metrics().size(); ++m) {
            const QList<QPointF> points = health.points(DeviceHealth::metrics().at(m));
            int p = 0;
            for (const QString &bucket : std::as_const(buckets)) {
                const QStringList fields = bucket.split(u'|');
                if (fields.at(m + 1).isEmpty())
                    continue;
                QVERIFY2(p < points.size(), qPrintable(DeviceHealth::metrics().at(m)));
                QVERIFY2(qint64(points.at(p).x()) == fields.at(0).toLongLong(),
                         qPrintable(QString("%1: a point at %2, not %3").arg(DeviceHealth::metrics().at(m)).arg(points.at(p).x()).arg(fields.at(0))));
                const double expected = fields.at(m + 1).toDouble();
                QVERIFY2(qAbs(points.at(p).y() - expected) <= 1e-9 * qMax(1.0, qAbs(expected)),
                         qPrintable(QString("%1 at %2: %3, not %4").arg(DeviceHealth::metrics().at(m), fields.at(0))
                                        .arg(points.at(p).y()).arg(expected)));
                ++p;
            }
            QCOMPARE(p, points.size());
        }

        // The crossings' definition, over every heartbeat; ties in time in the order of the metrics.
        struct Check {
            QString metric;
            QString comparison;
            double threshold;
        };
        const QList<Check> checks = {{"batteryLevel", "<", health.batteryLow()}, {"latency", ">", health.latencyHigh()},
                                     {"audioQuality", "<", health.audioQualityLow()}, {"temperature", ">", health.temperatureHigh()}};
        QStringList readings;
        QStringList selections;
        for (int i = 0; i < checks.size(); ++i) {
            readings << QString("%1 AS v%2").arg(rawValue(checks[i].metric)).arg(i);
            selections << QString("SELECT t, id, device, %2 AS k, '%1' AS metric, v%2 AS value FROM (SELECT t, id, device, v%2, "
                                  "v%2 %3 :l%2 AS beyond, lag(v%2 %3 :l%2) OVER (ORDER BY t, id) AS before FROM readings "
                                  "WHERE v%2 IS NOT NULL) c WHERE beyond AND before IS DISTINCT FROM true")
                              .arg(checks[i].metric).arg(i).arg(checks[i].comparison);
            values.insert(QString(":l%1").arg(i), checks[i].threshold);
        }
        values.remove(":b");
        QStringList expected;
        QVERIFY(select("WITH readings AS (SELECT h.id, h.timestamp AS t, h.\"deviceId\" AS device, " + readings.join(", ") + " " +
                       rawScope(oneSession) + ") SELECT (EXTRACT(EPOCH FROM t) * 1000)::bigint, device, metric, value FROM (" +
                       selections.join(" UNION ALL ") + ") x ORDER BY t, k, id LIMIT 500", values, &expected));
        QStringList actual;
        for (const QVariant &crossing : health.crossings()) {
            const QVariantMap map = crossing.toMap();
            actual << QStringList{QString::number(map.value("at").toDateTime().toMSecsSinceEpoch()), map.value("deviceId").toString(),
                                  map.value("metric").toString(), QString::number(map.value("value").toDouble(), 'g', 17)}.join(u'|');
        }
        for (QString &row : expected) {
            QStringList fields = row.split(u'|');
            fields[3] = QString::number(fields[3].toDouble(), 'g', 17);
            row = fields.join(u'|');
        }
        QCOMPARE(actual, expected);
    }

    // The window's upkeep (migration 26): a hundred sessions a call, until it counts none.
    static bool countAsTheUpkeep()
    {
        SqlConnection db(QStringLiteral("upkeep"));
        db.setConninfo(TestDatabase::conninfo(QStringLiteral("sessions")));
        QString error;
        const bool ok = db.ensureOpen(&error) && Upkeep::countRecentMinutes(db, &error);
        if (!ok)
            qWarning("upkeep: %s", qPrintable(error));
        return ok;
    }

    // The minutes a read returns (migration 26: the counted ones from nido.heartbeat_minutes, the
    // rest from the heartbeats) against every heartbeat counted again: the rows that differ or are missing.
    static bool rollupsDifferFromHeartbeats(int *differing)
    {
        QStringList aggregates{"count(*) AS heartbeats", "min(h.timestamp) AS \"firstAt\"", "max(h.timestamp) AS \"lastAt\""};
        QStringList comparisons{"m.heartbeats IS DISTINCT FROM r.heartbeats", "m.\"firstAt\" IS DISTINCT FROM r.\"firstAt\"",
                                "m.\"lastAt\" IS DISTINCT FROM r.\"lastAt\""};
        for (const QString &metric : DeviceHealth::metrics()) {
            aggregates << QString("COALESCE(sum(%1), 0) AS \"%2Sum\", count(%1) AS \"%2Count\"").arg(rawValue(metric), metric);
            comparisons << QString("abs(m.\"%1Sum\" - r.\"%1Sum\") > 1e-9 * greatest(1, abs(r.\"%1Sum\"))").arg(metric)
                        << QString("m.\"%1Count\" IS DISTINCT FROM r.\"%1Count\"").arg(metric);
        }
        for (const QString metric : {"batteryLevel", "latency", "audioQuality", "temperature"}) {
            aggregates << QString("min(%1) AS \"%2Min\", max(%1) AS \"%2Max\"").arg(rawValue(metric), metric);
            comparisons << QString("m.\"%1Min\" IS DISTINCT FROM r.\"%1Min\"").arg(metric)
                        << QString("m.\"%1Max\" IS DISTINCT FROM r.\"%1Max\"").arg(metric);
        }
        QStringList rows;
        if (!select("WITH r AS (SELECT h.\"sessionId\", date_trunc('minute', h.timestamp) AS minute, " + aggregates.join(", ") +
                    " FROM session_heartbeats h JOIN voice_sessions vs ON vs.id = h.\"sessionId\" GROUP BY 1, 2) "
                    "SELECT COUNT(*) FROM r FULL JOIN nido.heartbeat_minutes_of(ARRAY(SELECT id FROM voice_sessions)) m USING (\"sessionId\", minute) "
                    "WHERE m.\"sessionId\" IS NULL OR r.\"sessionId\" IS NULL OR " + comparisons.join(" OR "), {}, &rows)
            || rows.size() != 1)
            return false;
        *differing = rows.first().toInt();
        return true;
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

        // What QML asks for a row no longer held (a combo box's current row while the list is
        // replaced for another child) reads as nothing, for every role: it once crashed the window.
        const QModelIndex gone = model.index(model.rowCount(), 0);
        QVERIFY(!gone.isValid());
        for (const int role : model.roleNames().keys()) {
            QVERIFY(!model.data(gone, role).isValid());
            QVERIFY(!model.data(QModelIndex(), role).isValid());
        }
        TranscriptModel transcript;
        QVERIFY(!transcript.data(transcript.index(0, 0), TranscriptModel::ContentRole).isValid());
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
        compareWithHeartbeats(health, {{":session", session}}, true);
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

    // The sentence and the groups a parent reads first count what SQL counts for the same session:
    // errors and warnings as the Overview splits them, each warning by the reading beyond its
    // threshold, and the device as the profile names it.
    void deviceProblemsInWordsMatchSql()
    {
        // The demo session with the most problems of the child with the live session.
        const QString session = TestDatabase::scalar(
            "SELECT h.\"sessionId\"::text FROM session_heartbeats h JOIN voice_sessions s ON s.id = h.\"sessionId\" "
            "WHERE s.\"userId\" = '" + m_child + "' AND (h.status <> 'ok' OR h.\"errorMessage\" IS NOT NULL) "
            "GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1").toString();
        QVERIFY(!session.isEmpty());
        DeviceHealth health;
        health.setChildId(m_child);
        health.setSessionId(session);
        QVERIFY(TestDatabase::settle());
        QVERIFY2(health.errorString().isEmpty(), qPrintable(health.errorString()));
        const auto sql = [&](const QString &condition) {
            return TestDatabase::scalar("SELECT COUNT(*) FROM session_heartbeats h WHERE h.\"sessionId\" = '" + session + "' AND " + condition).toInt();
        };
        const QString problem = "(h.status <> 'ok' OR h.\"errorMessage\" IS NOT NULL)";
        const QString errorRule = "(h.status = 'error' OR h.\"errorMessage\" IS NOT NULL)";
        int errors = 0;
        int warnings = 0;
        QHash<QString, int> byReason;
        QHash<QString, int> episodesByReason;
        for (const QVariant &group : health.problems()) {
            const QVariantMap map = group.toMap();
            QVERIFY(map.value("episodes").toInt() >= 1 && map.value("episodes").toInt() <= map.value("reports").toInt());
            (map.value("error").toBool() ? errors : warnings) += map.value("reports").toInt();
            if (!map.value("error").toBool()) {
                byReason[map.value("reason").toString()] += map.value("reports").toInt();
                episodesByReason[map.value("reason").toString()] += map.value("episodes").toInt();
            }
        }
        QCOMPARE(errors, sql(errorRule));
        QCOMPARE(warnings, sql(problem + " AND NOT " + errorRule));
        QVERIFY(warnings > 0);
        QCOMPARE(byReason.value("battery"), sql(problem + " AND NOT " + errorRule + " AND (h.metrics->>'batteryLevel')::numeric < 20"));
        QCOMPARE(byReason.value("latency"), sql(problem + " AND NOT " + errorRule + " AND NOT COALESCE((h.metrics->>'batteryLevel')::numeric < 20, false) "
                                                 "AND (h.metrics->>'latency')::numeric > 300"));
        // Episodes: reports of a reason two minutes or more apart, counted by hand.
        QCOMPARE(episodesByReason.value("latency"), TestDatabase::scalar(
                     "SELECT COUNT(*) FILTER (WHERE gap IS NULL OR gap > interval '2 minutes') FROM (SELECT h.timestamp - lag(h.timestamp) "
                     "OVER (ORDER BY h.timestamp) AS gap FROM session_heartbeats h WHERE h.\"sessionId\" = '" + session + "' AND " + problem
                     + " AND NOT " + errorRule + " AND NOT COALESCE((h.metrics->>'batteryLevel')::numeric < 20, false) "
                     "AND (h.metrics->>'latency')::numeric > 300) x").toInt());
        // The sentence says the same, with the device's name from the profile.
        const QString name = TestDatabase::scalar(
            "SELECT d->>'name' FROM user_profiles p, jsonb_array_elements(p.\"familyContext\"->'devices') d "
            "WHERE p.\"userId\" = '" + m_child + "' AND d->>'id' = (SELECT \"deviceId\" FROM session_heartbeats "
            "WHERE \"sessionId\" = '" + session + "' LIMIT 1)").toString();
        QVERIFY(!name.isEmpty());
        QCOMPARE(health.deviceName(), name);
        const QString sentence = health.problemSummary();
        QVERIFY2(sentence.startsWith(name + ": "), qPrintable(sentence));
        if (episodesByReason.value("latency") > 0)
            QVERIFY2(sentence.contains(QString("the connection was slow %1 time(s)").arg(episodesByReason.value("latency"))), qPrintable(sentence));
        if (episodesByReason.value("battery") > 0)
            QVERIFY2(sentence.contains(QString("the battery ran low %1 time(s)").arg(episodesByReason.value("battery"))), qPrintable(sentence));
        if (errors > 0)
            QVERIFY2(sentence.contains(QString("it reported %1 error(s)").arg(errors)), qPrintable(sentence));
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

    // Long sessions are charted from the minute roll-ups: the same series and crossings as from every
    // heartbeat, however the heartbeats came, changed or went.
    void rollupsChartAsTheHeartbeatsDo()
    {
        const QString child = TestDatabase::scalar("INSERT INTO users (email, \"firstName\", \"lastName\") "
                                                   "VALUES ('rollups@example.org', 'Roll', 'Ups') RETURNING id::text").toString();
        QVERIFY(!child.isEmpty());
        // Two days ago (in the last 7 days), not on a whole minute.
        const QString base = TestDatabase::scalar("SELECT CAST(date_trunc('hour', now() AT TIME ZONE 'UTC') - interval '2 days' "
                                                  "+ interval '17 seconds' AS text)").toString();
        QVERIFY(!base.isEmpty());
        QStringList sessions;
        for (int i = 0; i < 2; ++i) {
            sessions << TestDatabase::scalar("INSERT INTO voice_sessions (\"userId\", \"sessionToken\", status, \"startedAt\", metadata) "
                                             "VALUES ('" + child + "', 'rollups', 'ended', '" + base + "', '{}') RETURNING id::text").toString();
            QVERIFY(!sessions.last().isEmpty());
        }
        // In bulk: 30,000 heartbeats over about 21 hours from two devices, in pairs with the same
        // time; values that now and then cross their thresholds; JSON nulls, strings, objects and
        // metrics that are no object at all.
        const QString bulk = "INSERT INTO session_heartbeats (\"sessionId\", metrics, \"deviceId\", timestamp) "
                             "SELECT '%1', CASE WHEN n % 97 = 0 THEN 'null'::jsonb WHEN n % 101 = 0 THEN '[1, 2]'::jsonb "
                             "WHEN n % 103 = 0 THEN '\"broken\"'::jsonb ELSE jsonb_build_object("
                             "'batteryLevel', CASE WHEN n % 89 = 0 THEN to_jsonb('low'::text) ELSE to_jsonb(round((55 + 40 * sin(n / 700.0%2))::numeric, 3)) END, "
                             "'latency', CASE WHEN n % 83 = 0 THEN 'null'::jsonb WHEN (n * 7919) % 997 = 0 THEN to_jsonb(450 + n % 50) ELSE to_jsonb(80 + n % 120) END, "
                             "'audioQuality', round((0.82 + 0.13 * sin(n / 37.0))::numeric, 4), "
                             "'temperature', CASE WHEN n % 79 = 0 THEN '{\"c\": 50}'::jsonb ELSE to_jsonb(round((40 + 6 * sin(n / 2500.0))::numeric, 2)) END, "
                             "'signalStrength', -60 + n % 20, 'userEngagement', (n % 10) / 10.0, 'cpuUsage', n % 100, 'memoryUsage', 1e6 + n) END, "
                             "CASE WHEN n % 2 = 0 THEN 'speaker-a' ELSE 'speaker-b' END, "
                             "TIMESTAMP '" + base + "' + (n / 2) * interval '5 seconds' FROM generate_series(1, 30000) n";
        QVERIFY(run(bulk.arg(sessions[0], "")));
        // The second session overlaps the first in time, with other values.
        QVERIFY(run(bulk.arg(sessions[1], " + 1.3")));
        // Nothing is counted as the backend writes; the window's upkeep counts the minutes of the
        // last 31 days' sessions (the first read would, otherwise).
        const QString countedRows = "SELECT COUNT(*) FROM nido.heartbeat_minutes m JOIN nido.heartbeat_minute_marks k USING (\"sessionId\") "
                                    "WHERE m.minute < k.\"countedBefore\" AND m.\"sessionId\" = '" + sessions[0] + "'";
        QCOMPARE(TestDatabase::scalar(countedRows).toInt(), 0);
        const int firstCall = TestDatabase::scalar("SELECT nido.count_recent_heartbeat_minutes(current_user)").toInt();
        QVERIFY(firstCall > 0 && firstCall <= 100);
        QVERIFY(countAsTheUpkeep());
        QCOMPARE(TestDatabase::scalar("SELECT nido.count_recent_heartbeat_minutes(current_user)").toInt(), 0);
        QVERIFY(TestDatabase::scalar(countedRows).toInt() > 200);
        int differing = -1;
        QVERIFY(rollupsDifferFromHeartbeats(&differing));
        QCOMPARE(differing, 0);
        // One by one, late, in minutes already counted and in new ones: each is noted for the next
        // count, and reads take its minute as not counted until then.
        for (int i = 0; i < 40; ++i) {
            QVERIFY(run(QString("INSERT INTO session_heartbeats (\"sessionId\", metrics, \"deviceId\", timestamp) VALUES "
                                "('%1', jsonb_build_object('batteryLevel', %2, 'latency', %3, 'temperature', %4), 'speaker-c', "
                                "TIMESTAMP '%5' + interval '%6 seconds')")
                            .arg(sessions[i % 2]).arg(i % 3 == 0 ? 12 : 60).arg(i % 4 == 0 ? 900 : 100).arg(i % 5 == 0 ? 47.5 : 30)
                            .arg(base).arg(i * 1973 % 75000)));
        }
        QCOMPARE(TestDatabase::scalar("SELECT min(minute) = date_trunc('minute', TIMESTAMP '" + base + "') FROM nido.heartbeat_minutes_changed "
                                      "WHERE \"sessionId\" = '" + sessions[0] + "'").toString(), QString("true"));
        // A heartbeat written now is not late: the backend's insert writes nothing of Nido's.
        const QString nidoRows = "SELECT (SELECT COUNT(*) || '/' || SUM(heartbeats) FROM nido.heartbeat_minutes) || '/' || "
                                 "(SELECT string_agg(\"countedBefore\"::text, ',' ORDER BY \"sessionId\") FROM nido.heartbeat_minute_marks) || '/' || "
                                 "(SELECT COUNT(*) FROM nido.heartbeat_minutes_changed)";
        const QString beforeNow = TestDatabase::scalar(nidoRows).toString();
        QVERIFY(run("INSERT INTO session_heartbeats (\"sessionId\", metrics) VALUES ('" + sessions[0] + "', '{\"batteryLevel\": 33}')"));
        QCOMPARE(TestDatabase::scalar(nidoRows).toString(), beforeNow);
        // Afterwards one heartbeat changes its value, one moves to another minute, one status changes,
        // and one is deleted.
        QVERIFY(run("UPDATE session_heartbeats SET metrics = metrics || '{\"batteryLevel\": 3, \"latency\": 1000}' WHERE id = "
                    "(SELECT id FROM session_heartbeats WHERE \"sessionId\" = '" + sessions[0] + "' AND metrics->'batteryLevel' IS NOT NULL "
                    "ORDER BY timestamp, id OFFSET 5000 LIMIT 1)"));
        QVERIFY(run("UPDATE session_heartbeats SET timestamp = timestamp + interval '2 hours' WHERE id = "
                    "(SELECT id FROM session_heartbeats WHERE \"sessionId\" = '" + sessions[1] + "' ORDER BY timestamp, id OFFSET 100 LIMIT 1)"));
        QVERIFY(run("UPDATE session_heartbeats SET status = 'warning' WHERE id = "
                    "(SELECT id FROM session_heartbeats WHERE \"sessionId\" = '" + sessions[1] + "' ORDER BY timestamp, id OFFSET 200 LIMIT 1)"));
        QVERIFY(run("DELETE FROM session_heartbeats WHERE id = "
                    "(SELECT id FROM session_heartbeats WHERE \"sessionId\" = '" + sessions[0] + "' AND CASE WHEN jsonb_typeof(metrics->'batteryLevel') = 'number' "
                    "THEN (metrics->>'batteryLevel')::numeric END < 20 ORDER BY timestamp, id LIMIT 1)"));
        QVERIFY(rollupsDifferFromHeartbeats(&differing));
        QCOMPARE(differing, 0);
        QVERIFY(TestDatabase::scalar(countedRows).toInt() > 200);

        DeviceHealth health;
        health.setChildId(child);
        health.setSessionId(sessions[0]);
        compareWithHeartbeats(health, {{":session", sessions[0]}}, true);
        QVERIFY(health.crossings().size() > 20);
        // Other thresholds: the roll-ups keep none.
        health.setBatteryLow(50);
        health.setLatencyHigh(150);
        health.setAudioQualityLow(0.95);
        health.setTemperatureHigh(38);
        compareWithHeartbeats(health, {{":session", sessions[0]}}, true);
        // The child's last days: both sessions, their minutes interleaved.
        health.setSessionId(QString());
        health.setDays(7);
        compareWithHeartbeats(health, {{":child", child}}, false);
        health.resetThresholds();
        compareWithHeartbeats(health, {{":child", child}}, false);
        QVERIFY(health.crossings().size() > 20);

        // A session's deletion takes its minutes along.
        QVERIFY(run("DELETE FROM voice_sessions WHERE id = '" + sessions[1] + "'"));
        QStringList left;
        QVERIFY(select("SELECT COUNT(*) FROM nido.heartbeat_minutes WHERE \"sessionId\" = CAST(:s AS uuid)", {{":s", sessions[1]}}, &left));
        QCOMPARE(left, QStringList{"0"});
        QVERIFY(select("SELECT (SELECT COUNT(*) FROM nido.heartbeat_minute_marks WHERE \"sessionId\" = CAST(:s AS uuid)) + "
                       "(SELECT COUNT(*) FROM nido.heartbeat_minutes_changed WHERE \"sessionId\" = CAST(:s AS uuid))", {{":s", sessions[1]}}, &left));
        QCOMPARE(left, QStringList{"0"});
        QVERIFY(rollupsDifferFromHeartbeats(&differing));
        QCOMPARE(differing, 0);

        // Heartbeats deleted, all of them: the next count keeps no minute of them, nor the note.
        QVERIFY(run("DELETE FROM session_heartbeats WHERE \"sessionId\" = '" + sessions[0] + "'"));
        QVERIFY(countAsTheUpkeep());
        QVERIFY(select("SELECT (SELECT COUNT(*) FROM nido.heartbeat_minutes WHERE \"sessionId\" = CAST(:s AS uuid)) + "
                       "(SELECT COUNT(*) FROM nido.heartbeat_minutes_changed WHERE \"sessionId\" = CAST(:s AS uuid))", {{":s", sessions[0]}}, &left));
        QCOMPARE(left, QStringList{"0"});
    }

    // A short session is charted from its heartbeats; its crossings, found through the roll-ups, are
    // the same as well, whatever the thresholds.
    void shortSessionsChartAsBefore()
    {
        const QString session = TestDatabase::scalar("SELECT \"sessionId\"::text FROM session_heartbeats h JOIN voice_sessions s "
                                                     "ON s.id = h.\"sessionId\" WHERE s.\"userId\" = '" + m_child +
                                                     "' AND s.\"sessionToken\" <> 'test' GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1").toString();
        QVERIFY(!session.isEmpty());
        DeviceHealth health;
        health.setChildId(m_child);
        health.setSessionId(session);
        compareWithHeartbeats(health, {{":session", session}}, true, false);
        health.setBatteryLow(TestDatabase::scalar("SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY (metrics->>'batteryLevel')::float8) "
                                                  "FROM session_heartbeats WHERE \"sessionId\" = '" + session + "'").toDouble());
        health.setLatencyHigh(150);
        health.setTemperatureHigh(37);
        compareWithHeartbeats(health, {{":session", session}}, true, false);
        QVERIFY(!health.crossings().isEmpty());
        health.resetThresholds();
        QVERIFY(TestDatabase::settle());
    }

    // A number no float8 holds fails neither the backend's insert (through the late heartbeats'
    // trigger), nor the minutes' count, nor the chart: it is skipped like any value that is not a number.
    void hugeNumbersAreSkipped()
    {
        const QString session = newSession(m_child);
        QVERIFY(run("INSERT INTO session_heartbeats (\"sessionId\", metrics, timestamp) VALUES "
                    "('" + session + "', '{\"batteryLevel\": 1e400, \"latency\": 1e-400, \"temperature\": 50}', '2026-01-01 10:00:00'), "
                    "('" + session + "', '{\"batteryLevel\": 10, \"latency\": 200}', '2026-01-01 10:00:05')"));
        QStringList counts;
        QVERIFY(select("SELECT heartbeats, \"batteryLevelCount\", \"latencyCount\", \"temperatureCount\" "
                       "FROM nido.heartbeat_minutes_of(ARRAY[CAST(:s AS uuid)])", {{":s", session}}, &counts));
        QCOMPARE(counts, QStringList{"2|1|1|1"});
        // That read counted the minute.
        QVERIFY(select("SELECT heartbeats FROM nido.heartbeat_minutes WHERE \"sessionId\" = CAST(:s AS uuid)", {{":s", session}}, &counts));
        QCOMPARE(counts, QStringList{"2"});
        DeviceHealth health;
        health.setChildId(m_child);
        health.setSessionId(session);
        QVERIFY(TestDatabase::settle());
        QVERIFY2(health.errorString().isEmpty(), qPrintable(health.errorString()));
        QCOMPARE(health.points("batteryLevel").size(), 1);
        QStringList crossings;
        for (const QVariant &crossing : health.crossings())
            crossings << crossing.toMap().value("metric").toString() + "=" + crossing.toMap().value("value").toString();
        QCOMPARE(crossings, (QStringList{"temperature=50", "batteryLevel=10"}));
    }
};

QTEST_GUILESS_MAIN(SessionsTest)
#include "tst_sessions.moc"
