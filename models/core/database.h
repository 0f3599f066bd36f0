#pragma once

#include <QSqlDatabase>
#include <QDateTime>
#include <QString>

class QSqlQuery;

// Opens PostgreSQL connections from libpq connection strings and runs queries with error logging.
class Database
{
public:
    // Accepts "key=value ..." or a postgresql:// URI. Parameters left out are filled in by libpq
    // itself (PG* variables, ~/.pgpass, service files), so they are not invented here.
    static QSqlDatabase open(const QString &conninfo, const QString &connectionName, QString *error);
    static void close(const QString &connectionName);
    // A value for a libpq "key=value" connection string, quoted and escaped.
    [[nodiscard]] static QString conninfoValue(const QString &value);

    // Runs a prepared query; on failure logs it and returns false.
    static bool execute(QSqlQuery &query);
    static bool execute(QSqlDatabase db, const QString &sql);

    // A dropped connection leaves QSqlQuery::lastError() empty: ask the connection too.
    static QString errorText(const QSqlQuery &query);

    // Runs a script of several statements as one simple-protocol call (migrations).
    static bool executeScript(QSqlDatabase db, const QByteArray &sql, QString *error);

    // The backend's timestamps have no time zone and hold UTC; bind them in this form.
    static QString utcTimestamp(const QDateTime &time);
    static QDateTime fromUtcTimestamp(const QVariant &value);
    // Ids bound as one uuid[] (CAST(:ids AS uuid[])); what is not an id is left out.
    static QString uuidArray(const QStringList &ids);

    // The libpq handle behind a QPSQL connection, for COPY.
    static struct pg_conn *nativeHandle(const QSqlDatabase &db);
};
