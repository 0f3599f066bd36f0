#include "database.h"
#include "embeddedserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

class EmbeddedServerTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home{QDir::tempPath() + QStringLiteral("/nido-embedded-XXXXXX")};

    QString baseDir() const { return m_home.path() + QStringLiteral("/cluster"); }

    static bool query(const EmbeddedServer &server, const QString &sql, QVariant *value = nullptr)
    {
        QString error;
        bool ok = false;
        {
            QSqlDatabase db = Database::open(server.conninfo(), QStringLiteral("probe"), &error);
            QSqlQuery query(db);
            ok = db.isOpen() && query.exec(sql);
            if (ok && value && query.next())
                *value = query.value(0);
        }
        Database::close(QStringLiteral("probe"));
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The server may run as another user (under root): it must be able to reach its folder.
        ::chmod(QFile::encodeName(m_home.path()).constData(), 0755);
    }

    void firstStartInitialisesAndStops()
    {
        EmbeddedServer server(baseDir());
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY(server.createdThisRun());
        QVERIFY(server.isRunning());
        QVERIFY(server.conninfo().contains(QLatin1String("/nido-")));
        QVERIFY(query(server, QStringLiteral("CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)")));
        QVariant listen;
        QVERIFY(query(server, QStringLiteral("SHOW listen_addresses"), &listen));
        QCOMPARE(listen.toString(), QString());

        const QString socketDir = server.conninfo().section(u'\'', 1, 1);
        QVERIFY(QFileInfo::exists(socketDir));
        server.stop();
        QVERIFY(!server.isRunning());
        QVERIFY(!QFileInfo::exists(socketDir));
        QVERIFY(!QFileInfo::exists(server.dataDir() + QStringLiteral("/postmaster.pid")));
    }

    void secondStartKeepsData()
    {
        EmbeddedServer server(baseDir());
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY(!server.createdThisRun());
        QVariant value;
        QVERIFY(query(server, QStringLiteral("SELECT v FROM kept"), &value));
        QCOMPARE(value.toInt(), 42);
    }

    void secondInstanceSharesRunningServer()
    {
        EmbeddedServer first(baseDir());
        QString error;
        QVERIFY2(first.start(&error), qPrintable(error));
        {
            EmbeddedServer second(baseDir());
            QVERIFY2(second.start(&error), qPrintable(error));
            QCOMPARE(second.conninfo(), first.conninfo());
        }
        // The first one still uses it, so the second left it running.
        QVERIFY(query(first, QStringLiteral("SELECT 1")));
    }

    void firstToQuitLeavesTheServerToTheOthers()
    {
        auto first = std::make_unique<EmbeddedServer>(baseDir());
        QString error;
        QVERIFY2(first->start(&error), qPrintable(error));
        EmbeddedServer second(baseDir());
        QVERIFY2(second.start(&error), qPrintable(error));
        first.reset();
        QVERIFY(query(second, QStringLiteral("SELECT 1")));
        second.stop();
        // The last one to quit stops it.
        QVERIFY(!QFileInfo::exists(baseDir() + QStringLiteral("/data/postmaster.pid")));
    }

    void twoNidosStartingAtOnceShareOneServer()
    {
        const QString dir = m_home.path() + QStringLiteral("/together");
        QList<QProcess *> nidos;
        for (int i = 0; i < 2; ++i) {
            auto *nido = new QProcess(this);
            nido->setProcessChannelMode(QProcess::MergedChannels);
            nido->start(QStringLiteral(NIDO_BINARY), {QStringLiteral("migrate"), QStringLiteral("--data-dir"), dir});
            nidos << nido;
        }
        for (QProcess *nido : std::as_const(nidos)) {
            QVERIFY(nido->waitForFinished(180000));
            QVERIFY2(nido->exitStatus() == QProcess::NormalExit && nido->exitCode() == 0, nido->readAll().constData());
            delete nido;
        }
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/data/postmaster.pid")));
    }

    void recoversFromCrash()
    {
        {
            EmbeddedServer crashed(baseDir());
            QString error;
            QVERIFY2(crashed.start(&error), qPrintable(error));
            QFile pidFile(crashed.dataDir() + QStringLiteral("/postmaster.pid"));
            QVERIFY(pidFile.open(QIODevice::ReadOnly));
            const pid_t pid = pidFile.readLine().trimmed().toInt();
            QVERIFY(pid > 0);
            QCOMPARE(::kill(pid, SIGKILL), 0);
            QTRY_VERIFY_WITH_TIMEOUT(::kill(pid, 0) != 0, 5000);
        }
        QVERIFY(QFileInfo::exists(baseDir() + QStringLiteral("/data/postmaster.pid")));
        // Backends notice their postmaster died and leave the shared memory it held.
        QTest::qWait(1500);

        EmbeddedServer server(baseDir());
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVariant value;
        QVERIFY(query(server, QStringLiteral("SELECT v FROM kept"), &value));
        QCOMPARE(value.toInt(), 42);
    }

    void missingServerProgramsAreExplained()
    {
        qputenv("NIDO_PG_BINDIR", "/nonexistent/postgresql/bin");
        EmbeddedServer server(m_home.path() + QStringLiteral("/never"));
        QString error;
        QVERIFY(!server.start(&error));
        qunsetenv("NIDO_PG_BINDIR");
        QVERIFY2(error.contains(QLatin1String("initdb")) && error.contains(QLatin1String("--database")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(m_home.path() + QStringLiteral("/never")));
    }
};

QTEST_GUILESS_MAIN(EmbeddedServerTest)
#include "tst_embeddedserver.moc"
