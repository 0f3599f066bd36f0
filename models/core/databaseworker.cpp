#include "databaseworker.h"
#include "logging.h"

#include <QCoreApplication>

namespace {
const auto connectionName = QStringLiteral("nido-worker");
// A dropped connection is noticed and opened again this often even when no page asks for anything,
// so that the window's connection status and its live views come back by themselves: a round trip
// every 3 s.
constexpr int checkIntervalMs = 3000;
// While the server cannot be reached, attempts back off from one a second to one every 15 s, and
// never stop for as long as Nido runs.
constexpr int firstRetryMs = 1000;
constexpr int longestRetryMs = 15000;

void stopWorker()
{
    DatabaseWorker::instance()->shutdown();
}
} // namespace

DatabaseWorker *DatabaseWorker::instance()
{
    // Never deleted: stopWorker() ends the thread while the application still exists.
    static auto *worker = new DatabaseWorker;
    return worker;
}

DatabaseWorker::DatabaseWorker()
    : m_connection(std::make_unique<SqlConnection>(connectionName))
{
    m_thread.setObjectName(QStringLiteral("nido-database"));
    m_context = new QObject;
    m_retryTimer = new QTimer(m_context);
    m_retryTimer->setInterval(checkIntervalMs);
    connect(m_retryTimer, &QTimer::timeout, m_context, [this] {
        m_lastAttempt.invalidate();
        // A connection the server ended shows only when something is sent: an idle window asks.
        QString error;
        if (!m_lost && m_connection->database().isOpen())
            m_connection->execDirect(QStringLiteral("SELECT 1"), &error);
        if (m_lost || m_connection->lost())
            openForJob();
    });
    connect(&m_thread, &QThread::started, m_retryTimer, qOverload<>(&QTimer::start));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    qAddPostRoutine(stopWorker);
}

DatabaseWorker::~DatabaseWorker()
{
    shutdown();
}

void DatabaseWorker::queue(Task task)
{
    m_unflushed.append(std::move(task));
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(this, &DatabaseWorker::flush, Qt::QueuedConnection);
}

void DatabaseWorker::flush()
{
    m_flushScheduled = false;
    if (m_unflushed.isEmpty() || !m_thread.isRunning())
        return;
    {
        QMutexLocker lock(&m_queueMutex);
        for (Task &task : m_unflushed)
            m_queue.push_back(std::move(task));
    }
    m_unflushed.clear();
    QMetaObject::invokeMethod(m_context, [this] { drain(); }, Qt::QueuedConnection);
}

void DatabaseWorker::drain()
{
    // Enough for every read of a page; a longer run waits for the next round trip.
    constexpr qsizetype mostStatements = 40;
    for (;;) {
        Task task;
        QList<BatchRead> reads;
        {
            QMutexLocker lock(&m_queueMutex);
            if (m_queue.empty())
                return;
            task = std::move(m_queue.front());
            m_queue.pop_front();
            if (!task.run) {
                qsizetype statements = task.read.statements.size();
                reads.append(std::move(task.read));
                while (!m_queue.empty() && !m_queue.front().run
                       && statements + m_queue.front().read.statements.size() <= mostStatements) {
                    statements += m_queue.front().read.statements.size();
                    reads.append(std::move(m_queue.front().read));
                    m_queue.pop_front();
                }
            }
        }
        if (task.run)
            task.run();
        else
            runReads(reads);
    }
}

void DatabaseWorker::runReads(QList<BatchRead> &reads)
{
    QList<SqlStatement> statements;
    for (const BatchRead &read : std::as_const(reads))
        statements += read.statements;
    QList<QList<QSqlRecord>> rows;
    DbError failure;
    const bool ok = rowsOf(statements, nullptr, &rows, &failure);
    qsizetype taken = 0;
    for (BatchRead &read : reads) {
        if (!ok) {
            // One failed statement fails the batch: each read is tried alone, for its own answer.
            read.complete(nullptr);
            continue;
        }
        QList<QList<QSqlRecord>> own = rows.mid(taken, read.statements.size());
        taken += read.statements.size();
        read.complete(&own);
    }
}

bool DatabaseWorker::rowsOf(const QList<SqlStatement> &statements, QList<QList<QSqlRecord>> *prefetched, QList<QList<QSqlRecord>> *rows,
                            DbError *failure)
{
    if (prefetched) {
        *rows = std::move(*prefetched);
        return true;
    }
    std::function<bool(SqlConnection &)> attempt = [&](SqlConnection &db) {
        rows->clear();
        QString error;
        if (db.execBatch(statements, rows, &error))
            return true;
        *failure = db.failure(error);
        return false;
    };
    return runWithRetry(attempt, Retry::IfDropped);
}

void DatabaseWorker::setConninfo(const QString &conninfo)
{
    m_conninfo = conninfo;
    post([this, conninfo] {
        m_connection->setConninfo(conninfo);
        m_lost = false;
    });
}

void DatabaseWorker::openForJob()
{
    const bool reopening = m_lost || m_connection->lost();
    // While the server is unreachable jobs fail at once; the timer keeps trying meanwhile.
    if (m_lost && m_lastAttempt.isValid() && m_lastAttempt.elapsed() < m_retryDelayMs)
        return;
    m_lastAttempt.start();
    QString error;
    if (!m_connection->ensureOpen(&error)) {
        if (!m_lost)
            Q_EMIT connectionLost(error);
        m_retryDelayMs = m_lost ? qMin(m_retryDelayMs * 2, longestRetryMs) : firstRetryMs;
        m_retryTimer->setInterval(m_retryDelayMs);
        m_lost = true;
        return;
    }
    m_retryDelayMs = firstRetryMs;
    m_retryTimer->setInterval(checkIntervalMs);
    m_connection->trimPrepared();
    if (reopening) {
        ++m_reconnections;
        m_lost = false;
        Q_EMIT connectionRestored();
    }
}

void DatabaseWorker::shutdown()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_context, [this] { m_connection->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}
