#include "connectionstatus.h"
#include "rawconnection.h"
#include "screenoperations.h"
#include "seedscale.h"
#include "statementtrace.h"
#include "testdatabase.h"
#include "windowwalk.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Nido_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Nido_UiPlugin)

namespace {

const QSet<QString> bigTables = {QStringLiteral("memory_contexts"), QStringLiteral("ai_conversations"),
                                 QStringLiteral("session_heartbeats")};

// The big tables a plan reads from start to end (a partition of one too, unless it is nearly empty).
void findSequentialScans(const QJsonObject &node, const QSet<QString> &big, QStringList *scans)
{
    if (node.value(QStringLiteral("Node Type")).toString() == QLatin1String("Seq Scan")) {
        const QString table = node.value(QStringLiteral("Relation Name")).toString();
        if (big.contains(table))
            scans->append(table);
    }
    for (const QJsonValue &child : node.value(QStringLiteral("Plans")).toArray())
        findSequentialScans(child.toObject(), big, scans);
}

// A read that calls the server's functions, whose own statements EXPLAIN does not show.
bool readsThroughFunctions(const QString &sql)
{
    const QString start = sql.trimmed().section(u' ', 0, 0).toUpper();
    return (start == u"SELECT" || start == u"WITH") && sql.contains(QStringLiteral("nido."));
}

bool explainable(const QString &sql)
{
    const QString start = sql.trimmed().section(u' ', 0, 0).toUpper();
    return QStringList{QStringLiteral("SELECT"), QStringLiteral("WITH"), QStringLiteral("INSERT"), QStringLiteral("UPDATE"),
                       QStringLiteral("DELETE")}
        .contains(start);
}

} // namespace

// Every statement the window's models run while a parent walks every page, for the heavy child
// and an ordinary one, explained on the seed's size: none may read a big table end to end.
class QueryPlansTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_output;

    // Builds the seed's size on `database` (from `fixture`, or Nido's own schema), walks every page
    // for two children and explains every statement.
    void walkAndExplain(const QString &database, const QString &fixture)
    {
        SeedScale seed;
        QString error;
        QVERIFY2(seed.build(database, &error, fixture), qPrintable(error));
        ConnectionStatus::instance()->set(false, QStringLiteral("seed"), true);
        WindowWalk walk;
        QVERIFY2(walk.load(&error), qPrintable(error));
        StatementTrace trace;
        const QList<ScreenOperation> operations = screenOperations(m_output.path());
        for (const int child : {0, 7}) {
            for (const ScreenOperation &operation : operations) {
                if (operation.heavyChildOnly && child != 0)
                    continue;
                QString error;
                const QString what = QStringLiteral("%1 (child %2)").arg(operation.name).arg(child);
                QVERIFY2(operation.prepare(walk, child, &error) && walk.settle(), qPrintable(what + u' ' + error));
                QVERIFY2(operation.act(walk, child, &error) && walk.settle(), qPrintable(what + u' ' + error));
                QVERIFY2(walk.modelError().isEmpty(), qPrintable(what + u' ' + walk.modelError()));
            }
        }
        QCOMPARE(walk.childId(), TestDatabase::rows(QStringLiteral("SELECT id FROM users ORDER BY COALESCE(\"firstName\", ''), id OFFSET 7 LIMIT 1")).value(0));

        RawConnection raw(TestDatabase::conninfo(database));
        QVERIFY2(raw.isOpen(), qPrintable(raw.errorString()));
        QSet<QString> big = bigTables;
        for (const QString &partition : TestDatabase::rows(QStringLiteral("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                                                                          "WHERE i.inhparent = 'memory_contexts'::regclass AND c.reltuples >= 1000")))
            big.insert(partition);
        // On the partitioned layout the months hold the memories, and are checked like the table.
        QVERIFY(fixture.isEmpty() || big.size() > bigTables.size());
        QSet<QString> seen;
        QStringList scans;
        int explained = 0;
        int throughFunctions = 0;
        for (const TracedStatement &statement : trace.take()) {
            if (!explainable(statement.sql) || seen.contains(statement.sql))
                continue;
            seen.insert(statement.sql);
            const QJsonDocument plan = raw.explain(statement);
            QVERIFY2(plan.isArray(), qPrintable(raw.errorString()));
            QStringList tables;
            findSequentialScans(plan.array().first().toObject().value(QStringLiteral("Plan")).toObject(), big, &tables);
            if (!tables.isEmpty())
                scans << QStringLiteral("%1 in: %2").arg(tables.join(QStringLiteral(", ")), statement.sql);
            ++explained;
            if (!readsThroughFunctions(statement.sql))
                continue;
            // What the functions run, seen by running the statement once more.
            QList<QJsonObject> nested;
            QVERIFY2(raw.nestedPlans(statement, &nested), qPrintable(raw.errorString()));
            QVERIFY2(!nested.isEmpty(), qPrintable(u"no plan logged for: " + statement.sql));
            for (const QJsonObject &inner : std::as_const(nested)) {
                QStringList innerTables;
                findSequentialScans(inner.value(QStringLiteral("Plan")).toObject(), big, &innerTables);
                if (!innerTables.isEmpty())
                    scans << QStringLiteral("%1 in: %2\n  called by: %3")
                                 .arg(innerTables.join(QStringLiteral(", ")), inner.value(QStringLiteral("Query Text")).toString(), statement.sql);
            }
            ++throughFunctions;
        }
        qInfo("%d distinct statements explained, %d of them with the functions' own plans", explained, throughFunctions);
        QVERIFY(throughFunctions >= 10);
        // The walk reached the models: dozens of distinct queries, not a handful.
        QVERIFY2(explained >= 40, qPrintable(QString::number(explained)));
        QVERIFY2(scans.isEmpty(), qPrintable(QStringLiteral("sequential scans:\n") + scans.join(u'\n')));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void noQueryReadsABigTableEndToEnd()
    {
        walkAndExplain(QStringLiteral("query_plans"), {});
    }

    // The schema document's monthly partitions of memory_contexts, on the ORM's schema: every
    // partition holding memories is read by its indexes too.
    void noQueryReadsAMonthOfMemoriesEndToEnd()
    {
        walkAndExplain(QStringLiteral("query_plans_partitioned"), QStringLiteral("backend_schema_partitioned.sql"));
    }
};

int main(int argc, char *argv[])
{
    // QtCharts' QML types need a QApplication.
    QApplication app(argc, argv);
    QueryPlansTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_queryplans.moc"
