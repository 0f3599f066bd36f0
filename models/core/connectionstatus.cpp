#include "connectionstatus.h"
#include "databaseworker.h"

#include <QQmlEngine>

ConnectionStatus::ConnectionStatus(QObject *parent)
    : QObject(parent)
{
    connect(DatabaseWorker::instance(), &DatabaseWorker::connectionLost, this, [this](const QString &error) {
        m_connected = false;
        m_connectionError = error;
        Q_EMIT connectedChanged();
    });
    connect(DatabaseWorker::instance(), &DatabaseWorker::connectionRestored, this, [this] {
        m_connected = true;
        m_connectionError.clear();
        Q_EMIT connectedChanged();
    });
}

ConnectionStatus *ConnectionStatus::instance()
{
    static ConnectionStatus status;
    return &status;
}

ConnectionStatus *ConnectionStatus::create(QQmlEngine *, QJSEngine *)
{
    QQmlEngine::setObjectOwnership(instance(), QQmlEngine::CppOwnership);
    return instance();
}

void ConnectionStatus::set(bool embedded, const QString &location, bool additionsInstalled, const QStringList &missingExtras)
{
    m_missingExtras = missingExtras;
    m_embedded = embedded;
    m_location = location;
    m_additionsInstalled = additionsInstalled;
    Q_EMIT changed();
}
