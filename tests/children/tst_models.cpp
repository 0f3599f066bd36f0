#include "childlistmodel.h"
#include "childoverview.h"
#include "database.h"
#include "demodatagenerator.h"
#include "schemamigrator.h"
#include "fetchall.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

class ModelsTest : public QObject
{
    Q_OBJECT

private:
    static void fill(const QString &name, const DemoDataGenerator::Scale &scale, const QDateTime &now)
    {
        QSqlDatabase db = TestDatabase::create(name);
        QString error;
        QVERIFY2(SchemaMigrator(db).migrate(&error), qPrintable(error));
        QVERIFY2(DemoDataGenerator(db, scale, now).generate(&error), qPrintable(error));
    }

    static QVariant scalarFor(const QString &sql, const QString &childId, const QDateTime &from = {},
                              const QDateTime &to = {})
    {
        QSqlQuery query;
        query.prepare(sql);
        query.bindValue(QStringLiteral(":child"), childId);
        if (sql.contains(QLatin1String(":from")))
            query.bindValue(QStringLiteral(":from"), Database::utcTimestamp(from));
        if (sql.contains(QLatin1String(":to")))
            query.bindValue(QStringLiteral(":to"), Database::utcTimestamp(to));
        if (!query.exec() || !query.next())
            qWarning("%s", qPrintable(Database::errorText(query)));
        return query.value(0);
    }

private Q_SLOTS:
    void childListPagesThroughEveryChildOnce()
    {
        DemoDataGenerator::Scale scale;
        scale.children = 250;
        scale.agents = 3;
        scale.sessionsPerChild = 0;
        scale.memoriesPerChild = 0;
        scale.withLiveSession = false;
        fill(QStringLiteral("models_children"), scale, QDateTime::currentDateTimeUtc());

        ChildListModel model;
        QVERIFY(TestDatabase::settle());
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(inserted.count(), 2);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(model.errorString().isEmpty());

        QSqlQuery expected(QStringLiteral("SELECT id::text FROM users ORDER BY \"firstName\", id"));
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(expected.next());
            QCOMPARE(model.data(model.index(row), ChildListModel::IdRole).toString(), expected.value(0).toString());
        }
        QVERIFY(!expected.next());
        const QString last = model.data(model.index(249), ChildListModel::IdRole).toString();
        QCOMPARE(model.indexOfId(last), 249);
        QVERIFY(!model.data(model.index(0), ChildListModel::DisplayNameRole).toString().isEmpty());

