#include "embeddedserver.h"
#include "database.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <QVersionNumber>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr auto serverUserWhenRoot = "postgres";

bool isRoot()
{
    return geteuid() == 0;
}

QString serverLog(const QString &baseDir)
{
    return baseDir + QStringLiteral("/server.log");
}

// Starting and stopping are taken in turn by the Nidos sharing a cluster: two starting at once
// would both run initdb or pg_ctl, and one quitting must not stop the server under one starting.
constexpr int turnTimeoutMs = 120000;

} // namespace

EmbeddedServer::EmbeddedServer(QString baseDir)
    : m_baseDir(std::move(baseDir))
{
    if (isRoot())
        m_runAsUser = QString::fromLatin1(serverUserWhenRoot);
}

EmbeddedServer::~EmbeddedServer()
{
    stop();
}

QString EmbeddedServer::defaultBaseDir()
{
    // root's home is closed to the unprivileged user the server must run as.
    if (isRoot())
        return QStringLiteral("/var/lib/nido/postgresql");
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/postgresql");
}

QString EmbeddedServer::findBinDir()
{
    const auto hasServer = [](const QString &dir) {
        return QFileInfo(dir + QStringLiteral("/initdb")).isExecutable()
            && QFileInfo(dir + QStringLiteral("/pg_ctl")).isExecutable();
    };
    const QString fromEnvironment = qEnvironmentVariable("NIDO_PG_BINDIR");
    if (!fromEnvironment.isEmpty())
        return hasServer(fromEnvironment) ? fromEnvironment : QString();

    QProcess pgConfig;
    pgConfig.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (pgConfig.waitForFinished(5000) && pgConfig.exitCode() == 0) {
        const QString dir = QString::fromLocal8Bit(pgConfig.readAllStandardOutput()).trimmed();
        if (hasServer(dir))
            return dir;
    }
    // Debian installs one folder per major version; prefer the newest.
    QDir debian(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = debian.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString &version : versions) {
        const QString dir = debian.filePath(version + QStringLiteral("/bin"));
        if (hasServer(dir))
            return dir;
    }
    const QString inPath = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    if (!inPath.isEmpty() && hasServer(QFileInfo(inPath).absolutePath()))
        return QFileInfo(inPath).absolutePath();
    return {};
}

QString EmbeddedServer::dataDir() const
{
    return m_baseDir + QStringLiteral("/data");
}

QString EmbeddedServer::conninfo() const
{
    return QStringLiteral("host='%1' dbname=%2 user=%3")
        .arg(m_socketDir, QLatin1String(databaseName), QLatin1String(superUser));
}

bool EmbeddedServer::run(const QString &program, const QStringList &arguments, QString *error) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString path = m_binDir + u'/' + program;
    if (m_runAsUser.isEmpty()) {
        process.start(path, arguments);
    } else {
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), m_runAsUser, QStringLiteral("--"), path} + arguments);
    }
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
        *error = QCoreApplication::translate("EmbeddedServer", "%1 failed: %2")
                     .arg(program, output.isEmpty() ? process.errorString() : output);
        qCWarning(lcServer) << *error;
        return false;
    }
    return true;
}

