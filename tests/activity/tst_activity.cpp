#include "activitystatistics.h"
#include "barvalues.h"
#include "database.h"
#include "memorystatistics.h"
#include "schemamigrator.h"
#include "testdatabase.h"

#include "wakinghours.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <numeric>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

// Activity and memory figures on the family's own days: bedtimes after midnight, and days on
// either side of a daylight-saving change. ctest runs this in more than one time zone.
class ActivityTest : public QObject
{
    Q_OBJECT

private:
    QString m_child;

    // A day in the last 85 whose UTC offset differs from today's, when the zone has one.
    static QDate dayAcrossAnOffsetChange()
    {
        const QDate today = QDate::currentDate();
        const int offsetToday = QDateTime(today, QTime(0, 30)).offsetFromUtc();
        for (int back = 2; back <= 85; ++back) {
            const QDate day = today.addDays(-back);
            if (QDateTime(day, QTime(0, 30)).offsetFromUtc() != offsetToday)
                return day;
        }
        return today.addDays(-40);
    }

    static bool insertSession(const QString &child, const QDateTime &localStart, int seconds)
    {
        QSqlQuery query;
        query.prepare("INSERT INTO voice_sessions (\"userId\", \"sessionToken\", status, \"startedAt\", \"endedAt\", \"durationSeconds\") "
                      "VALUES (CAST(:child AS uuid), gen_random_uuid()::text, 'ended', CAST(:start AS timestamp), "
                      "CAST(:start AS timestamp) + make_interval(secs => :seconds), :seconds)");
        query.bindValue(":child", child);
        query.bindValue(":start", Database::utcTimestamp(localStart));
        query.bindValue(":seconds", seconds);
        return Database::execute(query);
    }

    static bool insertMemory(const QString &child, const QDateTime &localAt)
    {
        QSqlQuery query;
        query.prepare("INSERT INTO memory_contexts (\"userId\", \"memoryType\", category, content, \"createdAt\") "
                      "VALUES (CAST(:child AS uuid), 'episodic', 'family', 'a night memory', CAST(:at AS timestamp))");
        query.bindValue(":child", child);
        query.bindValue(":at", Database::utcTimestamp(localAt));
        return Database::execute(query);
    }

    static bool setRoutine(const QString &child, const QString &routine)
    {
        QSqlQuery query;
        query.prepare("UPDATE user_profiles SET routines = CAST(:routine AS jsonb) WHERE \"userId\" = CAST(:child AS uuid)");
        query.bindValue(":routine", routine);
        query.bindValue(":child", child);
        return Database::execute(query) && query.numRowsAffected() == 1;
    }

