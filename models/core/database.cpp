#include "database.h"
#include "logging.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <libpq-fe.h>

namespace {

// Qt names the type after libpq's struct or after its typedef, depending on the build.
bool isPgConn(const QVariant &handle)
{
    return qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0;
}

} // namespace

QSqlDatabase Database::open(const QString &conninfo, const QString &connectionName, QString *error)
{
    char *parseError = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &parseError);
    if (!options) {
        *error = QCoreApplication::translate("Database", "The database connection string is not valid: %1")
                     .arg(parseError ? QString::fromUtf8(parseError).trimmed() : QString());
        PQfreemem(parseError);
        return {};
    }

    bool namesDatabase = !qEnvironmentVariableIsEmpty("PGDATABASE");
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        if (qstrcmp(option->keyword, "dbname") == 0 && option->val && *option->val)
            namesDatabase = true;
    }
    // libpq would fall back to a database named after the user, often the server's own "postgres":
    // migrations must never land there by accident.
    if (!namesDatabase) {
        PQconninfoFree(options);
        *error = QCoreApplication::translate("Database", "The database connection string names no database; add dbname=NAME "
                                                         "(or a path in a postgresql:// URI).");
        return {};
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    QStringList extra;
    QString port;
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        if (!option->val)
            continue;
        const QByteArray key(option->keyword);
        const QString value = QString::fromUtf8(option->val);
        if (key == "host")
            db.setHostName(value);
        else if (key == "dbname")
            db.setDatabaseName(value);
        else if (key == "user")
            db.setUserName(value);
        else if (key == "password")
            db.setPassword(value);
        else if (key == "port")
            port = value;
        else
            extra << QString::fromLatin1(key) + u'=' + conninfoValue(value);
    }
    PQconninfoFree(options);
    if (!port.isEmpty()) {
        bool number = false;
        const int value = port.toInt(&number);
        if (!number || value < 1 || value > 65535) {
            *error = QCoreApplication::translate("Database", "The port \"%1\" is not a number from 1 to 65535.").arg(port);
            db = {};
            QSqlDatabase::removeDatabase(connectionName);
            return {};
        }
        db.setPort(value);
    }
    extra << QStringLiteral("application_name='nido'");
    // A server that vanished (packets dropped, a laptop on another network) must not hold a
    // connection attempt or a query for the system's two minutes.
    const QStringList network = {QStringLiteral("connect_timeout=10"), QStringLiteral("keepalives=1"),
                                 QStringLiteral("keepalives_idle=30"), QStringLiteral("keepalives_interval=10"),
                                 QStringLiteral("keepalives_count=3")};
    for (const QString &option : network) {
        if (!conninfo.contains(option.section(u'=', 0, 0) + u'='))
            extra << option;
    }
    db.setConnectOptions(extra.join(u';'));

    if (!db.open()) {
        *error = db.lastError().text();
        qCWarning(lcDatabase) << "cannot connect:" << *error;
        db = {};
        QSqlDatabase::removeDatabase(connectionName);
        return {};
    }
    // The backend writes timestamps without a time zone, in UTC.
    QSqlQuery session(db);
    // Family ids keep no planner statistics (migration 7): a child's few rows can be costed like
    // every family's, and JIT then compiles for 40 ms to 2.5 s a query that runs in under 6 ms.
    // Nido's queries are small.
    session.exec(QStringLiteral("SET TIME ZONE 'UTC'; SET client_min_messages = warning; SET jit = off"));
    // With the default path a role named like Nido's own schema ("nido") would resolve the backend's
    // tables, and create them, there; a path set on purpose (conninfo options) is left alone.
    if (session.exec(QStringLiteral("SELECT current_setting('search_path') = '\"$user\", public'")) && session.next()
        && session.value(0).toBool())
        session.exec(QStringLiteral("SET search_path = public"));
    return db;
}

QString Database::conninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

void Database::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

bool Database::execute(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qCWarning(lcDatabase) << "query failed:" << errorText(query) << "in" << query.lastQuery();
    return false;
}

bool Database::execute(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    qCWarning(lcDatabase) << "query failed:" << errorText(query) << "in" << sql;
    return false;
}

QString Database::errorText(const QSqlQuery &query)
{
    const QString text = query.lastError().text().trimmed();
    // The server's limits on what a caregiver writes (migration 15), said in the parent's language.
    const QString state = query.lastError().nativeErrorCode();
    if (state == u"54000")
        return QCoreApplication::translate("Database", "The server accepts only so many changes from one caregiver in a day, and this "
                                                       "would pass it; nothing was saved. Try again tomorrow, or ask whoever runs the database.");
    if (state == u"22001")
        return QCoreApplication::translate("Database", "The server refused a text as too long; nothing was saved. (%1)")
            .arg(query.lastError().databaseText().trimmed());
    if (!text.isEmpty())
        return text;
    const QSqlDriver *driver = query.driver();
    if (!driver || !driver->isOpen())
        return QCoreApplication::translate("Database", "The connection to the database is closed.");
    const QVariant handle = driver->handle();
    if (isPgConn(handle)
        && PQstatus(*static_cast<PGconn *const *>(handle.constData())) == CONNECTION_BAD)
        return QCoreApplication::translate("Database", "The connection to the database was lost.");
    return driver->lastError().text();
}

bool Database::executeScript(QSqlDatabase db, const QByteArray &sql, QString *error)
{
    PGconn *conn = nativeHandle(db);
    if (!conn) {
        *error = QCoreApplication::translate("Database", "Not connected to PostgreSQL.");
        return false;
    }
    PGresult *result = PQexec(conn, sql.constData());
    const ExecStatusType status = PQresultStatus(result);
    const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    if (!ok)
        *error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
    return ok;
}

QString Database::utcTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString Database::uuidArray(const QStringList &ids)
{
    QStringList valid;
    for (const QString &id : ids) {
        if (!QUuid::fromString(id).isNull())
            valid << id;
    }
    return u'{' + valid.join(u',') + u'}';
}

QDateTime Database::fromUtcTimestamp(const QVariant &value)
{
    QDateTime time = value.toDateTime();
    if (!time.isValid())
        return {};
    time.setTimeSpec(Qt::UTC);
    return time.toLocalTime();
}

PGconn *Database::nativeHandle(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || !isPgConn(handle)) {
        qCWarning(lcDatabase) << "unexpected driver handle" << handle.typeName();
        return nullptr;
    }
    return *static_cast<PGconn *const *>(handle.constData());
}
