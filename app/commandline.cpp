#include "commandline.h"

#include "caregiveradmin.h"
#include "connectionsettings.h"
#include "connectionstatus.h"
#include "passwordstore.h"
#include "database.h"
#include "databaseworker.h"
#include "upkeep.h"
#include "exportcommand.h"
#include "interruption.h"
#include "demodatagenerator.h"
#include "logging.h"
#include "schemamigrator.h"
#include "sqlconnection.h"
#include "terminationhandler.h"
#include "workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QMessageBox>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSqlQuery>
#include <QTextStream>
#include <QLibraryInfo>
#include <QTranslator>
#include <QUrl>

#include <cstdio>
#include <unistd.h>

namespace {

const auto migrateCommand = QStringLiteral("migrate");
const auto demoDataCommand = QStringLiteral("demo-data");
const auto purgeExpiredCommand = QStringLiteral("purge-expired");
const auto adminCommand = QStringLiteral("admin");
const auto addCaregiverCommand = QStringLiteral("add-caregiver");

QCommandLineOption databaseOption()
{
    return {QStringLiteral("database"),
            QCoreApplication::translate("CommandLine",
                                        "Open a voice backend's PostgreSQL database, given as a libpq connection "
                                        "string or postgresql:// URI (PG* variables, ~/.pgpass and service files "
                                        "apply). Without it Nido uses its embedded database."),
            QCoreApplication::translate("CommandLine", "conninfo", "a value name in --help")};
}

QCommandLineOption dataDirOption()
{
    return {QStringLiteral("data-dir"),
            QCoreApplication::translate("CommandLine", "Keep the embedded database in this folder."),
            QCoreApplication::translate("CommandLine", "folder", "a value name in --help")};
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// An export or a purge needs Nido's additions (the server checks, records and deletes). The embedded database is
// Nido's own: a data folder never opened is migrated, and then holds no child yet. A backend's
// database is migrated only when its owner says so.
bool additionsReady(Workspace &workspace, QString *error)
{
    SchemaMigrator migrator(workspace.database());
    if (workspace.embedded())
        return migrator.migrate(error);
    if (!migrator.checkCompatible(error))
        return false;
    const int applied = migrator.appliedVersion(error);
    if (applied == SchemaMigrator::latestVersion())
        return true;
    *error = QCoreApplication::translate("CommandLine", "this database does not have Nido's additions yet (schema %1 of %2); "
                                                        "run nido migrate --database … first")
                 .arg(qMax(applied, 0))
                 .arg(SchemaMigrator::latestVersion());
    return false;
}

} // namespace

bool CommandLine::paints(int argc, char **argv)
{
    // Reports draw text and QtCharts into a PDF: that needs a QApplication, without a display.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "export") == 0)
            return true;
    }
    return false;
}

bool CommandLine::wantsWindow(int argc, char **argv)
{
    // Options followed by a value, Nido's and the Qt platform's.
    static const QByteArrayList withValue = {"--database", "--data-dir", "--children", "--scale", "--role",
                                             "--display-name", "--child", "--password-file", "--max-connections", "-platform",
                                             "-style", "-display", "-geometry", "-qmljsdebugger"};
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (withValue.contains(argument))
            ++i;
        else if (argument == "--background")
            continue;
        else if (!withValue.contains(argument.left(argument.indexOf('='))))
            // A command, --help, or an option the window does not take: the parser answers it, and
            // an unknown option must be said on a machine without a display too.
            return false;
    }
    return true;
}

void CommandLine::addCommonOptions()
{
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(databaseOption());
    m_parser.addOption(dataDirOption());
}

int CommandLine::fail(const QString &message) const
{
    err() << QStringLiteral("nido: ") << message << Qt::endl;
    return 1;
}

