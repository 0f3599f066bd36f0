#include "sqlconnection.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QTest>
#include <QUuid>

// A batch sends a page's statements in one round trip: what it reads must be what the same
// statements read one by one through QPSQL's prepared queries, value for value and type for type,
// with the same bound values, however hostile.
class SqlConnectionTest : public QObject
{
    Q_OBJECT

private:
    SqlConnection m_db{QStringLiteral("tst_sqlconnection")};

    static SqlStatement statement(const QString &sql, const QList<QPair<QString, QVariant>> &values = {})
    {
        SqlStatement s;
        s.prepare(sql);
        for (const auto &[placeholder, value] : values)
            s.bindValue(placeholder, value);
        return s;
    }

    static QList<SqlStatement> everyKindOfValue()
    {
        const QString hostile = QStringLiteral("it's \\ \"quoted\" $1 :child ; DROP TABLE x; -- <b>ñ</b> \u0007\t\n") + QString(3000, u'x');
        return {
            statement(QStringLiteral("SELECT CAST(:i AS integer), CAST(:b AS bigint), CAST(:n AS numeric), CAST(:d AS double precision), "
                                     "CAST(:t AS boolean), CAST(:f AS boolean), CAST(:s AS text), CAST(:s AS text) = :s"),
                      {{QStringLiteral(":i"), 42},
                       {QStringLiteral(":b"), qint64(9007199254740993)},
                       {QStringLiteral(":n"), QStringLiteral("12345678901234567890.125")},
                       {QStringLiteral(":d"), 0.1},
                       {QStringLiteral(":t"), true},
                       {QStringLiteral(":f"), false},
                       {QStringLiteral(":s"), hostile}}),
            statement(QStringLiteral("SELECT CAST(:day AS date), CAST(:at AS timestamp), CAST(:at AS timestamp) AT TIME ZONE 'UTC', "
                                     "CAST(:id AS uuid), CAST(:j AS jsonb), CAST(:j AS json), '{\"a\": 1e400}'::jsonb -> 'a'"),
                      {{QStringLiteral(":day"), QDate(2026, 3, 29)},
                       {QStringLiteral(":at"), QStringLiteral("2026-03-29 01:30:00.123")},
                       {QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                       {QStringLiteral(":j"), QStringLiteral("{\"k\": [1, \"two\", null, {\"x\": \"it's\"}]}")}}),
            // NULLs of every kind QSqlQuery sends as NULL, and a column of NULLs.
            statement(QStringLiteral("SELECT CAST(:nothing AS text) IS NULL, CAST(:nullString AS text) IS NULL, "
                                     "CAST(:nullDate AS date) IS NULL, CAST(:empty AS text) = '', CAST(NULL AS integer)"),
                      {{QStringLiteral(":nothing"), QVariant()},
                       {QStringLiteral(":nullString"), QString()},
                       {QStringLiteral(":nullDate"), QDate()},
                       {QStringLiteral(":empty"), QStringLiteral("")}}),
            // Casts, colons in quotes and identifiers, a name used twice, a name bound twice (the last counts).
            statement(QStringLiteral("SELECT :x::int + 1, ':x', \"a:b\".v, :x::text || ':y' FROM (SELECT 7 AS v) \"a:b\""),
                      {{QStringLiteral(":x"), 1}, {QStringLiteral(":x"), 5}}),
            statement(QStringLiteral("SELECT g, g * 0.5 FROM generate_series(1, :rows) g ORDER BY g"), {{QStringLiteral(":rows"), 250}}),
            statement(QStringLiteral("SELECT 1 WHERE false")),
        };
    }

    static QString describe(const QList<QSqlRecord> &rows)
    {
        QStringList lines;
        for (const QSqlRecord &record : rows) {
            QStringList fields;
            for (int i = 0; i < record.count(); ++i) {
                const QVariant value = record.value(i);
                fields << QStringLiteral("%1:%2:%3:%4")
                              .arg(record.fieldName(i), QString::fromLatin1(value.metaType().name()))
                              .arg(value.isNull())
                              .arg(value.toString());
            }
            lines << fields.join(u'|');
        }
        return lines.join(u'\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestDatabase::create(QStringLiteral("sqlconnection"));
        m_db.setConninfo(TestDatabase::conninfo(QStringLiteral("sqlconnection")));
        QString error;
        QVERIFY2(m_db.ensureOpen(&error), qPrintable(error));
    }

    void aBatchReadsWhatEachStatementReadsAlone()
    {
        const QList<SqlStatement> statements = everyKindOfValue();
        for (int round = 0; round < 2; ++round) {
            const quint64 preparedBefore = m_db.statementsPrepared();
            QList<QList<QSqlRecord>> together;
            QString error;
            QVERIFY2(m_db.execBatch(statements, &together, &error), qPrintable(error));
            QCOMPARE(together.size(), statements.size());
            // Prepared on the first batch only; the second sends EXECUTEs alone.
            QCOMPARE(m_db.statementsPrepared() - preparedBefore, round == 0 ? quint64(statements.size()) : 0);
            for (int i = 0; i < statements.size(); ++i) {
                QList<QSqlRecord> alone;
                QVERIFY2(m_db.exec(statements.at(i), &alone, &error), qPrintable(error));
                QCOMPARE(describe(together.at(i)), describe(alone));
            }
        }
        QList<QList<QSqlRecord>> rows;
        QString error;
        QVERIFY2(m_db.execBatch(statements, &rows, &error), qPrintable(error));
        QCOMPARE(rows.at(0).at(0).value(7).toBool(), true);
        QCOMPARE(rows.at(3).at(0).value(0).toInt(), 6);
        QCOMPARE(rows.at(3).at(0).value(1).toString(), QStringLiteral(":x"));
        QCOMPARE(rows.at(3).at(0).value(3).toString(), QStringLiteral("5:y"));
        QCOMPARE(rows.at(4).size(), 250);
        QVERIFY(rows.at(5).isEmpty());
    }

    // One statement fails: the batch fails with the server's reason and no rows; what it
    // prepared before the failure is known, so later batches neither clash nor leak.
    void aFailureFailsTheBatchAndTheNextOneRuns()
    {
        const QList<SqlStatement> failing = {
            statement(QStringLiteral("SELECT CAST(:a AS integer) + 100"), {{QStringLiteral(":a"), 1}}),
            statement(QStringLiteral("SELECT 1 / CAST(:zero AS integer)"), {{QStringLiteral(":zero"), 0}}),
            statement(QStringLiteral("SELECT CAST(:a AS integer) + 200"), {{QStringLiteral(":a"), 1}}),
        };
        QList<QList<QSqlRecord>> rows;
        QString error;
        QVERIFY(!m_db.execBatch(failing, &rows, &error));
        QVERIFY2(error.contains(QStringLiteral("division by zero")), qPrintable(error));
        QVERIFY(rows.isEmpty());
        QCOMPARE(m_db.failure({}).kind(), DbError::Kind::Other);

        const QList<SqlStatement> unknownTable = {statement(QStringLiteral("SELECT * FROM no_such_table"))};
        QVERIFY(!m_db.execBatch(unknownTable, &rows, &error));
        QVERIFY2(error.contains(QStringLiteral("no_such_table")), qPrintable(error));

        // The failing batch's PREPAREs had all run (a division fails only when executed): the
        // same texts are executed now without being prepared again, on the server or here.
        const int onServer = serverBatchStatements();
        const quint64 preparedBefore = m_db.statementsPrepared();
        QList<SqlStatement> mended = failing;
        mended[1] = statement(QStringLiteral("SELECT 1 / CAST(:zero AS integer)"), {{QStringLiteral(":zero"), 1}});
        for (int round = 0; round < 2; ++round) {
            QVERIFY2(m_db.execBatch(mended, &rows, &error), qPrintable(error));
            QCOMPARE(rows.size(), 3);
            QCOMPARE(rows.at(0).at(0).value(0).toInt(), 101);
            QCOMPARE(rows.at(1).at(0).value(0).toInt(), 1);
            QCOMPARE(rows.at(2).at(0).value(0).toInt(), 201);
        }
        QCOMPARE(m_db.statementsPrepared(), preparedBefore);
        QCOMPARE(serverBatchStatements(), onServer);
    }

private:
    int serverBatchStatements()
    {
        QSqlQuery count(m_db.database());
        if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM pg_prepared_statements WHERE name LIKE 'nido\\_batch\\_%'")) || !count.next())
            return -1;
        return count.value(0).toInt();
    }
};

QTEST_GUILESS_MAIN(SqlConnectionTest)
#include "tst_sqlconnection.moc"
