#include "fetchall.h"
#include "sessionlistmodel.h"
#include "childoverview.h"
#include "database.h"
#include "databaseworker.h"
#include "demodatagenerator.h"
#include "editorwait.h"
#include "memorytimelinemodel.h"
#include "schemamigrator.h"
#include "sessiondetail.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QTest>

// The server drops Nido's connections (a restart, a failover, a laptop waking elsewhere): the
// next page shows data again without a restart, LISTEN comes back, and a staged edit is kept.
class ReconnectTest : public QObject
{
    Q_OBJECT

private:
    QStringList m_children;

    // Ends every connection of Nido's but the test's own, as an administrator would.
    static int dropNidoConnections()
    {
        const QVariant ended = TestDatabase::scalar(
            "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND application_name = 'nido' AND pid <> pg_backend_pid()");
        return ended.toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSqlDatabase db = TestDatabase::create(QStringLiteral("reconnect"));
        QString error;
        QVERIFY2(SchemaMigrator(db).migrate(&error), qPrintable(error));
        QVERIFY2(DemoDataGenerator(db, DemoDataGenerator::familyScale(2)).generate(&error), qPrintable(error));
        m_children = TestDatabase::rows("SELECT id::text FROM users ORDER BY id");
        QCOMPARE(m_children.size(), 2);
    }

    void pagesShowDataAgainAndADraftSurvives()
    {
        ChildOverview overview;
        overview.setChildId(m_children[0]);
        QVERIFY(TestDatabase::settle());
        QVERIFY2(overview.loaded(), qPrintable(overview.errorString()));

        const QString memory = TestDatabase::scalar(
            "SELECT id::text FROM memory_contexts WHERE \"userId\" = '" + m_children[1] + "' ORDER BY id LIMIT 1").toString();
        MemoryEditor editor;
        editor.setChildId(m_children[1]);
        QVERIFY(editor.stageEdit(memory, {{"summary", "kept through a dropped connection"}}));

        const quint64 reconnections = DatabaseWorker::instance()->reconnections();
        QCOMPARE(dropNidoConnections(), 1);
        overview.setChildId(m_children[1]);
        QVERIFY(TestDatabase::settle());
        QVERIFY2(overview.loaded(), qPrintable(overview.errorString()));
        QCOMPARE(overview.figures().memoriesTotal,
                 TestDatabase::scalar("SELECT COUNT(*) FROM memory_contexts WHERE \"userId\" = '" + m_children[1] + "'").toInt());
        QVERIFY(DatabaseWorker::instance()->reconnections() > reconnections);

        QCOMPARE(editor.pendingCount(), 1);
        QCOMPARE(dropNidoConnections(), 1);
        QVERIFY2(confirmNow(editor), qPrintable(editor.errorString()));
        QCOMPARE(editor.pendingCount(), 0);
        QCOMPARE(TestDatabase::scalar("SELECT summary FROM memory_contexts WHERE id = '" + memory + "'").toString(),
                 QStringLiteral("kept through a dropped connection"));
    }

    // Classified where statements run: a page whose server is gone says that, not "nothing here",
    // and the same object loads again once it is back.
    void aServerThatIsGoneIsSaidSo()
    {
        // Its statements fail on its own connection, never on another thread's.
        QTest::failOnWarning(QRegularExpression("does not belong to the calling thread"));
        const QString conninfo = DatabaseWorker::instance()->conninfo();
        DatabaseWorker::instance()->setConninfo(QStringLiteral("host=127.0.0.1 port=1 connect_timeout=2 dbname=nido"));
        ChildOverview overview;
        overview.setChildId(m_children[0]);
        SessionListModel sessions;
        sessions.setChildId(m_children[0]);
        QVERIFY(TestDatabase::settle());
        QVERIFY(!overview.loaded());
        QCOMPARE(overview.error().kind(), DbError::Kind::ConnectionLost);
        QVERIFY(!overview.errorTitle().isEmpty());
        QVERIFY(!overview.errorString().isEmpty());
        QCOMPARE(sessions.error().kind(), DbError::Kind::ConnectionLost);
        QCOMPARE(sessions.rowCount(), 0);

        DatabaseWorker::instance()->setConninfo(conninfo);
        overview.refresh();
        sessions.refresh();
        QVERIFY(TestDatabase::settle());
        QVERIFY2(overview.loaded(), qPrintable(overview.errorString()));
        QCOMPARE(overview.error().kind(), DbError::Kind::None);
        QVERIFY(overview.errorTitle().isEmpty());
        QVERIFY(fetchAll(sessions));
        QVERIFY(sessions.errorString().isEmpty());
        QVERIFY(sessions.rowCount() > 0);
    }

    void liveViewsComeBackByThemselves()
    {
        const QString live = TestDatabase::scalar("SELECT id::text FROM voice_sessions WHERE status = 'active' LIMIT 1").toString();
        const QString child = TestDatabase::scalar("SELECT \"userId\"::text FROM voice_sessions WHERE id = '" + live + "'").toString();
        QVERIFY(!live.isEmpty());
        SessionDetail detail;
        detail.setChildId(child);
        detail.setSessionId(live);
        QVERIFY(TestDatabase::settle());
        QVERIFY(detail.session().live);

        // No page asks for anything but the live view's poll: the worker notices the drop on its own.
        const quint64 reconnections = DatabaseWorker::instance()->reconnections();
        QCOMPARE(dropNidoConnections(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(DatabaseWorker::instance()->reconnections() > reconnections, 10000);

        const int before = detail.session().heartbeatCount;
        QSignalSpy arrived(&detail, &SessionDetail::activityArrived);
        QSqlQuery insert;
        QVERIFY(insert.exec("INSERT INTO session_heartbeats (\"sessionId\", metrics, timestamp) VALUES ('" + live
                            + "', '{\"batteryLevel\": 41}', LOCALTIMESTAMP)"));
        QTRY_VERIFY_WITH_TIMEOUT(arrived.count() >= 1, 5000);
        QCOMPARE(detail.session().heartbeatCount, before + 1);
    }
};

QTEST_GUILESS_MAIN(ReconnectTest)

#include "tst_reconnect.moc"
