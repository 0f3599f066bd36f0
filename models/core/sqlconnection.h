#pragma once

#include "dberror.h"
#include "sqlstatement.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

struct pg_result;
using PGresult = pg_result;

#include <atomic>
#include <functional>
#include <unordered_map>

// The database worker's connection, used only on the worker's thread. Statements are prepared
// once per connection and kept, so each later run is one round trip; a connection the server
// dropped is opened again before the next job.
class SqlConnection
{
public:
    explicit SqlConnection(const QString &name);
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    void setConninfo(const QString &conninfo);
    // Opens the connection, or opens it again when the server dropped it.
    bool ensureOpen(QString *error);
    // True when libpq saw the connection die (a restart, pg_terminate_backend, a network change).
    [[nodiscard]] bool broken() const;
    // It was open and is no longer usable: the driver closed it or libpq saw it die.
    [[nodiscard]] bool lost() const;
    void close();

    // The prepared query for this SQL text, ready to bind and exec: the same object every time.
    QSqlQuery &prepared(const QString &sql);
    // Between jobs: keyset pages and filters make a few dozen texts, a long session more.
    void trimPrepared();
    // Runs a statement; on failure `error` says why.
    bool exec(const SqlStatement &statement, QList<QSqlRecord> *rows, QString *error);
    bool exec(QSqlQuery &query, QString *error);
    // Statements that do not depend on one another, in one round trip: what a page reads at once.
    // Each is prepared on this connection once, as QPSQL prepares its queries (PREPARE, then
    // EXECUTE with the values the driver formats, as QPSQL sends them), and all are sent as one
    // query string. `results` gets each statement's rows in order; one failure fails them all.
    bool execBatch(const QList<SqlStatement> &statements, QList<QList<QSqlRecord>> *results, QString *error);
    // QSqlResult's rule for named placeholders, which the statements are written for: ":name"
    // outside quotes (', " and `) and not after a colon (a "::" cast). As QPSQL numbers them, each
    // occurrence is a parameter of its own, $1, $2…; `placeholders` gets their names in that order.
    [[nodiscard]] static QString positionalSql(const QString &sql, QStringList *placeholders);
    // Runs a statement without bound values (one round trip, nothing to prepare).
    bool execDirect(const QString &sql, QString *error);
    // Runs `sql` with `values` as $1, $2… and hands each row to `row` as it arrives (libpq's
    // single-row mode): nothing is held but the row at hand, for an export of any size. `noRows`
    // gets the empty result when there are none (its description still names the columns). A null
    // QByteArray in `values` is SQL NULL.
    // `row` returning false cancels the query; then `error` stays empty.
    bool streamRows(const QString &sql, const QByteArrayList &values, const std::function<bool(const PGresult *)> &row,
                    const std::function<void(const PGresult *)> &noRows, QString *error);

    // Why the job failed: its last statement's failure since clearFailure(), classified, or else the
    // job's own reason (a row that no longer exists). What the pages' banner says.
    [[nodiscard]] DbError failure(const QString &jobReason) const
    {
        return m_failure.isError() ? m_failure : DbError(DbError::Kind::Other, jobReason);
    }
    void clearFailure() { m_failure = {}; }

    bool transaction(QString *error);
    bool commit(QString *error);
    void rollback();

    [[nodiscard]] QSqlDatabase database() const;
    [[nodiscard]] quint64 statementsRun() const { return m_statementsRun; }
    // Each statement sent, each batch, each PREPARE: what a page waits for at a long round trip.
    [[nodiscard]] quint64 roundTrips() const { return m_roundTrips; }
    [[nodiscard]] quint64 statementsPrepared() const { return m_statementsPrepared; }

    // Sees every statement any connection runs, with its values in the order their placeholders
    // occur: how the plan test and the benchmark learn the SQL the models really run. Called on
    // the running thread; none in the application.
    using Observer = void (*)(const QString &sql, const QVariantList &values);
    static void setObserver(Observer observer);

private:
    void noteFailure(const QSqlError &error, const QString &text);
    void keepClosed();
    // Each records why a statement failed (and whether the server ended the connection); false.
    bool queryFailed(const QSqlQuery &query, const QString &sql, QString *error);
    bool transactionFailed(QString *error);
    static void observe(const QString &sql, const QVariantList &values);

    QString m_name;
    QString m_conninfo;
    // The server said the connection ends (SQLSTATE 08..., 57P...) before libpq noticed.
    bool m_dropped = false;
    DbError m_failure;
    // References stay valid while a job holds several of them (unlike QHash on insert).
    std::unordered_map<QString, QSqlQuery> m_prepared;
    // The batches' statements prepared on the server: their names and placeholders in the order
    // they occur. Names are never reused, so a PREPARE that a failed batch may or may not have run
    // never clashes with a later one.
    struct BatchStatement {
        QString name;
        QStringList placeholders;
    };
    std::unordered_map<QString, BatchStatement> m_batchPrepared;
    quint64 m_batchNames = 0;
    QString batchText(const QList<SqlStatement> &statements, QList<std::pair<QString, BatchStatement>> *fresh);
    void deallocateBatchStatements();
    // Read by the benchmark from the GUI thread.
    std::atomic<quint64> m_statementsRun = 0;
    std::atomic<quint64> m_roundTrips = 0;
    std::atomic<quint64> m_statementsPrepared = 0;
};
