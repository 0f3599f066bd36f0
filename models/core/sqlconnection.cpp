#include "sqlconnection.h"
#include "database.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

#include <libpq-fe.h>

namespace {

// The rows of the query's current result. QSqlQuery::record() describes every column afresh for
// each row (a name, a table and a type of its own per field: 12 MB for a timeline scrolled to its
// hundredth page); the rows share the first row's description instead.
QList<QSqlRecord> readRows(QSqlQuery &query)
{
    QList<QSqlRecord> rows;
    QSqlRecord description;
    while (query.next()) {
        if (rows.isEmpty()) {
            description = query.record();
            rows.append(description);
            continue;
        }
        QSqlRecord row = description;
        for (int column = 0; column < row.count(); ++column)
            row.setValue(column, query.value(column));
        rows.append(row);
    }
    return rows;
}

constexpr int maximumPrepared = 200;
std::atomic<SqlConnection::Observer> observer = nullptr;
}

namespace {
bool placeholderCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// What QSqlResult sends as NULL: a null variant, and the null string, bytes, date and time too.
bool sentAsNull(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDateTime:
        return value.toDateTime().isNull();
    case QMetaType::QDate:
        return value.toDate().isNull();
    case QMetaType::QTime:
        return value.toTime().isNull();
    default:
        return false;
    }
}

QVariant boundValue(const SqlStatement &statement, const QString &placeholder)
{
    // The last value bound to a name is the one QSqlQuery sends.
    const auto &values = statement.values();
    for (auto it = values.crbegin(); it != values.crend(); ++it) {
        if (it->first == placeholder)
            return it->second;
    }
    return {};
}
} // namespace

QString SqlConnection::positionalSql(const QString &sql, QStringList *placeholders)
{
    QString result;
    result.reserve(sql.size());
    QChar closingQuote;
    for (qsizetype i = 0; i < sql.size();) {
        const QChar c = sql.at(i);
        if (closingQuote.isNull() && c == u':' && (i == 0 || sql.at(i - 1) != u':') && i + 1 < sql.size()
            && placeholderCharacter(sql.at(i + 1))) {
            qsizetype end = i + 2;
            while (end < sql.size() && placeholderCharacter(sql.at(end)))
                ++end;
            placeholders->append(sql.mid(i, end - i));
            result += u'$' + QString::number(placeholders->size());
            i = end;
            continue;
        }
        if (closingQuote.isNull() && (c == u'\'' || c == u'"' || c == u'`'))
            closingQuote = c;
        else if (c == closingQuote)
            closingQuote = QChar();
        result += c;
        ++i;
    }
    return result;
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
    m_batchPrepared.clear();
}

QSqlQuery &SqlConnection::prepared(const QString &sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery query(database());
        query.setForwardOnly(true);
        query.prepare(sql);
        ++m_statementsPrepared;
        ++m_roundTrips;
        it = m_prepared.emplace(sql, query).first;
    }
    it->second.finish();
    return it->second;
}

void SqlConnection::trimPrepared()
{
    if (m_prepared.size() >= maximumPrepared)
        m_prepared.clear();
    if (m_batchPrepared.size() >= maximumPrepared)
        deallocateBatchStatements();
}

bool SqlConnection::exec(QSqlQuery &query, QString *error)
{
    ++m_statementsRun;
    ++m_roundTrips;
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
    *rows += readRows(query);
    query.finish();
    return true;
}

QString SqlConnection::batchText(const QList<SqlStatement> &statements, QList<std::pair<QString, BatchStatement>> *fresh)
{
    const QSqlDriver *driver = database().driver();
    QHash<QString, qsizetype> freshIndex;
    // The new statements' PREPAREs first, then every EXECUTE: the answers come in that order.
    QString prepares;
    QString executes;
    for (const SqlStatement &statement : statements) {
        const BatchStatement *prepared = nullptr;
        if (auto it = m_batchPrepared.find(statement.sql()); it != m_batchPrepared.end()) {
            prepared = &it->second;
        } else if (auto at = freshIndex.constFind(statement.sql()); at != freshIndex.constEnd()) {
            prepared = &fresh->at(*at).second;
        } else {
            BatchStatement entry{QStringLiteral("nido_batch_%1").arg(++m_batchNames), {}};
            const QString positional = positionalSql(statement.sql(), &entry.placeholders);
            prepares += QStringLiteral("PREPARE %1 AS %2;\n").arg(entry.name, positional);
            freshIndex.insert(statement.sql(), fresh->size());
            fresh->append({statement.sql(), entry});
            prepared = &fresh->constLast().second;
            ++m_statementsPrepared;
        }
        QStringList values;
        QVariantList observed;
        for (const QString &placeholder : prepared->placeholders) {
            const QVariant value = boundValue(statement, placeholder);
            QSqlField field(QString(), value.metaType());
            if (!sentAsNull(value))
                field.setValue(value);
            values << driver->formatValue(field);
            observed << value;
        }
        executes += values.isEmpty() ? QStringLiteral("EXECUTE %1;\n").arg(prepared->name)
                                 : QStringLiteral("EXECUTE %1(%2);\n").arg(prepared->name, values.join(QStringLiteral(", ")));
        ++m_statementsRun;
        observe(statement.sql(), observed);
    }
    return prepares + executes;
}

