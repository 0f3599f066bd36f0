#include "agentknowledge.h"
#include "demodatagenerator.h"
#include "memorytimelinemodel.h"
#include "schemamigrator.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

// Who knows what: each cell is what the schema document's query 1 rules give that agent of that
// category (its own memories and the shared ones, not expired), checked against SQL written by
// hand, and the timeline opened from a cell shows exactly those memories.
class AgentKnowledgeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("nido") << QString();
        QTest::newRow("orm") << QStringLiteral("backend_schema.sql");
    }

    void everyCellIsWhatQueryOneGives()
    {
        QFETCH_GLOBAL(QString, fixture);
        const QString database = QStringLiteral("knowledge_") + QTest::currentDataTag();
        QString error;
        if (fixture.isEmpty()) {
            QSqlDatabase db = TestDatabase::create(database);
            QVERIFY2(SchemaMigrator(db).migrate(&error), qPrintable(error));
            QVERIFY2(DemoDataGenerator(db, DemoDataGenerator::familyScale(2)).generate(&error), qPrintable(error));
        } else {
            QVERIFY2(TestDatabase::createBackendFamily(database, fixture, 2, &error), qPrintable(error));
        }
        const QString child = TestDatabase::scalar("SELECT \"userId\"::text FROM memory_contexts GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1").toString();
        // Some memories expired, some shared: both rules are exercised.
        QSqlQuery setup;
        QVERIFY(setup.exec("UPDATE memory_contexts SET \"expiresAt\" = LOCALTIMESTAMP - interval '1 day' WHERE id IN "
                           "(SELECT id FROM memory_contexts WHERE \"userId\" = '" + child + "' ORDER BY id LIMIT 4)"));
        QVERIFY(setup.exec("UPDATE memory_contexts SET \"agentId\" = NULL WHERE id IN "
                           "(SELECT id FROM memory_contexts WHERE \"userId\" = '" + child + "' ORDER BY id DESC LIMIT 3)"));
        QVERIFY(TestDatabase::scalar("SELECT COUNT(*) FROM memory_contexts WHERE \"userId\" = '" + child + "' AND \"agentId\" IS NULL").toInt() >= 3);

        AgentKnowledge knowledge;
        knowledge.setChildId(child);
        QVERIFY(TestDatabase::settle());
        QVERIFY2(knowledge.loaded(), qPrintable(knowledge.errorString()));
        QVERIFY(!knowledge.agents().isEmpty());
        QVERIFY(!knowledge.categories().isEmpty());
        int cells = 0;
        for (const QVariant &row : knowledge.agents()) {
            const QString agent = row.toMap().value("agentId").toString();
            for (const QString &category : knowledge.categories()) {
                const int byHand = TestDatabase::scalar(
                    "SELECT COUNT(*) FROM memory_contexts WHERE \"userId\" = '" + child + "' AND category::text = '" + category
                    + "' AND (\"agentId\" = '" + agent + "' OR \"agentId\" IS NULL) AND (\"expiresAt\" IS NULL OR \"expiresAt\" >= LOCALTIMESTAMP)").toInt();
                QCOMPARE(knowledge.count(agent, category), byHand);
                ++cells;
            }
        }
        QVERIFY(cells > 0);

        // A cell opens the timeline on those memories.
        const QString agent = knowledge.agents().constFirst().toMap().value("agentId").toString();
        QString fullest;
        for (const QString &category : knowledge.categories()) {
            if (fullest.isEmpty() || knowledge.count(agent, category) > knowledge.count(agent, fullest))
                fullest = category;
        }
        MemoryTimelineModel timeline;
        QAbstractItemModelTester tester(&timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
        timeline.setChildId(child);
        timeline.setAgentId(agent);
        timeline.setScope(MemoryTimelineModel::Scope::GivenTo);
        timeline.setCategories({fullest});
        timeline.setExpiry(MemoryTimelineModel::Expiry::Active);
        QVERIFY(TestDatabase::settle());
        QVERIFY2(timeline.errorString().isEmpty(), qPrintable(timeline.errorString()));
        QCOMPARE(timeline.total(), knowledge.count(agent, fullest));
    }
};

QTEST_GUILESS_MAIN(AgentKnowledgeTest)

#include "tst_agentknowledge.moc"
