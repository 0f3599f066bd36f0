#include "sessionactivitynotifier.h"
#include "databaseworker.h"

namespace {
// A live session reaches its view within two seconds. Nido adds nothing to the backend's insert
// path (a NOTIFY there failed every insert once a caregiver filled the queue): it asks about the
// sessions shown, by their ids, on the indexes of their heartbeats and messages.
constexpr int pollIntervalMs = 1500;
}

SessionActivityNotifier::SessionActivityNotifier(QObject *parent)
    : QObject(parent)
{
    m_pollTimer.setInterval(pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &SessionActivityNotifier::poll);
}

SessionActivityNotifier *SessionActivityNotifier::instance()
{
    static SessionActivityNotifier notifier;
    return &notifier;
}

void SessionActivityNotifier::watch(const QString &sessionId)
{
    m_watched.append(sessionId);
    // What the view has just read is the baseline: activity right after it is news.
    poll();
    if (!m_pollTimer.isActive())
        m_pollTimer.start();
}

void SessionActivityNotifier::unwatch(const QString &sessionId)
{
    m_watched.removeOne(sessionId);
    if (!m_watched.contains(sessionId))
        m_lastSeen.remove(sessionId);
    if (m_watched.isEmpty())
        m_pollTimer.stop();
}

void SessionActivityNotifier::poll()
{
    if (m_polling) {
        // What arrived meanwhile may be after the answer on its way: ask once more then.
        m_pollAgain = true;
        return;
    }
    QStringList unique = m_watched;
    unique.removeDuplicates();
    SqlStatement statement;
    statement.prepare(QStringLiteral(
        "SELECT s.id::text, concat_ws('/', s.status, x.\"lastHeartbeat\", x.\"lastMessage\") "
        "FROM nido.sessions_by_id(current_user, CAST(:sessions AS uuid[])) s "
        "CROSS JOIN nido.session_signs(current_user, s.\"userId\", s.id) x"));
    statement.bindValue(QStringLiteral(":sessions"), QString(u'{' + unique.join(u',') + u'}'));
    m_polling = true;
    // With the reads of the page that shows the sessions, in their round trip.
    DatabaseWorker::instance()->runBatch<QList<QSqlRecord>>(
        this, {statement}, [](SqlConnection &, QList<QList<QSqlRecord>> &rows) { return rows.at(0); },
        [](const DbError &) { return QList<QSqlRecord>(); },
        [this](const QList<QSqlRecord> &rows) {
            m_polling = false;
            if (std::exchange(m_pollAgain, false))
                QMetaObject::invokeMethod(this, &SessionActivityNotifier::poll, Qt::QueuedConnection);
            for (const QSqlRecord &row : rows) {
                const QString session = row.value(0).toString();
                const QString latest = row.value(1).toString();
                const auto seen = m_lastSeen.constFind(session);
                const bool changed = seen != m_lastSeen.constEnd() && *seen != latest;
                m_lastSeen.insert(session, latest);
                if (changed)
                    Q_EMIT activity(session);
            }
        });
}