void CommandLine::installTranslator()
{
    // The window and the commands (their messages, and the reports they write) speak the same
    // language: the one chosen in Settings, or the system's.
    const QString language = ConnectionSettings().language();
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    // English is the fallback, for its plural forms too, when the system speaks neither language.
    if (m_translator.load(QLocale(), QStringLiteral("nido"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || m_translator.load(QStringLiteral("nido_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&m_translator);
    // Qt's own words in the same language: dialog buttons, the file dialog, --help's headings.
    if (m_qtTranslator.load(QLocale(), QStringLiteral("qt"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
}

int CommandLine::run()
{
    installTranslator();
    m_parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine",
                                    "See and control what voice AI companions know about your child.\n\n"
                                    "Commands:\n"
                                    "  (none)      open the window\n"
                                    "  migrate     create the schema on an empty database, or add Nido's own\n"
                                    "              tables and indexes beside a voice backend's schema\n"
                                    "  demo-data   fill an empty database with a demo family\n"
                                    "              [--children N] [--scale seed]\n"
                                    "  admin add-caregiver --role NAME --display-name TEXT\n"
                                    "              --child ID:view|edit|manage [--child ...] [--password-file FILE]\n"
                                    "              [--max-connections N]\n"
                                    "              create a caregiver login that reaches only those children\n"
                                    "  export session ID --format pdf|json|csv -o FILE\n"
                                    "  export report --child ID --from DATE --to DATE -o FILE.pdf [--without-transcripts]\n"
                                    "  export child ID --format json|csv -o FOLDER\n"
                                    "  export receipt ENTRY --format pdf|json -o FILE\n"
                                    "              a session's report, a period's report, all of a child's data,\n"
                                    "              or the receipt of a deletion (its number in the caregivers' log)\n"
                                    "  purge-expired\n"
                                    "              delete the memories past their expiry, as a parent's deletion does"));
    addCommonOptions();
    m_parser.addPositionalArgument(QStringLiteral("command"),
                                   QCoreApplication::translate("CommandLine", "migrate, demo-data, admin add-caregiver, export or purge-expired"),
                                   QCoreApplication::translate("CommandLine", "[command]", "a value name in --help"));
    const QCommandLineOption childrenOption(QStringLiteral("children"),
                                            QCoreApplication::translate("CommandLine", "demo-data: how many children (default 2)."),
                                            QStringLiteral("N"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         QCoreApplication::translate("CommandLine", "demo-data: \"seed\" for the seed's size table "
                                                                                    "(1,000 children, 2,000,000 heartbeats)."),
                                         QCoreApplication::translate("CommandLine", "size", "a value name in --help"));
    m_parser.addOption(childrenOption);
    m_parser.addOption(scaleOption);
    m_parser.addOptions({
        {QStringLiteral("role"), QCoreApplication::translate("CommandLine", "admin: the caregiver's login role."), QCoreApplication::translate("CommandLine", "name", "a value name in --help")},
        {QStringLiteral("display-name"), QCoreApplication::translate("CommandLine", "admin: the caregiver's name as shown."), QCoreApplication::translate("CommandLine", "text", "a value name in --help")},
        {QStringLiteral("child"), QCoreApplication::translate("CommandLine", "admin: a child the caregiver reaches, as id:view, id:edit or id:manage."), QCoreApplication::translate("CommandLine", "link", "a value name in --help")},
        {QStringLiteral("password-file"), QCoreApplication::translate("CommandLine", "admin: read the login password from this file."), QCoreApplication::translate("CommandLine", "file", "a value name in --help")},
        {QStringLiteral("max-connections"),
         QCoreApplication::translate("CommandLine", "admin: how many connections the caregiver may hold at once (default %1).")
             .arg(CaregiverAdmin::defaultMaxConnections),
         QCoreApplication::translate("CommandLine", "N", "a value name in --help")},
    });
    m_parser.addOption({QStringLiteral("background"),
                        QCoreApplication::translate("CommandLine", "Start with the window hidden: the tray icon opens it, and notices "
                                                                   "of what needs your attention still come.")});
    m_parser.addOptions(ExportCommand::options());
    m_parser.process(QCoreApplication::arguments());

    const QStringList positional = m_parser.positionalArguments();
    const QString command = positional.value(0);
    const bool adminCall = command == adminCommand && positional.size() == 2 && positional.at(1) == addCaregiverCommand;
    const bool exportCall = ExportCommand::matches(positional);
    const bool reportCall = exportCall && positional.value(1) == u"report";
    if (!adminCall && !exportCall
        && (positional.size() > 1
            || (!command.isEmpty() && command != migrateCommand && command != demoDataCommand && command != purgeExpiredCommand)))
        return fail(QCoreApplication::translate("CommandLine", "unknown command \"%1\"; see nido --help").arg(positional.join(u' ')));
    if (!adminCall && m_parser.isSet(QStringLiteral("role")))
        return fail(QCoreApplication::translate("CommandLine", "--role belongs to admin add-caregiver"));
    if (!adminCall && m_parser.isSet(QStringLiteral("max-connections")))
        return fail(QCoreApplication::translate("CommandLine", "--max-connections belongs to admin add-caregiver"));
    if (!adminCall && !reportCall && m_parser.isSet(QStringLiteral("child")))
        return fail(QCoreApplication::translate("CommandLine", "--child belongs to admin add-caregiver and export report"));
    if (reportCall && m_parser.values(QStringLiteral("child")).size() != 1)
        return fail(QCoreApplication::translate("CommandLine", "export report takes one --child ID"));
    if (command != demoDataCommand && (m_parser.isSet(childrenOption) || m_parser.isSet(scaleOption)))
        return fail(QCoreApplication::translate("CommandLine", "--children and --scale belong to demo-data"));

    // An unset variable in a script must not quietly mean the embedded database.
    if (m_parser.isSet(QStringLiteral("database")) && m_parser.value(QStringLiteral("database")).trimmed().isEmpty())
        return fail(QCoreApplication::translate("CommandLine", "--database is empty; give a connection string, or leave the option out "
                                                               "to use the embedded database"));

    Workspace workspace;
    QString error;
    if (command.isEmpty() && !m_parser.isSet(QStringLiteral("database"))) {
        if (openSavedServer(workspace))
            return runWindow(workspace);
    }
    if (!workspace.open(m_parser.value(QStringLiteral("database")), m_parser.value(QStringLiteral("data-dir")), &error))
        return fail(error);

    if (command == migrateCommand)
        return runMigrate(workspace);
    if (command == demoDataCommand)
        return runDemoData(workspace);
    if (command == purgeExpiredCommand) {
        if (!additionsReady(workspace, &error))
            return fail(error);
        return runPurgeExpired(workspace);
    }
    if (adminCall)
        return runAddCaregiver(workspace);
    if (exportCall) {
        if (!additionsReady(workspace, &error))
            return fail(error);
        // The window's connection is not needed: the export opens its own, as the window's exports do.
        if (ExportCommand::run(positional, m_parser, workspace.conninfo(), &error))
            return 0;
        fail(error);
        // As a shell reports a command a signal ended: 130 for SIGINT, 143 for SIGTERM.
        return Interruption::received() ? 128 + Interruption::received() : 1;
    }
    return runWindow(workspace);
}

int CommandLine::runMigrate(Workspace &workspace)
{
    SchemaMigrator migrator(workspace.database());
    QString error;
    QStringList applied;
    const QStringList extrasBefore = migrator.hasAnyBackendTable() ? migrator.missingDocumentExtras() : QStringList();
    const QStringList unadopted = migrator.unadoptedMemoryLayout();
    if (!migrator.migrate(&error, &applied))
        return fail(error);
    QTextStream out(stdout);
    for (const QString &table : unadopted)
        out << QCoreApplication::translate("CommandLine", "gave %1 Nido's row rules and statistics settings").arg(table) << Qt::endl;
    if (extrasBefore.contains(QCoreApplication::translate("SchemaMigrator", "table %1").arg(QStringLiteral("memory_access_log")))
        && migrator.memoriesPartitioned())
        out << QCoreApplication::translate("CommandLine", "memory_contexts is partitioned, so memory_access_log has no foreign key to it; "
                                                          "Nido removes a deleted memory's access-log rows itself") << Qt::endl;
    const QStringList extrasAfter = migrator.missingDocumentExtras();
    for (const QString &extra : extrasBefore) {
        if (!extrasAfter.contains(extra))
            out << QCoreApplication::translate("CommandLine", "added the schema document's %1").arg(extra) << Qt::endl;
    }
    if (applied.isEmpty())
        out << QCoreApplication::translate("CommandLine", "The schema is up to date (version %1).").arg(SchemaMigrator::latestVersion()) << Qt::endl;
    for (const QString &name : std::as_const(applied))
        out << QCoreApplication::translate("CommandLine", "applied %1").arg(name) << Qt::endl;
    const QStringList leftBehind = migrator.statisticsLeftBehind();
    if (!leftBehind.isEmpty())
        QTextStream(stderr) << QCoreApplication::translate("CommandLine",
                                   "warning: planner statistics gathered earlier still hold other families' values in %1 "
                                   "columns (%2). Only a superuser can remove them:\n  %3")
                                   .arg(leftBehind.size())
                                   .arg(leftBehind.join(QStringLiteral(", ")), QStringLiteral(
                                       "DELETE FROM pg_statistic s USING pg_attribute a WHERE a.attrelid = s.starelid "
                                       "AND a.attnum = s.staattnum AND a.attstattarget = 0;"))
                            << Qt::endl;
    return 0;
}

int CommandLine::runPurgeExpired(Workspace &workspace)
{
    // Its own connection, as an export's: batches commit one by one, and Ctrl+C stops between two.
    Interruption::install();
    SqlConnection db(QStringLiteral("nido-purge"));
    db.setConninfo(workspace.conninfo());
    QString error;
    if (!db.ensureOpen(&error))
        return fail(error);
    QTextStream err(stderr);
    qint64 total = 0;
    QHash<QString, int> batch;
    while (Interruption::received() == 0) {
        if (!Upkeep::purgeExpiredBatch(db, &batch, &error))
            return fail(error);
        if (batch.isEmpty())
            break;
        for (int deleted : std::as_const(batch))
            total += deleted;
        err << QCoreApplication::translate("CommandLine", "deleted %1 expired memories so far").arg(QLocale().toString(total)) << Qt::endl;
    }
    if (Interruption::received())
        return 128 + Interruption::received();
    const int deleted = total > INT_MAX ? INT_MAX : int(total);
    QTextStream(stdout) << QCoreApplication::translate("CommandLine", "deleted %n expired memories", "", deleted) << Qt::endl;
    return 0;
}

int CommandLine::runDemoData(Workspace &workspace)
{
    DemoDataGenerator::Scale scale;
    const QString size = m_parser.value(QStringLiteral("scale"));
    if (size == u"seed") {
        if (m_parser.isSet(QStringLiteral("children")))
            return fail(QCoreApplication::translate("CommandLine", "--scale seed has its own number of children (1,000)"));
        scale = DemoDataGenerator::seedScale();
    } else if (!size.isEmpty()) {
        return fail(QCoreApplication::translate("CommandLine", "unknown scale \"%1\"; the only one is \"seed\"").arg(size));
    } else {
        bool ok = true;
        const int children = m_parser.isSet(QStringLiteral("children")) ? m_parser.value(QStringLiteral("children")).toInt(&ok) : 2;
        if (!ok || children < 1 || children > 100000)
            return fail(QCoreApplication::translate("CommandLine", "--children takes a number from 1 to 100000"));
        scale = DemoDataGenerator::familyScale(children);
    }

    QString error;
    SchemaMigrator migrator(workspace.database());
    if (!migrator.hasAnyBackendTable() && !migrator.migrate(&error))
        return fail(error);
    if (!migrator.checkCompatible(&error))
        return fail(error);
    QSqlQuery existing(workspace.database());
    if (!existing.exec(QStringLiteral("SELECT COUNT(*) FROM users")) || !existing.next())
        return fail(Database::errorText(existing));
    if (existing.value(0).toLongLong() > 0)
        return fail(QCoreApplication::translate("CommandLine", "the database already has %1 children; demo data only goes "
                                                               "into a database without any, so real data is never mixed with it")
                        .arg(existing.value(0).toLongLong()));

    DemoDataGenerator generator(workspace.database(), scale);
    const bool terminal = isatty(fileno(stderr));
    generator.setProgressHandler([terminal](const QString &line) {
        if (line.isEmpty())
            err() << (terminal ? "\n" : "") << Qt::flush;
        else if (terminal)
            err() << "\r\033[K" << line << Qt::flush;
        else if (line.section(u' ', 1, 1) == line.section(u' ', 3, 3))
            err() << line << Qt::endl;
    });
    QElapsedTimer timer;
    timer.start();
    if (!generator.generate(&error))
        return fail(error);
    QTextStream(stdout) << QCoreApplication::translate("CommandLine", "demo data loaded in %1 s")
                               .arg(QLocale().toString(timer.elapsed() / 1000.0, 'f', 1))
                        << Qt::endl;
    return 0;
}

int CommandLine::runAddCaregiver(Workspace &workspace)
{
    QList<CaregiverAdmin::Link> links;
    QString error;
    for (const QString &text : m_parser.values(QStringLiteral("child"))) {
        CaregiverAdmin::Link link;
        if (!CaregiverAdmin::parseLink(text, &link, &error))
            return fail(error);
        links << link;
    }
    QString password;
    if (m_parser.isSet(QStringLiteral("password-file"))) {
        QFile file(m_parser.value(QStringLiteral("password-file")));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("CommandLine", "cannot read %1").arg(file.fileName()));
        password = QString::fromUtf8(file.readLine()).trimmed();
        // A login without a password would be one nobody can use, or anybody with trust auth.
        if (password.isEmpty())
            return fail(QCoreApplication::translate("CommandLine", "%1 holds no password").arg(file.fileName()));
    }
    int maxConnections = CaregiverAdmin::defaultMaxConnections;
    if (m_parser.isSet(QStringLiteral("max-connections"))) {
        bool number = false;
        maxConnections = m_parser.value(QStringLiteral("max-connections")).toInt(&number);
        if (!number)
            return fail(QCoreApplication::translate("CommandLine", "--max-connections takes a whole number"));
    }
    CaregiverAdmin admin(workspace.database());
    if (!admin.addCaregiver(m_parser.value(QStringLiteral("role")), m_parser.value(QStringLiteral("display-name")), links,
                            password, &error, maxConnections))
        return fail(error);
    QTextStream(stdout) << QCoreApplication::translate("CommandLine", "caregiver %1 reaches %n child(ren)", "", int(links.size()))
                               .arg(m_parser.value(QStringLiteral("role")))
                        << Qt::endl;
    return 0;
}

bool CommandLine::openSavedServer(Workspace &workspace)
{
    const ConnectionSettings settings;
    if (!settings.useServer() || !settings.validate().isEmpty())
        return false;
    QString password = settings.rememberPassword() ? PasswordStore::read(settings.keychainKey()) : QString();
    if (password.isEmpty()) {
        bool given = false;
        password = QInputDialog::getText(nullptr, QCoreApplication::translate("CommandLine", "Nido"),
                                         QCoreApplication::translate("CommandLine", "Password for %1:").arg(settings.keychainKey()),
                                         QLineEdit::Password, {}, &given);
        if (!given)
            return false;
    }
    QString conninfo = settings.conninfo();
    if (!password.isEmpty())
        conninfo += QStringLiteral(" password=") + Database::conninfoValue(password);
    QString error;
    if (workspace.open(conninfo, {}, &error))
        return true;
    workspace.close();
    QMessageBox::warning(nullptr, QCoreApplication::translate("CommandLine", "Nido"),
                         QCoreApplication::translate("CommandLine", "Nido could not open the database set in Settings:\n%1\n\n"
                                                                    "It opens its embedded database instead.").arg(error));
    return false;
}

namespace {

// The embedded database is migrated, and given a demo family on first use.
bool prepareEmbedded(Workspace &workspace, QString *error)
{
    SchemaMigrator migrator(workspace.database());
    if (!migrator.migrate(error))
        return false;
    QSqlQuery children(workspace.database());
    if (!children.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM users)")) || !children.next()) {
        *error = Database::errorText(children);
        return false;
    }
    if (children.value(0).toBool())
        return true;
    qCInfo(lcDemoData) << "first run: adding a demo family to the embedded database";
    DemoDataGenerator generator(workspace.database(), DemoDataGenerator::familyScale(2));
    return generator.generate(error);
}

} // namespace

int CommandLine::runWindow(Workspace &workspace)
{
    QString error;
    bool additionsInstalled = true;
    QStringList missingExtras;
    if (workspace.embedded()) {
        if (!prepareEmbedded(workspace, &error))
            return fail(error);
    } else {
        SchemaMigrator migrator(workspace.database());
        if (!migrator.checkCompatible(&error))
            return fail(error);
        // A partition or archive made since the last migrate lacks Nido's row rules: read-only until migrate adds them.
        const QStringList unadopted = migrator.unadoptedMemoryLayout();
        additionsInstalled = migrator.appliedVersion(&error) == SchemaMigrator::latestVersion() && unadopted.isEmpty();
        missingExtras = migrator.missingDocumentExtras();
        for (const QString &table : unadopted)
            missingExtras << QCoreApplication::translate("CommandLine", "Nido's row rules and statistics settings on %1").arg(table);
    }
    ConnectionStatus::instance()->set(workspace.embedded(), workspace.location(), additionsInstalled, missingExtras);
    // The window's queries run on the database worker's own connection, never on this thread's.
    DatabaseWorker::instance()->setConninfo(workspace.conninfo());

    TerminationHandler terminationHandler;

    // The desktop's Qt Quick Controls style (QT_QUICK_CONTROLS_STYLE, as KDE sets it) or Qt's own
    // default (Fusion on Linux); colours come from the desktop's palette either way (Main.qml).
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    const QUrl mainUrl(QStringLiteral("qrc:/qt/qml/Nido/Ui/Main.qml"));
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, qApp, [] { QCoreApplication::exit(1); },
                     Qt::QueuedConnection);
    engine.load(mainUrl);
    if (engine.rootObjects().isEmpty())
        return 1;
    if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst())) {
        QObject::connect(window, &QQuickWindow::frameSwapped, window, [] { qCInfo(lcStartup) << "first frame shown"; },
                         Qt::SingleShotConnection);
        // Started hidden (at login): Nido watches on, and closing the window later only hides it.
        if (m_parser.isSet(QStringLiteral("background"))) {
            QGuiApplication::setQuitOnLastWindowClosed(false);
            window->hide();
        }
    }
    return QCoreApplication::exec();
}
