#include "sessiondetail.h"
#include "database.h"
#include "sessionactivitynotifier.h"
#include "sessionsql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

SessionDetail::SessionDetail(QObject *parent)
    : QObject(parent)
{
    connect(SessionActivityNotifier::instance(), &SessionActivityNotifier::activity, this, [this](const QString &session) {
        if (session != m_sessionId)
            return;
        reload();
        Q_EMIT activityArrived();
    });
}

SessionDetail::~SessionDetail()
{
    if (!m_watchedSession.isEmpty())
        SessionActivityNotifier::instance()->unwatch(m_watchedSession);
}

void SessionDetail::setChildId(const QString &childId)
{
    if (m_childId == childId)
        return;
    m_childId = childId;
    Q_EMIT sourceChanged();
    reload();
}

void SessionDetail::setSessionId(const QString &sessionId)
{
    if (m_sessionId == sessionId)
        return;
    m_sessionId = sessionId;
    Q_EMIT sourceChanged();
    reload();
}

void SessionDetail::reload()
{
    m_loaded = false;
    m_errorString.clear();
    m_memories.clear();
    if (!m_childId.isEmpty() && !QUuid::fromString(m_sessionId).isNull())
        m_loaded = loadSession() && loadMemories();
    updateWatch();
    Q_EMIT detailChanged();
}

void SessionDetail::updateWatch()
{
    const QString wanted = m_loaded && live() ? m_sessionId : QString();
    if (wanted == m_watchedSession)
        return;
    if (!m_watchedSession.isEmpty())
        SessionActivityNotifier::instance()->unwatch(m_watchedSession);
    m_watchedSession = wanted;
    if (!wanted.isEmpty())
        SessionActivityNotifier::instance()->watch(wanted);
}

bool SessionDetail::loadSession()
{
    QSqlQuery query;
    query.prepare(QStringLiteral(
        "SELECT vs.status::text, vs.\"startedAt\", vs.\"endedAt\", vs.\"durationSeconds\", a.name, vs.language, "
        "  vs.metadata::text, vs.\"messageCount\", vs.\"totalTokensUsed\", vs.\"totalCost\", "
        "  (SELECT COUNT(*) FROM session_heartbeats h WHERE h.\"sessionId\" = vs.id), "
        "  (SELECT MAX(h.timestamp) FROM session_heartbeats h WHERE h.\"sessionId\" = vs.id) "
        "FROM voice_sessions vs LEFT JOIN agents a ON a.id = %1 "
        "WHERE vs.id = CAST(:session AS uuid) AND vs.\"userId\" = CAST(:child AS uuid)").arg(SessionSql::agentId()));
    query.bindValue(QStringLiteral(":session"), m_sessionId);
    query.bindValue(QStringLiteral(":child"), m_childId);
    if (!Database::execute(query)) {
        m_errorString = Database::errorText(query);
        return false;
    }
    if (!query.next()) {
        m_errorString = tr("This session no longer exists.");
        m_status.clear();
        return false;
    }
    m_status = query.value(0).toString();
    m_startedAt = Database::fromUtcTimestamp(query.value(1));
    m_endedAt = Database::fromUtcTimestamp(query.value(2));
    m_durationSeconds = query.value(3).toInt();
    m_agentName = query.value(4).toString();
    m_language = query.value(5).toString();
    const QJsonObject metadata = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    m_roomType = metadata.value(QStringLiteral("roomType")).toString();
    m_startMethod = metadata.value(QStringLiteral("startMethod")).toString();
    const QJsonValue present = metadata.value(QStringLiteral("parentPresent"));
    m_parentPresent = present.isBool() ? (present.toBool() ? QStringLiteral("yes") : QStringLiteral("no")) : QString();
    m_messageCount = query.value(7).toInt();
    m_totalTokensUsed = query.value(8).toInt();
    m_totalCost = query.value(9).toDouble();
    m_heartbeatCount = query.value(10).toInt();
    m_lastHeartbeatAt = Database::fromUtcTimestamp(query.value(11));
    return true;
}

bool SessionDetail::loadMemories()
{
    QSqlQuery query;
    query.prepare(QStringLiteral(
        "SELECT mc.id::text, mc.content, mc.category::text, mc.importance FROM memory_contexts mc "
        "WHERE mc.\"sessionId\" = CAST(:session AS uuid) AND mc.\"userId\" = CAST(:child AS uuid) "
        "ORDER BY mc.\"createdAt\", mc.id"));
    query.bindValue(QStringLiteral(":session"), m_sessionId);
    query.bindValue(QStringLiteral(":child"), m_childId);
    if (!Database::execute(query)) {
        m_errorString = Database::errorText(query);
        return false;
    }
    while (query.next()) {
        m_memories.append(QVariantMap{{QStringLiteral("memoryId"), query.value(0)},
                                      {QStringLiteral("content"), query.value(1)},
                                      {QStringLiteral("category"), query.value(2)},
                                      {QStringLiteral("importance"), query.value(3).toDouble()}});
    }
    return true;
}
