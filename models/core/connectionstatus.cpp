#include "connectionstatus.h"

#include <QQmlEngine>

ConnectionStatus::ConnectionStatus(QObject *parent)
    : QObject(parent)
{
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

void ConnectionStatus::set(bool embedded, const QString &location, bool additionsInstalled)
{
    m_embedded = embedded;
    m_location = location;
    m_additionsInstalled = additionsInstalled;
    Q_EMIT changed();
}
