#include "workspace.h"
#include "database.h"

#include <QVariant>

#include <libpq-fe.h>

Workspace::Workspace() = default;

Workspace::~Workspace()
{
    close();
}

bool Workspace::open(const QString &conninfo, const QString &dataDir, QString *error)
{
    m_conninfo = conninfo;
    if (conninfo.isEmpty()) {
        m_server = std::make_unique<EmbeddedServer>(dataDir.isEmpty() ? EmbeddedServer::defaultBaseDir() : dataDir);
        if (!m_server->start(error))
            return false;
        m_conninfo = m_server->conninfo();
    }
    const QSqlDatabase db = Database::open(m_conninfo, QLatin1String(QSqlDatabase::defaultConnection), error);
    return db.isOpen();
}

void Workspace::close()
{
    Database::close(QLatin1String(QSqlDatabase::defaultConnection));
    if (m_server)
        m_server->stop();
    m_server.reset();
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(QLatin1String(QSqlDatabase::defaultConnection), false);
}

QString Workspace::location() const
{
    if (m_server)
        return m_server->dataDir();
    const QSqlDatabase db = database();
    PGconn *connection = Database::nativeHandle(db);
    if (!connection)
        return {};
    return QStringLiteral("%1@%2:%3").arg(QString::fromUtf8(PQdb(connection)), QString::fromUtf8(PQhost(connection)),
                                          QString::fromUtf8(PQport(connection)));
}