bool SqlConnection::execBatch(const QList<SqlStatement> &statements, QList<QList<QSqlRecord>> *results, QString *error)
{
    results->clear();
    if (statements.isEmpty())
        return true;
    QList<std::pair<QString, BatchStatement>> fresh;
    const QString text = batchText(statements, &fresh);
    ++m_roundTrips;
    QSqlQuery query(database());
    // Forward only: rows come as they are read, and records name no table (a lookup each).
    query.setForwardOnly(true);
    bool ok = query.exec(text);
    qsizetype answer = 0;
    const qsizetype answers = fresh.size() + statements.size();
    while (ok) {
        if (answer < fresh.size()) {
            // Kept only once the server said so: a failed batch may have run some PREPAREs and not others.
            m_batchPrepared.insert(fresh.at(answer));
        } else {
            results->append(readRows(query));
        }
        if (++answer == answers)
            return true;
        ok = query.nextResult();
    }
    results->clear();
    const QString sql = answer < fresh.size() ? fresh.at(answer).first : statements.at(qMin(answer - fresh.size(), statements.size() - 1)).sql();
    return queryFailed(query, sql, error);
}

void SqlConnection::deallocateBatchStatements()
{
    QString text;
    for (const auto &[sql, entry] : m_batchPrepared)
        text += QStringLiteral("DEALLOCATE %1;").arg(entry.name);
    m_batchPrepared.clear();
    QString error;
    if (!text.isEmpty())
        execDirect(text, &error);
}

bool SqlConnection::execDirect(const QString &sql, QString *error)
{
    QSqlQuery query(database());
    ++m_statementsRun;
    ++m_roundTrips;
    observe(sql, {});
    return query.exec(sql) || queryFailed(query, sql, error);
}

bool SqlConnection::streamRows(const QString &sql, const QByteArrayList &values, const std::function<bool(const PGresult *)> &row,
                               const std::function<void(const PGresult *)> &noRows, QString *error)
{
    PGconn *connection = Database::nativeHandle(database());
    ++m_statementsRun;
    ++m_roundTrips;
    QVariantList observed;
    QList<const char *> texts;
    for (const QByteArray &value : values) {
        observed << (value.isNull() ? QVariant() : QVariant(QString::fromUtf8(value)));
        texts << (value.isNull() ? nullptr : value.constData());
    }
    observe(sql, observed);
    // Qt reads its forward-only queries a row at a time too: what it left unread goes first.
    if (connection) {
        while (PGresult *pending = PQgetResult(connection))
            PQclear(pending);
    }
    if (!connection || !PQsendQueryParams(connection, sql.toUtf8().constData(), int(texts.size()), nullptr, texts.constData(), nullptr, nullptr, 0)
        || !PQsetSingleRowMode(connection)) {
        *error = connection ? QString::fromUtf8(PQerrorMessage(connection)).trimmed() : QCoreApplication::translate("Database", "Not connected to PostgreSQL.");
        return false;
    }
    bool wanted = true;
    bool ok = true;
    bool any = false;
    while (PGresult *result = PQgetResult(connection)) {
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_TUPLES_OK && !any && wanted)
            noRows(result);
        any |= status == PGRES_SINGLE_TUPLE;
        if (status == PGRES_SINGLE_TUPLE && wanted) {
            if (!row(result)) {
                wanted = false;
                ok = false;
                if (PGcancel *cancel = PQgetCancel(connection)) {
                    char reason[256];
                    PQcancel(cancel, reason, sizeof reason);
                    PQfreeCancel(cancel);
                }
            }
        } else if (status != PGRES_SINGLE_TUPLE && status != PGRES_TUPLES_OK && wanted) {
            *error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            ok = false;
        }
        PQclear(result);
    }
    return ok;
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
    ++m_roundTrips;
    return database().transaction() || transactionFailed(error);
}

bool SqlConnection::commit(QString *error)
{
    ++m_statementsRun;
    ++m_roundTrips;
    if (database().commit())
        return true;
    transactionFailed(error);
    rollback();
    return false;
}

void SqlConnection::rollback()
{
    ++m_statementsRun;
    ++m_roundTrips;
    database().rollback();
}
