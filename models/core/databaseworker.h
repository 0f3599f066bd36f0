#pragma once

#include "sqlconnection.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QStringList>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>

// The thread that owns the window's database connection. Models hand it jobs and get values
// back (rows, small structs), so the window never waits on the network. Jobs run one after the
// other, in the order they were given. A job that fails because the server dropped the
// connection runs once more on a new connection.
//
// A page's models ask for their reads in one turn of the event loop; the worker gets them together
// at its end. Reads given as statements (runBatch) that follow one another are sent in one round
// trip (SqlConnection::execBatch): a page's first answers all come after one round trip.

class DatabaseWorker : public QObject
{
    Q_OBJECT

public:
    [[nodiscard]] static DatabaseWorker *instance();

    // The connection jobs run on from now on; an empty conninfo closes it.
    void setConninfo(const QString &conninfo);
    // The connection string last set, for work that opens a connection of its own (a long export
    // must not hold up the pages' queries). Read on the GUI thread, where it is set.
    [[nodiscard]] QString conninfo() const { return m_conninfo; }

    // Whether a job the server's dropped connection interrupted runs again on a new one: reads do;
    // a transaction whose COMMIT may have reached the server must not be applied twice.
    enum class Retry { IfDropped, Never };

    template<typename T>
    [[nodiscard]] QFuture<T> run(std::function<T(SqlConnection &)> job)
    {
        auto promise = std::make_shared<QPromise<T>>();
        QFuture<T> future = promise->future();
        promise->start();
        post([this, promise, job = std::move(job)]() mutable {
            T result = runWithRetry(job, Retry::IfDropped);
            promise->addResult(std::move(result));
            promise->finish();
        });
        // Its caller may wait for the answer: nothing waits for the end of the turn.
        flush();
        return future;
    }

    // Runs `job` on the worker and hands its value to `done` on the GUI thread, unless `context`
    // was destroyed meanwhile. `done` always runs from the event loop, never inside the call that
    // asked (a model may be in the middle of announcing a change).
    template<typename T, typename Done>
    void run(QObject *context, std::function<T(SqlConnection &)> job, Done done)
    {
        run<T>(context, Retry::IfDropped, std::move(job), std::move(done));
    }
    template<typename T, typename Done>
    void run(QObject *context, Retry retry, std::function<T(SqlConnection &)> job, Done done)
    {
        ++m_pendingDeliveries;
        post([this, retry, context = QPointer<QObject>(context), job = std::move(job), done = std::move(done)]() mutable {
            deliver(context, done, runWithRetry(job, retry));
        });
    }
    // A read whose statements need nothing from another job's: they go in one round trip with the
    // statements of the reads queued right before and after it. `job` gets their rows (each
    // statement's, in order) and may read more; it runs only when they were read.
    template<typename T, typename Done>
    void runBatch(QObject *context, QList<SqlStatement> statements,
                  std::function<T(SqlConnection &, QList<QList<QSqlRecord>> &rows)> job, std::function<T(const DbError &)> failed, Done done)
    {
        ++m_pendingDeliveries;
        BatchRead read;
        read.statements = statements;
        read.complete = [this, statements, context = QPointer<QObject>(context), job = std::move(job), failed = std::move(failed),
                         done = std::move(done)](QList<QList<QSqlRecord>> *prefetched) mutable {
            finishRead(context, statements, prefetched, job, failed, done);
        };
        queue(Task{{}, std::move(read)});
    }
    // Results given to models that have not been handed over yet (tests wait for none).
    [[nodiscard]] int pendingDeliveries() const { return m_pendingDeliveries; }

    // Statements run and prepared since start, and the round trips they took: the benchmark's figures.
    [[nodiscard]] quint64 statementsRun() const { return m_connection->statementsRun(); }
    [[nodiscard]] quint64 roundTrips() const { return m_connection->roundTrips(); }
    [[nodiscard]] quint64 statementsPrepared() const { return m_connection->statementsPrepared(); }
    [[nodiscard]] quint64 reconnections() const { return m_reconnections; }
    void shutdown();

Q_SIGNALS:
    void connectionLost(const QString &error);
    void connectionRestored();

private:
    QString m_conninfo;
    DatabaseWorker();
    ~DatabaseWorker() override;

    struct BatchRead {
        QList<SqlStatement> statements;
        // Given the statements' rows, or nullptr when they are to be read alone.
        std::function<void(QList<QList<QSqlRecord>> *)> complete;
    };
    // Either a job of its own (`run`) or a batch read.
    struct Task {
        std::function<void()> run;
        BatchRead read;
    };
    void post(std::function<void()> task) { queue(Task{std::move(task), {}}); }
    // From the worker: `done` gets `result` on the GUI thread, unless `context` is gone by then.
    template<typename T, typename Done>
    void deliver(const QPointer<QObject> &context, Done &done, T result)
    {
        QMetaObject::invokeMethod(
            this,
            [this, context, done, result = std::move(result)]() mutable {
                if (context)
                    done(std::move(result));
                --m_pendingDeliveries;
            },
            Qt::QueuedConnection);
    }
    // On the worker: the rows of `statements`, given (from the merged batch) or else read, once more
    // on a new connection when the server dropped it.
    bool rowsOf(const QList<SqlStatement> &statements, QList<QList<QSqlRecord>> *prefetched, QList<QList<QSqlRecord>> *rows, DbError *failure);
    template<typename T, typename Done>
    void finishRead(const QPointer<QObject> &context, const QList<SqlStatement> &statements, QList<QList<QSqlRecord>> *prefetched,
                    std::function<T(SqlConnection &, QList<QList<QSqlRecord>> &rows)> &job, std::function<T(const DbError &)> &failed, Done &done)
    {
        QList<QList<QSqlRecord>> rows;
        DbError failure;
        if (!rowsOf(statements, prefetched, &rows, &failure))
            return deliver(context, done, failed(failure));
        std::function<T(SqlConnection &)> attempt = [&](SqlConnection &db) { return job(db, rows); };
        deliver(context, done, runWithRetry(attempt, Retry::IfDropped));
    }
    // On the GUI thread: kept until the end of the turn (flush()), so that a page's reads go together.
    void queue(Task task);
    void flush();
    // On the worker thread: runs what was flushed, merging consecutive batch reads.
    void drain();
    void runReads(QList<BatchRead> &reads);
    template<typename T>
    T runWithRetry(std::function<T(SqlConnection &)> &job, Retry retry)
    {
        m_connection->clearFailure();
        openForJob();
        T result = job(*m_connection);
        if (retry == Retry::IfDropped && m_connection->lost()) {
            m_connection->clearFailure();
            openForJob();
            if (!m_connection->lost())
                result = job(*m_connection);
        }
        return result;
    }
    // On the worker thread.
    void openForJob();

    QThread m_thread;
    QObject *m_context = nullptr;
    // On the worker thread: while the server is unreachable, tries again now and then.
    QTimer *m_retryTimer = nullptr;
    std::unique_ptr<SqlConnection> m_connection;
    bool m_lost = false;
    int m_retryDelayMs = 1000;
    QElapsedTimer m_lastAttempt;
    std::atomic<quint64> m_reconnections = 0;
    int m_pendingDeliveries = 0;
    // On the GUI thread.
    QList<Task> m_unflushed;
    bool m_flushScheduled = false;
    QMutex m_queueMutex;
    std::deque<Task> m_queue;
};