bool EmbeddedServer::prepareDirectory(const QString &path, QString *error) const
{
    if (!QDir().mkpath(path)) {
        *error = QCoreApplication::translate("EmbeddedServer", "Cannot create the folder %1.").arg(path);
        return false;
    }
    ::chmod(QFile::encodeName(path).constData(), 0700);
    if (m_runAsUser.isEmpty())
        return true;
    const passwd *user = ::getpwnam(m_runAsUser.toLocal8Bit().constData());
    if (!user) {
        *error = QCoreApplication::translate("EmbeddedServer",
                                             "PostgreSQL cannot run as root and the user \"%1\" does not exist. "
                                             "Install the postgresql package, which creates it.")
                     .arg(m_runAsUser);
        return false;
    }
    if (::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) != 0) {
        *error = QCoreApplication::translate("EmbeddedServer", "Cannot hand %1 to the user %2: %3")
                     .arg(path, m_runAsUser, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    return true;
}

bool EmbeddedServer::initialise(QString *error)
{
    qCInfo(lcServer) << "initialising a new cluster in" << dataDir();
    if (!prepareDirectory(m_baseDir, error) || !prepareDirectory(dataDir(), error))
        return false;
    m_initialised = run(QStringLiteral("initdb"),
                        {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QLatin1String(superUser),
                         QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                         QStringLiteral("--locale=C.UTF-8")},
                        error);
    return m_initialised;
}

bool EmbeddedServer::adoptOrClearStalePid(QString *error)
{
    QFile pidFile(dataDir() + QStringLiteral("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return true;
    const QStringList lines = QString::fromLocal8Bit(pidFile.readAll()).split(u'\n');
    pidFile.close();
    const pid_t pid = lines.value(0).trimmed().toInt();
    const QString socketDir = lines.value(4).trimmed();

    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    const bool alive = pid > 0 && ::kill(pid, 0) == 0 && cmdline.open(QIODevice::ReadOnly)
        && cmdline.readAll().contains("postgres");
    if (alive && QFileInfo::exists(socketDir)) {
        qCInfo(lcServer) << "using the server already running with pid" << pid;
        m_socketDir = socketDir;
        return true;
    }
    if (alive) {
        *error = QCoreApplication::translate("EmbeddedServer",
                                             "A PostgreSQL server (pid %1) holds Nido's data folder %2 but cannot be reached. "
                                             "Stop it and start Nido again.")
                     .arg(pid)
                     .arg(dataDir());
        return false;
    }
    qCWarning(lcServer) << "removing a stale postmaster.pid left by a server that did not stop cleanly";
    if (!pidFile.remove()) {
        *error = QCoreApplication::translate("EmbeddedServer", "Cannot remove the stale %1.").arg(pidFile.fileName());
        return false;
    }
    return true;
}

QString EmbeddedServer::usersDir() const
{
    return m_baseDir + QStringLiteral("/users");
}

bool EmbeddedServer::start(QString *error)
{
    if (isRunning())
        return true;
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        *error = QCoreApplication::translate("EmbeddedServer",
                                             "The PostgreSQL server programs (initdb, pg_ctl) were not found. "
                                             "Install them (Debian: apt install postgresql) or open a backend's "
                                             "database with --database.");
        return false;
    }
    if (!QDir().mkpath(usersDir())) {
        *error = QCoreApplication::translate("EmbeddedServer", "Cannot create the folder %1.").arg(usersDir());
        return false;
    }
    QLockFile turn(m_baseDir + QStringLiteral("/turn.lock"));
    if (!turn.tryLock(turnTimeoutMs)) {
        *error = QCoreApplication::translate("EmbeddedServer", "Another Nido has been starting or stopping the embedded "
                                                               "database for two minutes; try again.");
        return false;
    }
    m_userLock = std::make_unique<QLockFile>(usersDir() + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces)
                                             + QStringLiteral(".lock"));
    if (!m_userLock->tryLock(0)) {
        *error = QCoreApplication::translate("EmbeddedServer", "Cannot write in the folder %1.").arg(usersDir());
        m_userLock.reset();
        return false;
    }
    if (!startLocked(error)) {
        m_userLock.reset();
        return false;
    }
    return true;
}

bool EmbeddedServer::startLocked(QString *error)
{
    if (!QFileInfo::exists(dataDir() + QStringLiteral("/PG_VERSION")) && !initialise(error))
        return false;
    if (!adoptOrClearStalePid(error))
        return false;
    if (isRunning())
        return ensureDatabase(error);

    // Short and private: a unix socket path may not exceed 107 bytes.
    QByteArray socketTemplate = QFile::encodeName(QDir::tempPath() + QStringLiteral("/nido-XXXXXX"));
    if (!::mkdtemp(socketTemplate.data())) {
        *error = QCoreApplication::translate("EmbeddedServer", "Cannot create a private socket folder in %1.")
                     .arg(QDir::tempPath());
        return false;
    }
    const QString socketDir = QFile::decodeName(socketTemplate);
    if (!prepareDirectory(socketDir, error))
        return false;

    // Bulk loads (demo data, imports) would otherwise spend most of their time in checkpoints.
    const QString options = QStringLiteral("-k %1 -c listen_addresses='' -c unix_socket_permissions=0700 "
                                           "-c shared_buffers=256MB -c max_wal_size=8GB -c wal_buffers=32MB "
                                           "-c checkpoint_timeout=30min")
                                .arg(socketDir);
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), serverLog(m_baseDir), QStringLiteral("-w"),
              QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"), options, QStringLiteral("start")},
             error)) {
        QDir(socketDir).removeRecursively();
        return false;
    }
    m_socketDir = socketDir;
    qCInfo(lcServer) << "embedded PostgreSQL started on" << m_socketDir;
    return ensureDatabase(error);
}

bool EmbeddedServer::ensureDatabase(QString *error)
{
    const auto connectionName = QStringLiteral("nido-embedded-bootstrap");
    bool ok = false;
    {
        QSqlDatabase db = Database::open(QStringLiteral("host='%1' dbname=postgres user=%2")
                                             .arg(m_socketDir, QLatin1String(superUser)),
                                         connectionName, error);
        if (db.isOpen()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = :name"));
            query.bindValue(QStringLiteral(":name"), QLatin1String(databaseName));
            ok = Database::execute(query);
            if (ok && !query.next())
                ok = Database::execute(db, QStringLiteral("CREATE DATABASE nido"));
            if (!ok)
                *error = Database::errorText(query);
        }
    }
    Database::close(connectionName);
    return ok;
}

bool EmbeddedServer::othersUseIt() const
{
    const QFileInfoList users = QDir(usersDir()).entryInfoList({QStringLiteral("*.lock")}, QDir::Files);
    bool others = false;
    for (const QFileInfo &user : users) {
        QLockFile other(user.filePath());
        // Taken at once only when its Nido is gone: then it is unlocked, and so removed.
        if (other.tryLock(0))
            other.unlock();
        else
            others = true;
    }
    return others;
}

void EmbeddedServer::stop()
{
    if (!isRunning())
        return;
    QLockFile turn(m_baseDir + QStringLiteral("/turn.lock"));
    const bool myTurn = turn.tryLock(turnTimeoutMs);
    m_userLock.reset();
    if (myTurn && !othersUseIt()) {
        QString error;
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
             QStringLiteral("stop")},
            &error);
        QDir(m_socketDir).removeRecursively();
        qCInfo(lcServer) << "embedded PostgreSQL stopped";
    } else {
        qCInfo(lcServer) << "embedded PostgreSQL left running for the other Nidos using it";
    }
    m_socketDir.clear();
}
