#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

// Which database Nido opens and in which language it speaks, kept in Nido's settings file.
// A password is never part of it: it goes to the system keychain, when the parent asks for that
// and one answers, or it is asked for at each start.
class ConnectionSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool useServer READ useServer WRITE setUseServer NOTIFY changed)
    Q_PROPERTY(QString host READ host WRITE setHost NOTIFY changed)
    Q_PROPERTY(int port READ port WRITE setPort NOTIFY changed)
    Q_PROPERTY(QString databaseName READ databaseName WRITE setDatabaseName NOTIFY changed)
    Q_PROPERTY(QString user READ user WRITE setUser NOTIFY changed)
    Q_PROPERTY(QString sslMode READ sslMode WRITE setSslMode NOTIFY changed)
    Q_PROPERTY(QString sslRootCert READ sslRootCert WRITE setSslRootCert NOTIFY changed)
    Q_PROPERTY(bool rememberPassword READ rememberPassword WRITE setRememberPassword NOTIFY changed)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit ConnectionSettings(QObject *parent = nullptr);

    [[nodiscard]] static QStringList sslModes();

    [[nodiscard]] bool useServer() const { return m_useServer; }
    void setUseServer(bool useServer);
    [[nodiscard]] QString host() const { return m_host; }
    void setHost(const QString &host);
    [[nodiscard]] int port() const { return m_port; }
    void setPort(int port);
    [[nodiscard]] QString databaseName() const { return m_databaseName; }
    void setDatabaseName(const QString &name);
    [[nodiscard]] QString user() const { return m_user; }
    void setUser(const QString &user);
    [[nodiscard]] QString sslMode() const { return m_sslMode; }
    void setSslMode(const QString &mode);
    [[nodiscard]] QString sslRootCert() const { return m_sslRootCert; }
    void setSslRootCert(const QString &path);
    [[nodiscard]] bool rememberPassword() const { return m_rememberPassword; }
    void setRememberPassword(bool remember);
    // "es", "en", or empty to follow the system.
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    [[nodiscard]] QString message() const { return m_message; }

    // A libpq connection string for the server, without a password.
    [[nodiscard]] Q_INVOKABLE QString conninfo() const;
    [[nodiscard]] QString keychainKey() const;
    // Empty when the settings are usable, else why not.
    [[nodiscard]] Q_INVOKABLE QString validate() const;
    // Tries the server with this password on a thread of its own (a server far away or gone must
    // not hold the window); the message says the outcome, and tested() tells it.
    Q_INVOKABLE void testConnection(const QString &password);
    // Writes the settings (never the password) and hands the password to the keychain if asked to;
    // a keychain's refusal comes later, in the message.
    Q_INVOKABLE bool save(const QString &password);

Q_SIGNALS:
    void changed();
    void messageChanged();
    void tested(bool connected);

private:
    void setMessage(const QString &message);

    bool m_useServer = false;
    QString m_host;
    int m_port = 5432;
    QString m_databaseName;
    QString m_user;
    QString m_sslMode;
    QString m_sslRootCert;
    bool m_rememberPassword = false;
    QString m_language;
    QString m_message;
};
