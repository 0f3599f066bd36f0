#include "database.h"
#include "demodatagenerator.h"
#include "schemamigrator.h"
#include "sessiondetail.h"
#include "sessionlistmodel.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

// Live views learn of new heartbeats and of a session's end by asking: nothing of Nido's is on the
// backend's insert path to tell them.
class SessionPollingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void liveViewsAsk()
    {
        QSqlDatabase db = TestDatabase::create(QStringLiteral("sessions_polling"));
        QString error;
        QVERIFY2(SchemaMigrator(db).migrate(&error), qPrintable(error));
        QVERIFY2(DemoDataGenerator(db, DemoDataGenerator::familyScale(1)).generate(&error), qPrintable(error));
        QSqlQuery backend;
        const QString session = TestDatabase::scalar("SELECT id::text FROM voice_sessions WHERE status = 'active'").toString();
        const QString child = TestDatabase::scalar("SELECT \"userId\"::text FROM voice_sessions WHERE status = 'active'").toString();

        SessionDetail detail;
        detail.setChildId(child);
        detail.setSessionId(session);
        QVERIFY(TestDatabase::settle());
        QVERIFY(detail.session().live);
        QSignalSpy arrived(&detail, &SessionDetail::activityArrived);
        // A heartbeat soon after the view opened, then silence: it is shown all the same.
        QTest::qWait(200);
        QVERIFY(backend.exec("INSERT INTO session_heartbeats (\"sessionId\", metrics, timestamp) VALUES ('" + session +
                          "', '{}', LOCALTIMESTAMP)"));
        QTRY_VERIFY_WITH_TIMEOUT(arrived.count() >= 1, 3000);

        SessionListModel list;
        list.setChildId(child);
        QVERIFY(TestDatabase::settle());
        QVERIFY(list.rowCount() > 0);
        QCOMPARE(list.data(list.index(0), SessionListModel::SessionIdRole).toString(), session);
        QVERIFY(list.data(list.index(0), SessionListModel::LiveRole).toBool());

        // The backend ends the session with an UPDATE, which inserts nothing.
        QVERIFY(backend.exec("UPDATE voice_sessions SET status = 'ended', \"endedAt\" = LOCALTIMESTAMP WHERE id = '" + session + "'"));
        QTRY_VERIFY_WITH_TIMEOUT(!detail.session().live && detail.loaded(), 4000);
        QTRY_VERIFY_WITH_TIMEOUT(list.rowCount() > 0 && !list.data(list.index(0), SessionListModel::LiveRole).toBool(), 4000);
    }
};

QTEST_GUILESS_MAIN(SessionPollingTest)
#include "tst_sessionpolling.moc"
