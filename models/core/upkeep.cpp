#include "upkeep.h"
#include "changehub.h"
#include "databaseworker.h"
#include "logging.h"
#include "sqlconnection.h"

#include <QPointer>
#include <QThread>

namespace {
// A minute after the window opens, then hourly: a memory outlives its expiry by an hour at most while
// Nido runs, and the system timer covers the time it does not.
constexpr int firstRunMs = 60 * 1000;
constexpr int intervalMs = 60 * 60 * 1000;
// A window deletes at most this many batches a run; the system timer does the rest.
constexpr int batchesPerRun = 20;
}

Upkeep::Upkeep(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &Upkeep::run);
}

Upkeep::~Upkeep()
{
    // A batch under way finishes: it is one statement, and the window is closing.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void Upkeep::setActive(bool active)
{
    if (active == this->active())
        return;
    if (active) {
        m_timer.start(firstRunMs);
    } else {
        m_timer.stop();
    }
    Q_EMIT activeChanged();
}

bool Upkeep::purgeExpiredBatch(SqlConnection &db, QHash<QString, int> *deleted, QString *error)
{
    deleted->clear();
    QSqlQuery &query = db.prepared(QStringLiteral("SELECT child::text, deleted FROM nido.purge_expired(current_user, :batch)"));
    query.bindValue(QStringLiteral(":batch"), batchSize);
    if (!db.exec(query, error))
        return false;
    while (query.next())
        deleted->insert(query.value(0).toString(), query.value(1).toInt());
    query.finish();
    return true;
}

bool Upkeep::countRecentMinutes(SqlConnection &db, QString *error)
{
    // A hundred sessions a statement, each statement its own transaction (a count holds a lock per
    // session until it commits), as many as it takes.
    QSqlQuery &count = db.prepared(QStringLiteral("SELECT nido.count_recent_heartbeat_minutes(current_user)"));
    for (;;) {
        if (!db.exec(count, error) || !count.next())
            return false;
        const int counted = count.value(0).toInt();
        count.finish();
        if (counted == 0)
            return true;
    }
}

void Upkeep::run()
{
    m_timer.setInterval(intervalMs);
    if (m_thread)
        return;
    // On a connection of its own, as an export: the pages' queries never wait behind a batch. Each
    // batch is a statement, so a transaction, of its own: the backend waits on none for long.
    const QString conninfo = DatabaseWorker::instance()->conninfo();
    const QPointer<Upkeep> self(this);
    m_thread = QThread::create([self, conninfo] {
        QHash<QString, int> deleted;
        QString error;
        {
            SqlConnection db(QStringLiteral("nido-upkeep-%1").arg(quintptr(QThread::currentThreadId())));
            db.setConninfo(conninfo);
            QHash<QString, int> batch;
            for (int i = 0; i < batchesPerRun && db.ensureOpen(&error); ++i) {
                if (!purgeExpiredBatch(db, &batch, &error) || batch.isEmpty())
                    break;
                for (auto it = batch.cbegin(); it != batch.cend(); ++it)
                    deleted[it.key()] += it.value();
            }
            // And what deletions could not take at once: reviews a caregiver held locked (migration 17).
            if (error.isEmpty() && db.ensureOpen(&error))
                db.execDirect(QStringLiteral("SELECT nido.sweep_reviews()"), &error);
            if (error.isEmpty() && db.ensureOpen(&error))
                countRecentMinutes(db, &error);
        }
        QMetaObject::invokeMethod(self, [self, deleted, error] {
            if (self)
                self->finish(deleted, error);
        }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void Upkeep::finish(const QHash<QString, int> &deleted, const QString &error)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (!error.isEmpty())
        qCWarning(lcDatabase) << "the upkeep failed:" << error;
    int total = 0;
    for (auto it = deleted.cbegin(); it != deleted.cend(); ++it) {
        total += it.value();
        Q_EMIT ChangeHub::instance()->memoriesChanged(it.key());
    }
    if (total > 0)
        qCInfo(lcDatabase) << "deleted" << total << "expired memories";
}
