#include "sqlconnection.h"
#include "database.h"
#include "logging.h"

#include <QCoreApplication>
#include <QSqlError>

#include <libpq-fe.h>

namespace {
constexpr int maximumPrepared = 200;
std::atomic<SqlConnection::Observer> observer = nullptr;
}

void SqlConnection::setObserver(Observer newObserver)
{
    observer = newObserver;
}

void SqlConnection::observe(const QString &sql, const QVariantList &values)
{
    if (Observer current = observer)
        current(sql, values);
}

SqlConnection::SqlConnection(const QString &name)
    : m_name(name)
{
}

SqlConnection::~SqlConnection()
{
    close();
}

void SqlConnection::setConninfo(const QString &conninfo)
{
    close();
    m_conninfo = conninfo;
}

QSqlDatabase SqlConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool SqlConnection::broken() const
{
    PGconn *connection = Database::nativeHandle(database());
    return m_dropped || !connection || PQstatus(connection) == CONNECTION_BAD;
}

bool SqlConnection::lost() const
{
    return QSqlDatabase::contains(m_name) && (!database().isOpen() || broken());
}

bool SqlConnection::ensureOpen(QString *error)
{
    if (database().isOpen() && !broken())
        return true;
    if (m_conninfo.isEmpty()) {
        *error = QCoreApplication::translate("Database", "Not connected to PostgreSQL.");
        m_failure = {DbError::Kind::ConnectionLost, *error};
        keepClosed();
        return false;
    }
    if (QSqlDatabase::contains(m_name)) {
        qCInfo(lcDatabase) << "connection lost: opening it again";
        close();
    }
    m_dropped = false;
    if (Database::open(m_conninfo, m_name, error).isOpen())
        return true;
    m_failure = {DbError::Kind::ConnectionLost, *error};
    keepClosed();
    return false;
}

void SqlConnection::keepClosed()
{
    // A QSqlQuery on a connection name that is not registered runs on the thread's default
    // connection instead (another thread's, another role's): registered and closed, the job's
    // statements fail here.
    if (!QSqlDatabase::contains(m_name))
        QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
}

void SqlConnection::noteFailure(const QSqlError &error, const QString &text)
{
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        m_dropped = true;
    m_failure = DbError::fromSqlState(state, text);
}

void SqlConnection::close()
{
    // The driver goes first: statements then die without a DEALLOCATE round trip each, which a
    // dropped connection could not answer anyway.
    if (QSqlDatabase::contains(m_name))
        Database::close(m_name);
    m_prepared.clear();
}

QSqlQuery &SqlConnection::prepared(const QString &sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery query(database());
        query.setForwardOnly(true);
        query.prepare(sql);
        ++m_statementsPrepared;
        it = m_prepared.emplace(sql, query).first;
    }
    it->second.finish();
    return it->second;
}

void SqlConnection::trimPrepared()
{
    if (m_prepared.size() >= maximumPrepared)
        m_prepared.clear();
}

bool SqlConnection::exec(QSqlQuery &query, QString *error)
{
    ++m_statementsRun;
    observe(query.lastQuery(), query.boundValues());
    return query.exec() || queryFailed(query, query.lastQuery(), error);
}

bool SqlConnection::exec(const SqlStatement &statement, QList<QSqlRecord> *rows, QString *error)
{
    QSqlQuery &query = prepared(statement.sql());
    for (const auto &[placeholder, value] : statement.values())
        query.bindValue(placeholder, value);
    if (!exec(query, error)) {
        // A statement that failed to prepare (a table a later migration adds) is prepared afresh.
        m_prepared.erase(statement.sql());
        return false;
    }
    while (query.next())
        rows->append(query.record());
    query.finish();
    return true;
}

bool SqlConnection::execDirect(const QString &sql, QString *error)
{
    QSqlQuery query(database());
    ++m_statementsRun;
    observe(sql, {});
    return query.exec(sql) || queryFailed(query, sql, error);
}

bool SqlConnection::queryFailed(const QSqlQuery &query, const QString &sql, QString *error)
{
    *error = Database::errorText(query);
    noteFailure(query.lastError(), *error);
    qCWarning(lcDatabase) << "query failed:" << *error << "in" << sql;
    return false;
}

bool SqlConnection::transactionFailed(QString *error)
{
    const QSqlError last = database().lastError();
    *error = last.text().trimmed();
    if (error->isEmpty())
        *error = QCoreApplication::translate("Database", "The connection to the database was lost.");
    noteFailure(last, *error);
    return false;
}

bool SqlConnection::transaction(QString *error)
{
    ++m_statementsRun;
    return database().transaction() || transactionFailed(error);
}

bool SqlConnection::commit(QString *error)
{
    ++m_statementsRun;
    if (database().commit())
        return true;
    transactionFailed(error);
    rollback();
    return false;
}

void SqlConnection::rollback()
{
    ++m_statementsRun;
    database().rollback();
}
