#pragma once

#include <QLockFile>
#include <QString>
#include <QStringList>

#include <memory>

// Nido's private PostgreSQL cluster: initialised on first use, listening only on a unix socket in a
// private directory, shared by the Nidos that run at once and stopped when the last of them quits. PostgreSQL refuses to run as root, so under root the
// cluster belongs to the unprivileged "postgres" user and lives outside root's home.
class EmbeddedServer
{
public:
    explicit EmbeddedServer(QString baseDir = defaultBaseDir());
    ~EmbeddedServer();
    EmbeddedServer(const EmbeddedServer &) = delete;
    EmbeddedServer &operator=(const EmbeddedServer &) = delete;

    [[nodiscard]] static QString defaultBaseDir();
    // Where initdb and pg_ctl are; empty when the server programs are not installed.
    [[nodiscard]] static QString findBinDir();

    bool start(QString *error);
    void stop();

    [[nodiscard]] bool isRunning() const { return !m_socketDir.isEmpty(); }
    [[nodiscard]] bool createdThisRun() const { return m_initialised; }
    [[nodiscard]] QString dataDir() const;
    [[nodiscard]] QString conninfo() const;

    static constexpr auto databaseName = "nido";
    static constexpr auto superUser = "nido";

private:
    bool run(const QString &program, const QStringList &arguments, QString *error) const;
    bool initialise(QString *error);
    bool adoptOrClearStalePid(QString *error);
    bool ensureDatabase(QString *error);
    bool prepareDirectory(const QString &path, QString *error) const;
    bool startLocked(QString *error);
    // Whether another Nido (a live process) still uses the cluster; forgets those that died.
    [[nodiscard]] bool othersUseIt() const;
    [[nodiscard]] QString usersDir() const;

    QString m_baseDir;
    QString m_binDir;
    QString m_socketDir;
    QString m_runAsUser;
    // One per Nido using the cluster, held while it does: a file left by a killed Nido is stale.
    std::unique_ptr<QLockFile> m_userLock;
    bool m_initialised = false;
};
