#include "rawconnection.h"

#include <libpq-fe.h>

#include <vector>

RawConnection::RawConnection(const QString &conninfo)
    : m_connection(PQconnectdb(conninfo.toUtf8().constData()))
{
    if (PQstatus(m_connection) != CONNECTION_OK)
        m_error = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
    else
        // The session Nido's own connections have (Database::open), so that the figures compare.
        PQclear(PQexec(m_connection, "SET TIME ZONE 'UTC'; SET jit = off"));
}

RawConnection::~RawConnection()
{
    PQfinish(m_connection);
}

bool RawConnection::isOpen() const
{
    return PQstatus(m_connection) == CONNECTION_OK;
}

bool RawConnection::run(const QByteArray &sql, const QList<QByteArray> &values, QByteArrayList *firstColumn, int *rows)
{
    std::vector<const char *> pointers;
    for (const QByteArray &value : values)
        pointers.push_back(value.isNull() ? nullptr : value.constData());
    PGresult *result = PQexecParams(m_connection, sql.constData(), int(pointers.size()), nullptr, pointers.data(),
                                    nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(result);
    const bool ok = status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK;
    if (!ok)
        m_error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed() + QStringLiteral(" in ") + QString::fromUtf8(sql);
    for (int row = 0; ok && firstColumn && row < PQntuples(result); ++row)
        firstColumn->append(QByteArray(PQgetvalue(result, row, 0), PQgetlength(result, row, 0)));
    if (ok && rows)
        *rows = PQntuples(result);
    PQclear(result);
    return ok;
}

bool RawConnection::exec(const TracedStatement &statement, int *rows)
{
    return run(statement.positionalSql(), statement.textValues(), nullptr, rows);
}

bool RawConnection::exec(const QByteArray &sql)
{
    return run(sql, {}, nullptr, nullptr);
}

QJsonDocument RawConnection::explain(const TracedStatement &statement)
{
    QByteArrayList plan;
    if (!run("EXPLAIN (FORMAT JSON) " + statement.positionalSql(), statement.textValues(), &plan, nullptr) || plan.isEmpty())
        return {};
    return QJsonDocument::fromJson(plan.constFirst());
}

namespace {

void keepNotice(void *notices, const PGresult *result)
{
    static_cast<QByteArrayList *>(notices)->append(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
}

} // namespace

bool RawConnection::nestedPlans(const TracedStatement &statement, QList<QJsonObject> *plans)
{
    QByteArrayList notices;
    const PQnoticeReceiver previous = PQsetNoticeReceiver(m_connection, keepNotice, &notices);
    // auto_explain at NOTICE level reaches this connection instead of the server's log.
    const bool ok = exec("BEGIN") && exec("LOAD 'auto_explain'") && exec("SET LOCAL auto_explain.log_min_duration = 0")
        && exec("SET LOCAL auto_explain.log_nested_statements = on") && exec("SET LOCAL auto_explain.log_format = json")
        && exec("SET LOCAL auto_explain.log_level = notice") && exec(statement);
    const QString error = m_error;
    exec("ROLLBACK");
    m_error = error;
    PQsetNoticeReceiver(m_connection, previous, nullptr);
    const QByteArray marker = "plan:\n";
    for (const QByteArray &notice : std::as_const(notices)) {
        const qsizetype at = notice.indexOf(marker);
        if (at >= 0)
            plans->append(QJsonDocument::fromJson(notice.mid(at + marker.size())).object());
    }
    return ok;
}

QStringList RawConnection::lines(const TracedStatement &statement)
{
    QByteArrayList column;
    QStringList text;
    if (run(statement.positionalSql(), statement.textValues(), &column, nullptr)) {
        for (const QByteArray &line : column)
            text << QString::fromUtf8(line);
    }
    return text;
}
