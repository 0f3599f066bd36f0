#include "schemamigrator.h"
#include "processrun.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

class CommandLineTest : public QObject
{
    Q_OBJECT

private:
    using Result = ProcessRun;

    static Result nido(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcessEnvironment env = environment;
        // Headless commands must not need a display.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        return runProcess(QStringLiteral(NIDO_BINARY), arguments, env, 120000);
    }

private Q_SLOTS:
    void helpListsTheCommands()
    {
        const Result result = nido({"--help"});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("migrate"));
        QVERIFY(result.out.contains("demo-data"));
        QVERIFY(result.out.contains("--database"));
    }

    // Qt's own words (--help's headings, an unknown option) are in the parent's language too.
    void helpSpeaksSpanish()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("es"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        const Result help = nido({"--help"}, env);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("Uso:") && help.out.contains("Opciones:"), qPrintable(help.out));
        QVERIFY2(!help.out.contains("Usage:") && !help.out.contains("Options:"), qPrintable(help.out));
        const Result unknown = nido({"--frobnicate"}, env);
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(!unknown.err.contains("Unknown option"), qPrintable(unknown.err));
    }

    void unknownCommandFails()
    {
        const Result result = nido({"frobnicate", "--database", TestDatabase::conninfo("postgres")});
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains("unknown command"), qPrintable(result.err));
    }

    void unknownOptionFailsWithoutADisplay()
    {
        const Result result = nido({"--frobnicate"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("Unknown option"), qPrintable(result.err));
    }

    void emptyDatabaseIsRefused()
    {
        for (const QString &empty : {QString(), QStringLiteral("  ")}) {
            const Result result = nido({"migrate", "--database", empty});
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains("--database is empty"), qPrintable(result.err));
        }
        const Result joined = nido({"migrate", "--database="});
        QCOMPARE(joined.exitCode, 1);
        QVERIFY2(joined.err.contains("--database is empty"), qPrintable(joined.err));
    }

    void portMustBeANumber()
    {
        const Result result = nido({"migrate", "--database", "host=/tmp port=abc dbname=x"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("\"abc\" is not a number"), qPrintable(result.err));
    }

    // libpq would pick a database named after the user (often the server's own "postgres").
    void aDatabaseMustBeNamed()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("PGDATABASE");
        for (const QString &conninfo : QStringList{"host=", "host='" + TestDatabase::socketDir() + "' user=nido"}) {
            const Result result = nido({"migrate", "--database", conninfo}, env);
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains("names no database"), qPrintable(result.err));
        }
    }

    void migrateCreatesTheSchemaOnAnEmptyDatabase()
    {
        TestDatabase::create("cli_empty");
        Result result = nido({"migrate", "--database", TestDatabase::conninfo("cli_empty")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains("applied 0001_backend_schema"));
        QVERIFY(result.out.contains("applied 0002_nido_schema"));

        // The same database as a URI: nothing left to do.
        const QString uri = "postgresql://nido@/cli_empty?host=" + QString::fromLatin1(QUrl::toPercentEncoding(TestDatabase::socketDir()));
        result = nido({"migrate", "--database", uri});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains("up to date"));

        // A search path that names Nido's schema first still finds the backend's tables.
        result = nido({"migrate", "--database", TestDatabase::conninfo("cli_empty") + " options='-c search_path=nido,public'"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains("up to date"), qPrintable(result.out + result.err));
    }

    // An export on a data folder never opened finds Nido's own database migrated and empty; on a
    // backend's database without Nido's additions it says what to run.
    void exportSaysPlainlyThatThereIsNoData()
    {
        QTemporaryDir home;
        // Root runs the server as postgres, which must reach the data folder.
        QVERIFY(QFile::setPermissions(home.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
        const QString child = "00000000-0000-4000-8000-000000000000";
        Result result = nido({"export", "report", "--child", child, "--from", "2026-01-01", "--to", "2026-01-07", "-o",
                              home.filePath("r.pdf"), "--data-dir", home.filePath("never-opened")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("No child has the id " + child) && !result.err.contains("syntax error"), qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(home.filePath("r.pdf")));

        QString error;
        QVERIFY2(TestDatabase::createFromFixture("cli_backend_only", "backend_schema.sql", &error), qPrintable(error));
        result = nido({"export", "report", "--child", child, "--from", "2026-01-01", "--to", "2026-01-07", "-o",
                       home.filePath("r.pdf"), "--database", TestDatabase::conninfo("cli_backend_only")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("nido migrate"), qPrintable(result.err));
    }

    void caregiverOfAnUnknownChildIsRefusedPlainly()
    {
        const Result result = nido({"admin", "add-caregiver", "--database", TestDatabase::conninfo("cli_empty"), "--role", "cli_nobody",
                                    "--display-name", "Nobody", "--child", "3f1e4a8c-1b2d-4c5e-9f00-123456789abc:view"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("No child has the id 3f1e4a8c-1b2d-4c5e-9f00-123456789abc"), qPrintable(result.err));
        QVERIFY2(!result.err.contains("Unable to free statement"), qPrintable(result.err));
        QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM pg_roles WHERE rolname = 'cli_nobody'").toInt(), 0);
    }

    void libpqEnvironmentIsHonoured()
    {
        TestDatabase::create("cli_env");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("PGHOST", TestDatabase::socketDir());
        env.insert("PGUSER", "nido");
        const Result result = nido({"migrate", "--database", "dbname=cli_env"}, env);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(TestDatabase::scalar("SELECT MAX(version) FROM nido.schema_migrations").toInt(), SchemaMigrator::latestVersion());
    }

    void demoDataFillsOnlyAnEmptyDatabase()
    {
        TestDatabase::create("cli_demo");
        Result result = nido({"demo-data", "--children", "3", "--database", TestDatabase::conninfo("cli_demo")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM users").toInt(), 3);

        result = nido({"demo-data", "--database", TestDatabase::conninfo("cli_demo")});
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains("already has 3 children"), qPrintable(result.err));
        QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM users").toInt(), 3);
    }

    void badArgumentsAreRefused()
    {
        Result result = nido({"demo-data", "--children", "lots", "--database", TestDatabase::conninfo("cli_demo")});
        QVERIFY(result.exitCode != 0);
        QVERIFY(result.err.contains("--children"));
        result = nido({"demo-data", "--scale", "huge", "--database", TestDatabase::conninfo("cli_demo")});
        QVERIFY(result.exitCode != 0);
        QVERIFY(result.err.contains("seed"));
        result = nido({"migrate", "--children", "2", "--database", TestDatabase::conninfo("cli_demo")});
        QVERIFY(result.exitCode != 0);
    }

    // At login: the window stays hidden, Nido keeps watching, and ends cleanly when asked to.
    void backgroundStartsHidden()
    {
        QSqlDatabase db = TestDatabase::create("cli_background");
        QString error;
        QVERIFY2(SchemaMigrator(db).migrate(&error), qPrintable(error));
        // Its log after four seconds: the window shown draws a frame, the hidden one none.
        const auto run = [](const QStringList &arguments) {
            QProcess window;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("nido.startup.info=true"));
            window.setProcessEnvironment(env);
            window.start(QStringLiteral(NIDO_BINARY), arguments + QStringList{"--database", TestDatabase::conninfo("cli_background")});
            const bool ran = window.waitForStarted() && !window.waitForFinished(4000);
            window.terminate();
            const bool ended = window.waitForFinished(30000) && window.exitStatus() == QProcess::NormalExit;
            const QString err = QString::fromUtf8(window.readAllStandardError());
            return ran && ended ? err : QStringLiteral("did not run and end: ") + err;
        };
        const QString shown = run({});
        QVERIFY2(shown.contains("first frame shown"), qPrintable(shown));
        const QString hidden = run({"--background"});
        QVERIFY2(!hidden.startsWith("did not run") && !hidden.contains("first frame shown"), qPrintable(hidden));
    }

    void unreachableDatabaseIsReported()
    {
        const Result result = nido({"migrate", "--database", TestDatabase::conninfo("does_not_exist")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("does_not_exist"), qPrintable(result.err));
    }

    void incompleteBackendSchemaIsListedAndLeftAlone()
    {
        QSqlDatabase db = TestDatabase::create("cli_partial");
        QSqlQuery query(db);
        QVERIFY(query.exec("CREATE TABLE users (id uuid PRIMARY KEY, email varchar, \"firstName\" varchar)"));
        const Result result = nido({"migrate", "--database", TestDatabase::conninfo("cli_partial")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("column users.\"lastName\""), qPrintable(result.err));
        QVERIFY(result.err.contains("table memory_contexts"));
        QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema IN ('public', 'nido')").toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "tst_commandline.moc"
