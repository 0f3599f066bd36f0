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
    // Row by row, as Nido's streamed reads come (SqlConnection::streamRows): a whole result held at
    // once would count in the benchmark's resident set as if the window held it.
    if (!PQsendQueryParams(m_connection, sql.constData(), int(pointers.size()), nullptr, pointers.data(), nullptr, nullptr, 0)
        || !PQsetSingleRowMode(m_connection)) {
        m_error = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed() + QStringLiteral(" in ") + QString::fromUtf8(sql);
        while (PGresult *result = PQgetResult(m_connection))
            PQclear(result);
        return false;
    }
    bool ok = true;
    int count = 0;
    while (PGresult *result = PQgetResult(m_connection)) {
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_SINGLE_TUPLE) {
            ++count;
            if (firstColumn)
                firstColumn->append(QByteArray(PQgetvalue(result, 0, 0), PQgetlength(result, 0, 0)));
        } else if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK && ok) {
            ok = false;
            m_error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed() + QStringLiteral(" in ") + QString::fromUtf8(sql);
        }
        PQclear(result);
    }
    if (ok && rows)
        *rows = count;
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