    void clearChild()
    {
        QSqlQuery query;
        QVERIFY(query.exec("DELETE FROM voice_sessions"));
        QVERIFY(query.exec("DELETE FROM session_heartbeats"));
        QVERIFY(query.exec("DELETE FROM memory_contexts"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qInfo("time zone: %s", QTimeZone::systemTimeZoneId().constData());
        // One database per zone: ctest runs the zones side by side.
        const QString zone = QString::fromLatin1(QTimeZone::systemTimeZoneId()).toLower().replace(QRegularExpression("[^a-z]"), "_");
        QSqlDatabase db = TestDatabase::create("activity_" + zone);
        QString error;
        QVERIFY2(SchemaMigrator(db).migrate(&error), qPrintable(error));
        m_child = TestDatabase::scalar("INSERT INTO users (\"firstName\") VALUES ('Night owl') RETURNING id::text").toString();
        QVERIFY(!m_child.isEmpty());
        QSqlQuery query;
        QVERIFY(query.exec("INSERT INTO user_profiles (\"userId\") VALUES ('" + m_child + "')"));
    }

    void bedtimeAfterMidnight()
    {
        clearChild();
        QVERIFY(setRoutine(m_child, R"({"wakeTime": "07:00", "bedTime": "00:30", "screenTime": {"limit": 60}})"));
        const QDate day = QDate::currentDate().addDays(-3);
        // Awake at 10:00, 15:00 and 00:10 (before the 00:30 bedtime); asleep at 03:00.
        for (const QTime &at : {QTime(10, 0), QTime(15, 0), QTime(0, 10), QTime(3, 0)})
            QVERIFY(insertSession(m_child, QDateTime(day, at), 60));
        ActivityStatistics activity;
        activity.setDays(7);
        activity.setChildId(m_child);
        QVERIFY(TestDatabase::settle());
        QVERIFY2(activity.errorString().isEmpty(), qPrintable(activity.errorString()));
        const int index = int(QDate::currentDate().addDays(-6).daysTo(day));
        QCOMPARE(activity.sessionsPerDay().at(index), 4.0);
        QCOMPARE(activity.outsideWakingHoursPerDay().at(index), 1.0);
        QCOMPARE(activity.insideWakingHoursPerDay().at(index), 3.0);

        // An ordinary evening bedtime, the wake time typed without its leading zero: 03:00 and now
        // 00:10 are both in the night.
        QVERIFY(setRoutine(m_child, R"({"wakeTime": "7:00", "bedTime": "21:00"})"));
        activity.refresh();
        QVERIFY(TestDatabase::settle());
        QCOMPARE(activity.wakeTime(), QString("07:00"));
        QCOMPARE(activity.outsideWakingHoursPerDay().at(index), 2.0);
    }

    // A chart's new figures: a value or two replaced where they are, more given as one list (not
    // QML's `values`, which takes the bars away one by one), and always the values asked for.
    void barsTakeNewValuesWithTheLeastWork()
    {
        QBarSet set(QStringLiteral("minutes"));
        QSignalSpy removed(&set, &QBarSet::valuesRemoved);
        QSignalSpy replaced(&set, &QBarSet::valueChanged);
        const auto values = [&] {
            QList<qreal> shown;
            for (int i = 0; i < set.count(); ++i)
                shown << set.at(i);
            return shown;
        };
        BarValues::show(&set, {1, 2, 3, 4, 5});
        QCOMPARE(values(), QList<qreal>({1, 2, 3, 4, 5}));
        BarValues::show(&set, {1, 7, 3, 4, 5});
        QCOMPARE(values(), QList<qreal>({1, 7, 3, 4, 5}));
        QCOMPARE(removed.size(), 0);
        QCOMPARE(replaced.size(), 1);
        BarValues::show(&set, {5, 4, 3, 2, 1});
        QCOMPARE(values(), QList<qreal>({5, 4, 3, 2, 1}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(replaced.size(), 1);
        BarValues::show(&set, {});
        QCOMPARE(set.count(), 0);
        BarValues::show(&set, {0, 9});
        QCOMPARE(values(), QList<qreal>({0, 9}));
    }

    void limitSplitAddsUp()
    {
        clearChild();
        QVERIFY(setRoutine(m_child, R"({"wakeTime": "07:00", "bedTime": "21:00", "screenTime": {"limit": 30}})"));
        const QDate day = QDate::currentDate().addDays(-1);
        QVERIFY(insertSession(m_child, QDateTime(day, QTime(9, 0)), 50 * 60));
        ActivityStatistics activity;
        activity.setDays(7);
        activity.setChildId(m_child);
        QVERIFY(TestDatabase::settle());
        QCOMPARE(activity.daysOverLimit(), 1);
        for (int i = 0; i < 7; ++i)
            QCOMPARE(activity.withinLimitPerDay().at(i) + activity.overLimitPerDay().at(i), activity.minutesPerDay().at(i));
        // The day over it is over whole, and says by how much.
        QCOMPARE(activity.withinLimitPerDay().at(5), 0.0);
        QCOMPARE(activity.overLimitPerDay().at(5), 50.0);
        QCOMPARE(activity.overByPerDay().at(5), 20.0);
        QCOMPARE(std::accumulate(activity.overByPerDay().cbegin(), activity.overByPerDay().cend(), 0.0), 20.0);
    }

    // The window's rule for one session (WakingHours::describe, the sessions list and the Overview)
    // says what the SQL rule counts, minute by minute, for evening bedtimes, one after midnight, and
    // a wake time equal to the bedtime.
    void oneSessionsRuleIsTheCountsRule()
    {
        const QList<std::pair<QString, QString>> routines = {{"07:00", "21:00"}, {"07:00", "00:30"}, {"06:30", "06:30"}, {"22:00", "07:15"}};
        for (const auto &[wake, bed] : routines) {
            const WakingHours hours{wake, bed};
            QSqlQuery query;
            query.prepare("SELECT t, " + WakingHours::outsideSql("CAST(t AS interval)") + " FROM "
                          + WakingHours::ofRoutinesSql("CAST(:routines AS jsonb)")
                          + ", generate_series(0, 1439) m, LATERAL (SELECT make_interval(mins => m)::text AS t) x ORDER BY m");
            query.bindValue(":routines", QString::fromUtf8(QJsonDocument(QJsonObject{{"wakeTime", wake}, {"bedTime", bed}}).toJson()));
            QVERIFY(Database::execute(query));
            int minutes = 0;
            for (; query.next(); ++minutes) {
                const QTime at = QTime(0, 0).addSecs(minutes * 60);
                QVERIFY2(!hours.describe(at).isEmpty() == query.value(1).toBool(),
                         qPrintable(QString("%1 with waking hours %2 to %3: %4").arg(at.toString(), wake, bed, hours.describe(at))));
            }
            QCOMPARE(minutes, 1440);
        }
        QCOMPARE(WakingHours({"07:00", "21:00"}).describe(QTime(5, 24)), QString("before wake-up time, 07:00"));
        QCOMPARE(WakingHours({"07:00", "21:00"}).describe(QTime(22, 10)), QString("after bedtime, 21:00"));
        QVERIFY(WakingHours().describe(QTime(3, 0)).isEmpty());
    }

    // The server reads the routines' times as the window does: what one takes for a time, the
    // other takes for the same one, and what one refuses (so that nothing is outside), the other too.
    void theServerReadsTheRoutinesAsTheWindowDoes()
    {
        const QList<QJsonValue> times = {"07:00", "7:00", " 7:05 ", "\t21:30\n", "23:59", "0:00", "00:00", "24:00", "7:5", "07:60",
                                         "7.00", "07:00:00", "-1:00", "+7:00", "007:00", "7", "", "07:00 am", "٧:٠٠", 7, 7.5, true,
                                         QJsonValue::Null, QJsonArray{"07:00"}, QJsonObject{{"h", 7}}, QString(200, u'7')};
        for (const QJsonValue &time : times) {
            const QJsonObject routines{{"wakeTime", time}, {"bedTime", "21:00"}};
            const WakingHours window = WakingHours::fromRoutines(routines);
            QSqlQuery query;
            query.prepare("SELECT to_char(wh.wake, 'HH24:MI') FROM " + WakingHours::ofRoutinesSql("CAST(:routines AS jsonb)"));
            const QString read = QString::fromUtf8(QJsonDocument(routines).toJson(QJsonDocument::Compact));
            query.bindValue(":routines", read);
            QVERIFY(Database::execute(query));
            QVERIFY(query.next());
            QVERIFY2(query.value(0).toString() == window.wake, qPrintable(read + ": " + query.value(0).toString() + " against " + window.wake));
            QVERIFY2(query.value(0).isNull() == !window.known(), qPrintable(read));
        }
        for (const QString routines : {"[]", "\"07:00\"", "null", "{\"wakeTime\": \"07:00\"}", "{\"bedTime\": \"21:00\"}"}) {
            QSqlQuery query;
            query.prepare("SELECT wh.wake IS NULL AND wh.bed IS NULL FROM " + WakingHours::ofRoutinesSql("CAST(:routines AS jsonb)"));
            query.bindValue(":routines", routines);
            QVERIFY(Database::execute(query));
            QVERIFY(query.next());
            QVERIFY2(query.value(0).toBool(), qPrintable(routines));
            QVERIFY(!WakingHours::fromRoutines(QJsonDocument::fromJson(routines.toUtf8()).object()).known());
        }
    }

    void minutesFollowTheClock()
    {
        clearChild();
        QVERIFY(setRoutine(m_child, R"({"wakeTime": "07:00", "bedTime": "21:00"})"));
        const QDate today = QDate::currentDate();
        // 23:40 to 00:30: 20 minutes on one day, 30 on the next.
        QVERIFY(insertSession(m_child, QDateTime(today.addDays(-5), QTime(23, 40)), 50 * 60));
        // Ended, with no duration recorded but an end time: its length is the difference.
        QSqlQuery query;
        query.prepare("INSERT INTO voice_sessions (\"userId\", \"sessionToken\", status, \"startedAt\", \"endedAt\", \"durationSeconds\") "
                      "VALUES (CAST(:child AS uuid), 'no-duration', 'ended', CAST(:start AS timestamp), "
                      "CAST(:start AS timestamp) + interval '15 minutes', 0)");
        query.bindValue(":child", m_child);
        query.bindValue(":start", Database::utcTimestamp(QDateTime(today.addDays(-2), QTime(10, 0))));
        QVERIFY(Database::execute(query));
        // Left "active" by a backend that crashed two days ago, its last heartbeat 30 minutes in.
        const QDateTime stuck(today.addDays(-3), QTime(9, 0));
        query.prepare("INSERT INTO voice_sessions (\"userId\", \"sessionToken\", status, \"startedAt\") "
                      "VALUES (CAST(:child AS uuid), 'stuck', 'active', CAST(:start AS timestamp)) RETURNING id::text");
        query.bindValue(":child", m_child);
        query.bindValue(":start", Database::utcTimestamp(stuck));
        QVERIFY(Database::execute(query) && query.next());
        const QString stuckId = query.value(0).toString();
        query.prepare("INSERT INTO session_heartbeats (\"sessionId\", metrics, timestamp) VALUES (CAST(:id AS uuid), '{}', CAST(:at AS timestamp))");
        query.bindValue(":id", stuckId);
        query.bindValue(":at", Database::utcTimestamp(stuck.addSecs(30 * 60)));
        QVERIFY(Database::execute(query));

        ActivityStatistics activity;
        activity.setDays(7);
        activity.setChildId(m_child);
        QVERIFY(TestDatabase::settle());
        QVERIFY2(activity.errorString().isEmpty(), qPrintable(activity.errorString()));
        const QList<qreal> minutes = activity.minutesPerDay();
        QCOMPARE(minutes.size(), 7);
        QVERIFY2(qAbs(minutes.at(1) - 20) < 0.01, qPrintable(QString::number(minutes.at(1))));
        QVERIFY2(qAbs(minutes.at(2) - 30) < 0.01, qPrintable(QString::number(minutes.at(2))));
        QVERIFY2(qAbs(minutes.at(3) - 30) < 0.01, qPrintable(QString::number(minutes.at(3))));
        QVERIFY2(qAbs(minutes.at(4) - 15) < 0.01, qPrintable(QString::number(minutes.at(4))));
        QCOMPARE(activity.sessionsPerDay().at(1), 1.0);
        QCOMPARE(activity.sessionsPerDay().at(2), 0.0);
        double total = 0;
        for (qreal day : minutes)
            total += day;
        QVERIFY2(qAbs(total - 95) < 0.01, qPrintable(QString::number(total)));
    }

    void agentsWithOneNameStayApart()
    {
        clearChild();
        const QStringList twins = TestDatabase::rows("INSERT INTO agents (name) VALUES ('Twin'), ('Twin') RETURNING id::text");
        QCOMPARE(twins.size(), 2);
        QSqlQuery query;
        for (int i = 0; i < 3; ++i) {
            query.prepare("INSERT INTO voice_sessions (\"userId\", \"sessionToken\", status, \"startedAt\", metadata, \"totalCost\") "
                          "VALUES (CAST(:child AS uuid), 'twin', 'ended', LOCALTIMESTAMP - interval '1 hour', "
                          "jsonb_build_object('agentId', CAST(:agent AS text)), 0.01)");
            query.bindValue(":child", m_child);
            query.bindValue(":agent", twins.at(i % 2));
            QVERIFY(Database::execute(query));
        }
        ActivityStatistics activity;
        activity.setDays(7);
        activity.setChildId(m_child);
        QVERIFY(TestDatabase::settle());
        QCOMPARE(activity.agentUsage().size(), 2);
        QList<int> sessions;
        for (const QVariant &usage : activity.agentUsage()) {
            QCOMPARE(usage.toMap().value("agent").toString(), QString("Twin"));
            sessions << usage.toMap().value("sessions").toInt();
        }
        std::sort(sessions.begin(), sessions.end());
        QCOMPARE(sessions, (QList<int>{1, 2}));
    }

    void nightsAcrossAnOffsetChangeStayOnTheirDay()
    {
        clearChild();
        QVERIFY(setRoutine(m_child, R"({"wakeTime": "07:00", "bedTime": "21:00"})"));
        const QDate day = dayAcrossAnOffsetChange();
        qInfo("day checked: %s (offset %d s, today %d s)", qPrintable(day.toString(Qt::ISODate)),
              QDateTime(day, QTime(0, 30)).offsetFromUtc(), QDateTime::currentDateTime().offsetFromUtc());
        QVERIFY(insertSession(m_child, QDateTime(day, QTime(0, 30)), 600));
        QVERIFY(insertSession(m_child, QDateTime(day, QTime(23, 30)), 600));
        QVERIFY(insertMemory(m_child, QDateTime(day, QTime(0, 30))));
        QVERIFY(insertMemory(m_child, QDateTime(day, QTime(23, 30))));

        ActivityStatistics activity;
        activity.setDays(90);
        activity.setChildId(m_child);
        MemoryStatistics memories;
        memories.setDays(90);
        memories.setChildId(m_child);
        QVERIFY(TestDatabase::settle());
        const int index = int(QDate::currentDate().addDays(-89).daysTo(day));
        QCOMPARE(activity.sessionsPerDay().at(index), 2.0);
        QCOMPARE(activity.minutesPerDay().at(index), 20.0);
        QCOMPARE(activity.outsideWakingHoursPerDay().at(index), 2.0);
        double sessions = 0;
        for (qreal count : activity.sessionsPerDay())
            sessions += count;
        QCOMPARE(sessions, 2.0);
        const QList<qreal> family = memories.perDayByCategory().value("family").value<QList<qreal>>();
        QCOMPARE(family.size(), 90);
        QCOMPARE(family.at(index), 2.0);
        QCOMPARE(memories.highestDayCount(), 2);
    }
};

QTEST_GUILESS_MAIN(ActivityTest)

#include "tst_activity.moc"