        // Read again, the same rows stay where they are: no reset, nothing removed or added, and as
        // many rows as were shown.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        inserted.clear();
        model.reload();
        QVERIFY(TestDatabase::settle());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(model.rowCount(), 250);
        // One child gone, one added: each in place.
        QSqlQuery change;
        QVERIFY(change.exec(QStringLiteral("DELETE FROM users WHERE id = '") + last + u'\''));
        QVERIFY(change.exec(QStringLiteral("INSERT INTO users (\"firstName\") VALUES ('AAAA')")));
        model.reload();
        QVERIFY(TestDatabase::settle());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.data(model.index(0), ChildListModel::DisplayNameRole).toString(), QStringLiteral("AAAA"));
        QCOMPARE(model.data(model.index(0), ChildListModel::IdRole).toString(),
                 TestDatabase::scalar("SELECT id::text FROM users ORDER BY \"firstName\", id LIMIT 1").toString());
    }

    void overviewMatchesSql()
    {
        const QDateTime now = QDateTime::currentDateTime();
        fill(QStringLiteral("models_overview"), DemoDataGenerator::familyScale(2), now.toUTC());
        const QString child = TestDatabase::scalar(
            "SELECT \"userId\"::text FROM voice_sessions WHERE status = 'active'").toString();
        QVERIFY(!child.isEmpty());

        ChildOverview overview;
        overview.setReferenceTime(now);
        QSignalSpy changed(&overview, &ChildOverview::figuresChanged);
        overview.setChildId(child);
        // Once when the previous figures go, once when the child's arrive.
        QCOMPARE(changed.count(), 1);
        QVERIFY(overview.loading());
        QVERIFY(TestDatabase::settle());
        QCOMPARE(changed.count(), 2);
        QVERIFY2(overview.loaded(), qPrintable(overview.errorString()));

        const QDateTime weekFrom(overview.weekStart(), QTime(0, 0));
        const QDateTime weekTo = weekFrom.addDays(7);
        const QDateTime todayFrom(now.date(), QTime(0, 0));
        QCOMPARE(overview.figures().dailyLimitMinutes,
                 scalarFor("SELECT (routines->'screenTime'->>'limit')::int FROM user_profiles WHERE \"userId\" = CAST(:child AS uuid)", child).toInt());
        QCOMPARE(overview.figures().weekSessions,
                 scalarFor("SELECT COUNT(*) FROM voice_sessions WHERE \"userId\" = CAST(:child AS uuid) "
                           "AND \"startedAt\" >= CAST(:from AS timestamp) AND \"startedAt\" < CAST(:to AS timestamp)",
                           child, weekFrom, weekTo).toInt());
        QCOMPARE(overview.figures().todaySessions,
                 scalarFor("SELECT COUNT(*) FROM voice_sessions WHERE \"userId\" = CAST(:child AS uuid) "
                           "AND \"startedAt\" >= CAST(:from AS timestamp) AND \"startedAt\" < CAST(:to AS timestamp)",
                           child, todayFrom, todayFrom.addDays(1)).toInt());
        // The live session counts up to now; the others by their recorded duration.
        const double endedMinutes = scalarFor(
            "SELECT COALESCE(SUM(\"durationSeconds\"), 0) / 60.0 FROM voice_sessions WHERE \"userId\" = CAST(:child AS uuid) "
            "AND status <> 'active' AND \"startedAt\" >= CAST(:from AS timestamp) AND \"startedAt\" < CAST(:to AS timestamp)",
            child, weekFrom, weekTo).toDouble();
        // Just after midnight on the week's first day the live session began last week.
        const bool liveThisWeek = now.addSecs(-240) >= weekFrom;
        QVERIFY(qAbs(overview.figures().weekMinutes - endedMinutes - (liveThisWeek ? 4.0 : 0.0)) < 0.1);
        QCOMPARE(overview.figures().weekMinutesPerDay().size(), 7);
        double sum = 0;
        for (qreal minutes : overview.figures().weekMinutesPerDay())
            sum += minutes;
        QVERIFY(qAbs(sum - overview.figures().weekMinutes) < 0.001);
        QCOMPARE(overview.figures().weekDayNames.size(), 7);
        const double previousMinutes = scalarFor(
            "SELECT COALESCE(SUM(\"durationSeconds\"), 0) / 60.0 FROM voice_sessions WHERE \"userId\" = CAST(:child AS uuid) "
            "AND \"startedAt\" >= CAST(:from AS timestamp) AND \"startedAt\" < CAST(:to AS timestamp)",
            child, weekFrom.addDays(-7), weekFrom).toDouble();
        QVERIFY2(qAbs(overview.figures().previousWeekMinutes - previousMinutes) < 0.1,
                 qPrintable(QString("%1 against %2").arg(overview.figures().previousWeekMinutes).arg(previousMinutes)));

        // The demo's yesterday: over the limit, by what the day's sessions add up to beyond it.
        const int limit = overview.figures().dailyLimitMinutes;
        QVERIFY(limit > 0);
        const double yesterday = scalarFor(
            "SELECT SUM(\"durationSeconds\") / 60.0 FROM voice_sessions WHERE \"userId\" = CAST(:child AS uuid) "
            "AND \"startedAt\" >= CAST(:from AS timestamp) AND \"startedAt\" < CAST(:to AS timestamp)",
            child, todayFrom.addDays(-1), todayFrom).toDouble();
        QVERIFY2(yesterday > limit, qPrintable(QString::number(yesterday)));
        QVERIFY(overview.figures().daysOverLimit() >= 1);
        QVERIFY(qAbs(overview.figures().weekOverBy().at(5) - (yesterday - limit)) < 0.1);
        QCOMPARE(overview.figures().weekOverLimit().at(5), overview.figures().weekMinutesPerDay().at(5));
        QCOMPARE(overview.figures().weekWithinLimit().at(5), 0.0);
        // And it talked before waking up: the newest such session, why, and its id.
        QVERIFY(overview.figures().nightSessionsThisWeek >= 1);
        QVERIFY(!overview.figures().lastNightSessionReason.isEmpty());
        QCOMPARE(scalarFor("SELECT \"userId\"::text FROM voice_sessions WHERE id = CAST(:child AS uuid)",
                           overview.figures().lastNightSessionId).toString(), child);
        QVERIFY(overview.figures().lastNightSessionStart >= weekFrom);

        QCOMPARE(overview.figures().memoriesTotal,
                 scalarFor("SELECT COUNT(*) FROM memory_contexts WHERE \"userId\" = CAST(:child AS uuid)", child).toInt());
        QCOMPARE(overview.figures().memoriesThisWeek,
                 scalarFor("SELECT COUNT(*) FROM memory_contexts WHERE \"userId\" = CAST(:child AS uuid) AND \"createdAt\" >= CAST(:from AS timestamp)",
                           child, weekFrom).toInt());
        QCOMPARE(overview.figures().deviceErrorsThisWeek,
                 scalarFor("SELECT COUNT(*) FROM session_heartbeats h JOIN voice_sessions s ON s.id = h.\"sessionId\" "
                           "WHERE s.\"userId\" = CAST(:child AS uuid) AND s.\"startedAt\" >= CAST(:from AS timestamp) "
                           "AND (h.status = 'error' OR h.\"errorMessage\" IS NOT NULL)", child, weekFrom).toInt());

        QVERIFY(overview.figures().lastSessionLive);
        QCOMPARE(overview.figures().lastSessionAgent,
                 scalarFor("SELECT a.name FROM voice_sessions s JOIN agents a ON a.id = (s.metadata->>'agentId')::uuid "
                           "WHERE s.\"userId\" = CAST(:child AS uuid) ORDER BY s.\"startedAt\" DESC LIMIT 1", child).toString());
        QVERIFY(qAbs(overview.figures().lastSessionStart.secsTo(now) - 240) < 5);
    }

    void overviewSurvivesMalformedBackendData()
    {
        const QString child = TestDatabase::scalar(
            "SELECT \"userId\"::text FROM voice_sessions WHERE status = 'active'").toString();
        QSqlQuery query;
        QVERIFY(query.exec("UPDATE voice_sessions SET metadata = jsonb_set(metadata, '{agentId}', '\"uuid-del-agente\"') "
                           "WHERE status = 'active'"));
        QVERIFY(query.exec("UPDATE user_profiles SET routines = jsonb_set(routines, '{screenTime,limit}', '\"sixty\"')"));
        ChildOverview overview;
        overview.setChildId(child);
        QVERIFY(TestDatabase::settle());
        QVERIFY2(overview.loaded(), qPrintable(overview.errorString()));
        QCOMPARE(overview.figures().lastSessionAgent, QString());
        QCOMPARE(overview.figures().dailyLimitMinutes, -1);
    }

    void overviewOfUnknownChildSaysSo()
    {
        ChildOverview overview;
        overview.setChildId(QStringLiteral("00000000-0000-4000-8000-000000000000"));
        QVERIFY(TestDatabase::settle());
        QVERIFY(!overview.loaded());
        QVERIFY(!overview.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(ModelsTest)
#include "tst_models.moc"
