#include "sessionactivitynotifier.h"
#include "database.h"
#include "logging.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>

namespace {
const auto channel = QStringLiteral("nido_session_activity");
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

void SessionActivityNotifier::start()
{
    m_started = true;
    QSqlDatabase db = QSqlDatabase::database();
    QSqlQuery trigger(db);
    const bool installed = trigger.exec(QStringLiteral("SELECT COUNT(*) = 2 FROM pg_trigger WHERE tgname IN "
                                                       "('nido_notify_heartbeats', 'nido_notify_messages')"))
        && trigger.next() && trigger.value(0).toBool();
    if (installed && db.driver()->subscribeToNotification(channel)) {
        connect(db.driver(), &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                    if (name == channel)
                        Q_EMIT activity(payload.toString());
                });
        m_listening = true;
        return;
    }
    qCInfo(lcDatabase) << "session activity trigger not installed: polling every" << pollIntervalMs << "ms";
}

void SessionActivityNotifier::watch(const QString &sessionId)
{
    if (!m_started)
        start();
    m_watched.append(sessionId);
    if (!m_listening && !m_pollTimer.isActive())
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
    QSqlQuery query;
    query.prepare(QStringLiteral(
        "SELECT s.id::text, concat_ws('/', (SELECT MAX(timestamp) FROM session_heartbeats h WHERE h.\"sessionId\" = s.id), "
        "  (SELECT MAX(\"createdAt\") FROM ai_conversations c WHERE c.\"sessionId\" = s.id)) "
        "FROM voice_sessions s WHERE s.id = ANY(CAST(:sessions AS uuid[]))"));
    QStringList unique = m_watched;
    unique.removeDuplicates();
    query.bindValue(QStringLiteral(":sessions"), QString(u'{' + unique.join(u',') + u'}'));
    if (!Database::execute(query))
        return;
    while (query.next()) {
        const QString session = query.value(0).toString();
        const QString latest = query.value(1).toString();
        const auto seen = m_lastSeen.constFind(session);
        const bool changed = seen != m_lastSeen.constEnd() && *seen != latest;
        m_lastSeen.insert(session, latest);
        if (changed)
            Q_EMIT activity(session);
    }
}
