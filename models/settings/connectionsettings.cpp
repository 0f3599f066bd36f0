#include "connectionsettings.h"
#include "database.h"
#include "passwordstore.h"

#include <QPointer>
#include <QThread>
#include <QSettings>

namespace {

template<typename T>
void assign(T &field, const T &value, ConnectionSettings *settings)
{
    if (field == value)
        return;
    field = value;
    Q_EMIT settings->changed();
}

} // namespace

ConnectionSettings::ConnectionSettings(QObject *parent)
    : QObject(parent)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("connection"));
    m_useServer = settings.value(QStringLiteral("useServer"), false).toBool();
    m_host = settings.value(QStringLiteral("host")).toString();
    m_port = settings.value(QStringLiteral("port"), 5432).toInt();
    m_databaseName = settings.value(QStringLiteral("database")).toString();
    m_user = settings.value(QStringLiteral("user")).toString();
    m_sslMode = settings.value(QStringLiteral("sslmode"), QStringLiteral("verify-full")).toString();
    m_sslRootCert = settings.value(QStringLiteral("sslrootcert")).toString();
    m_rememberPassword = settings.value(QStringLiteral("rememberPassword"), false).toBool();
    settings.endGroup();
    m_language = settings.value(QStringLiteral("language")).toString();
}

QStringList ConnectionSettings::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"), QStringLiteral("require"),
            QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

void ConnectionSettings::setUseServer(bool useServer) { assign(m_useServer, useServer, this); }
void ConnectionSettings::setHost(const QString &host) { assign(m_host, host.trimmed(), this); }
void ConnectionSettings::setPort(int port) { assign(m_port, port, this); }
void ConnectionSettings::setDatabaseName(const QString &name) { assign(m_databaseName, name.trimmed(), this); }
void ConnectionSettings::setUser(const QString &user) { assign(m_user, user.trimmed(), this); }
void ConnectionSettings::setSslMode(const QString &mode) { assign(m_sslMode, mode, this); }
void ConnectionSettings::setSslRootCert(const QString &path) { assign(m_sslRootCert, path.trimmed(), this); }
void ConnectionSettings::setRememberPassword(bool remember) { assign(m_rememberPassword, remember, this); }
void ConnectionSettings::setLanguage(const QString &language) { assign(m_language, language, this); }

QString ConnectionSettings::conninfo() const
{
    QStringList parts;
    if (!m_host.isEmpty())
        parts << QStringLiteral("host=") + Database::conninfoValue(m_host);
    parts << QStringLiteral("port=%1").arg(m_port);
    if (!m_databaseName.isEmpty())
        parts << QStringLiteral("dbname=") + Database::conninfoValue(m_databaseName);
    if (!m_user.isEmpty())
        parts << QStringLiteral("user=") + Database::conninfoValue(m_user);
    if (!m_sslMode.isEmpty())
        parts << QStringLiteral("sslmode=") + m_sslMode;
    if (!m_sslRootCert.isEmpty())
        parts << QStringLiteral("sslrootcert=") + Database::conninfoValue(m_sslRootCert);
    return parts.join(u' ');
}

QString ConnectionSettings::keychainKey() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(m_user, m_host).arg(m_port).arg(m_databaseName);
}

QString ConnectionSettings::validate() const
{
    if (!m_useServer)
        return {};
    if (m_host.isEmpty())
        return tr("Give the server's host name.");
    if (m_port < 1 || m_port > 65535)
        return tr("The port goes from 1 to 65535.");
    if (m_databaseName.isEmpty())
        return tr("Give the database's name.");
    if (m_user.isEmpty())
        return tr("Give the user name.");
    if (!sslModes().contains(m_sslMode))
        return tr("\"%1\" is not an SSL mode.").arg(m_sslMode);
    return {};
}

void ConnectionSettings::testConnection(const QString &password)
{
    const QString invalid = validate();
    if (!invalid.isEmpty()) {
        setMessage(invalid);
        Q_EMIT tested(false);
        return;
    }
    QString info = conninfo();
    if (!password.isEmpty())
        info += QStringLiteral(" password=") + Database::conninfoValue(password);
    setMessage(tr("Trying the connection…"));
    static int attempts = 0;
    const QString name = QStringLiteral("nido-connection-test-%1").arg(++attempts);
    const QPointer<ConnectionSettings> self(this);
    QThread *thread = QThread::create([self, info, name] {
        QString error;
        const bool ok = Database::open(info, name, &error).isOpen();
        Database::close(name);
        QMetaObject::invokeMethod(self, [self, ok, error] {
            if (!self)
                return;
            self->setMessage(ok ? tr("Connected.") : error);
            Q_EMIT self->tested(ok);
        }, Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

bool ConnectionSettings::save(const QString &password)
{
    const QString invalid = validate();
    if (!invalid.isEmpty()) {
        setMessage(invalid);
        return false;
    }
    QSettings settings;
    settings.beginGroup(QStringLiteral("connection"));
    settings.setValue(QStringLiteral("useServer"), m_useServer);
    settings.setValue(QStringLiteral("host"), m_host);
    settings.setValue(QStringLiteral("port"), m_port);
    settings.setValue(QStringLiteral("database"), m_databaseName);
    settings.setValue(QStringLiteral("user"), m_user);
    settings.setValue(QStringLiteral("sslmode"), m_sslMode);
    settings.setValue(QStringLiteral("sslrootcert"), m_sslRootCert);
    settings.setValue(QStringLiteral("rememberPassword"), m_rememberPassword);
    settings.endGroup();
    settings.setValue(QStringLiteral("language"), m_language);
    settings.sync();

    const QString saved = tr("Saved. Nido uses these settings the next time it starts.");
    setMessage(saved);
    if (m_useServer && m_rememberPassword && !password.isEmpty()) {
        PasswordStore::write(keychainKey(), password, this, [this, saved](const QString &refusal) {
            if (!refusal.isEmpty())
                setMessage(saved + u' ' + tr("The system keychain did not keep the password (%1): Nido will ask for it.").arg(refusal));
        });
    } else if (!m_rememberPassword) {
        PasswordStore::remove(keychainKey());
    }
    return true;
}

void ConnectionSettings::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}
