#include "activitystatistics.h"
#include "attentionsummary.h"
#include "childoverview.h"
#include "databaseworker.h"
#include "demodatagenerator.h"
#include "devicehealth.h"
#include "memorystatistics.h"
#include "memorytimelinemodel.h"
#include "schemamigrator.h"
#include "testdatabase.h"

#include <QTest>

namespace {

// A read whose statement fails on the server, beside the page's others.
class FailingRead : public DataLoader
{
public:
    using DataLoader::DataLoader;

protected:
    void clear() override { }
    void load() override
    {
        SqlStatement statement;
        statement.prepare(QStringLiteral("SELECT 1 / CAST(:zero AS integer)"));
        statement.bindValue(QStringLiteral(":zero"), 0);
        readBatch<int>({statement}, [](SqlConnection &, QList<QList<QSqlRecord>> &, int &, QString *) { return true; }, [](int &&) { });
    }
};

} // namespace

// A page's models ask for their reads in one turn of the event loop: the worker sends them
// together, so that a page's first answers all come after one round trip, however long it is.
class DatabaseWorkerTest : public QObject
{
    Q_OBJECT

private:
    QStringList m_children;

private Q_SLOTS:
    void initTestCase()
    {
        QSqlDatabase db = TestDatabase::create(QStringLiteral("databaseworker"));
        QString error;
        QVERIFY2(SchemaMigrator(db).migrate(&error), qPrintable(error));
        QVERIFY2(DemoDataGenerator(db, DemoDataGenerator::familyScale(2)).generate(&error), qPrintable(error));
        m_children = TestDatabase::rows("SELECT id::text FROM users ORDER BY id");
        QCOMPARE(m_children.size(), 2);
    }

    void aPagesReadsGoInOneRoundTrip()
    {
        MemoryTimelineModel timeline;
        MemoryStatistics statistics;
        AttentionSummary attention;
        const auto choose = [&](const QString &child) {
            timeline.setChildId(child);
            statistics.setChildId(child);
            attention.setChildId(child);
        };
        // The first time prepares the statements: a round trip of its own each, as QPSQL's do.
        choose(m_children[0]);
        QVERIFY(TestDatabase::settle());

        const quint64 before = DatabaseWorker::instance()->roundTrips();
        choose(m_children[1]);
        QVERIFY(TestDatabase::settle());
        QCOMPARE(DatabaseWorker::instance()->roundTrips() - before, quint64(1));

        QVERIFY2(statistics.loaded(), qPrintable(statistics.errorString()));
        QVERIFY2(attention.loaded(), qPrintable(attention.errorString()));
        QVERIFY(timeline.errorString().isEmpty());
        const int memories = TestDatabase::scalar("SELECT COUNT(*) FROM memory_contexts WHERE \"userId\" = '" + m_children[1] + "'").toInt();
        QVERIFY(memories > 0);
        QCOMPARE(timeline.total(), memories);
        QCOMPARE(timeline.rowCount(), qMin(memories, 60));
        int counted = 0;
        for (const QVariant &group : statistics.dashboard())
            counted += group.toMap().value(QStringLiteral("count")).toInt();
        QCOMPARE(counted, memories);
    }

    // One read fails on the server: it alone says so, and the others read what they read alone.
    void aFailingReadFailsAlone()
    {
        MemoryStatistics statistics;
        FailingRead failing;
        AttentionSummary attention;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("query failed.*division by zero"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("query failed.*division by zero"));
        statistics.setChildId(m_children[0]);
        failing.setChildId(m_children[0]);
        attention.setChildId(m_children[0]);
        QVERIFY(TestDatabase::settle());
        QVERIFY(!failing.loaded());
        QVERIFY2(failing.errorString().contains(QStringLiteral("division by zero")), qPrintable(failing.errorString()));
        QVERIFY2(statistics.loaded(), qPrintable(statistics.errorString()));
        QVERIFY2(attention.loaded(), qPrintable(attention.errorString()));
        QVERIFY(!statistics.dashboard().isEmpty());
    }

    // The activity page's reads need nothing of one another's (the waking hours and the health
    // series' buckets are worked out by the server): a child switch is one round trip.
    void theActivityPageIsOneRoundTrip()
    {
        ActivityStatistics activity;
        DeviceHealth health;
        MemoryStatistics statistics;
        health.setDays(90);
        const auto choose = [&](const QString &child) {
            activity.setChildId(child);
            health.setChildId(child);
            statistics.setChildId(child);
        };
        choose(m_children[0]);
        QVERIFY(TestDatabase::settle());
        const quint64 before = DatabaseWorker::instance()->roundTrips();
        choose(m_children[1]);
        QVERIFY(TestDatabase::settle());
        QCOMPARE(DatabaseWorker::instance()->roundTrips() - before, quint64(1));
        QVERIFY2(activity.loaded(), qPrintable(activity.errorString()));
        QVERIFY2(health.loaded(), qPrintable(health.errorString()));
        QCOMPARE(activity.dayLabels().size(), activity.days());
        const int heartbeats = TestDatabase::scalar("SELECT COUNT(*) FROM session_heartbeats h JOIN voice_sessions vs ON vs.id = h.\"sessionId\" "
                                                    "WHERE vs.\"userId\" = '" + m_children[1] + "' AND vs.\"startedAt\" > now() - interval '80 days'").toInt();
        QVERIFY(heartbeats > 0);
        QVERIFY(health.firstAt().isValid());
        QVERIFY(health.pointCount() > 0);
    }

    // A job that waits for its answer (a test's, a command's) is not held for the end of the turn.
    void aBlockingJobIsSentAtOnce()
    {
        ChildOverview overview;
        overview.setChildId(m_children[0]);
        QVERIFY(TestDatabase::onWorker(QStringLiteral("SELECT 1")));
        QVERIFY(TestDatabase::settle());
        QVERIFY2(overview.loaded(), qPrintable(overview.errorString()));
    }
};

QTEST_MAIN(DatabaseWorkerTest)
#include "tst_databaseworker.moc"
