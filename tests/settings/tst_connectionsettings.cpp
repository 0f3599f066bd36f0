#include "connectionsettings.h"
#include "database.h"
#include "testdatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTest>

class ConnectionSettingsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("Nido");
        QCoreApplication::setApplicationName("nido-settings-test");
        QSettings().clear();
    }

    void conninfoQuotesWhatItIsGiven()
    {
        ConnectionSettings settings;
        settings.setUseServer(true);
        settings.setHost("db.example.org");
        settings.setPort(6543);
        settings.setDatabaseName("voice o'clock");
        settings.setUser("parent");
        settings.setSslMode("verify-full");
        settings.setSslRootCert("/etc/ssl/root ca.pem");
        QVERIFY(settings.validate().isEmpty());
        QCOMPARE(settings.conninfo(), "host='db.example.org' port=6543 dbname='voice o\\'clock' user='parent' "
                                      "sslmode=verify-full sslrootcert='/etc/ssl/root ca.pem'");
        settings.setSslMode("sometimes");
        QVERIFY(settings.validate().contains("SSL"));
        settings.setSslMode("require");
        settings.setPort(0);
        QVERIFY(settings.validate().contains("port"));
    }

    void testsARealServer()
    {
        TestDatabase::create("settings_target");
        ConnectionSettings settings;
        settings.setUseServer(true);
        settings.setHost(TestDatabase::socketDir());
        settings.setDatabaseName("settings_target");
        settings.setUser("nido");
        settings.setSslMode("disable");
        QSignalSpy tested(&settings, &ConnectionSettings::tested);
        settings.testConnection("irrelevant with trust");
        // Tried off the GUI thread: the window goes on meanwhile.
        QVERIFY(settings.message().contains("Trying"));
        QVERIFY(tested.wait(15000));
        QVERIFY2(tested.takeFirst().value(0).toBool(), qPrintable(settings.message()));
        settings.setDatabaseName("no_such_database");
        settings.testConnection({});
        QVERIFY(tested.wait(15000));
        QVERIFY(!tested.takeFirst().value(0).toBool());
        QVERIFY(settings.message().contains("no_such_database"));
    }

    void settingsFileNeverHoldsThePassword()
    {
        const QString password = "Tr0ub4dor&3-secret";
        ConnectionSettings settings;
        settings.setUseServer(true);
        settings.setHost("db.example.org");
        settings.setDatabaseName("voice");
        settings.setUser("parent");
        settings.setSslMode("verify-full");
        settings.setRememberPassword(true);
        settings.setLanguage("es");
        QVERIFY(settings.save(password));
        // A test has no session bus, so no keychain: the refusal reaches the parent, and the password
        // is kept nowhere else.
        QTRY_VERIFY_WITH_TIMEOUT(settings.message().contains("keychain did not keep the password"), 30000);

        const QString path = QSettings().fileName();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("db.example.org"));
        QVERIFY(!written.contains(password.toUtf8()));
        QVERIFY(!QString::fromUtf8(written).contains(QRegularExpression("(?mi)^\\s*password\\s*=")));

        const ConnectionSettings reread;
        QVERIFY(reread.useServer());
        QCOMPARE(reread.host(), "db.example.org");
        QCOMPARE(reread.sslMode(), "verify-full");
        QCOMPARE(reread.language(), "es");
        QVERIFY(!reread.conninfo().contains(password));
    }
};

QTEST_GUILESS_MAIN(ConnectionSettingsTest)
#include "tst_connectionsettings.moc"
