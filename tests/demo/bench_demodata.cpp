#include "demodatagenerator.h"
#include "schemamigrator.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QTest>

// Loads the seed's size table (nido demo-data --scale seed) and prints how long it took.
class DemoDataBenchmark : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedScale()
    {
        QSqlDatabase db = TestDatabase::create(QStringLiteral("bench_seed"));
        QString error;
        QVERIFY2(SchemaMigrator(db).migrate(&error), qPrintable(error));
        DemoDataGenerator generator(db, DemoDataGenerator::seedScale());
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(generator.generate(&error), qPrintable(error));
        const double seconds = timer.elapsed() / 1000.0;

        const QList<QPair<QString, qint64>> expected = {
            {"users", 1000}, {"user_profiles", 1000}, {"agents", 100}, {"voice_sessions", 50000},
            {"ai_conversations", 500000}, {"memory_contexts", 150000}, {"session_heartbeats", 2000000}};
        qint64 rows = 0;
        for (const auto &[table, count] : expected) {
            QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM " + table).toLongLong(), count);
            rows += count;
        }
        qInfo("seed scale: %lld rows in %.1f s (%.0f rows/s)", rows, seconds, rows / seconds);
    }
};

QTEST_GUILESS_MAIN(DemoDataBenchmark)
#include "bench_demodata.moc"
