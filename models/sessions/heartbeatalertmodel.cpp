#include "heartbeatalertmodel.h"
#include "localdays.h"
#include "sessionsql.h"

#include <QDateTime>

HeartbeatAlertModel::HeartbeatAlertModel(QObject *parent)
    : ChildRowsModel(parent)
{
}

QHash<int, QByteArray> HeartbeatAlertModel::roleNames() const
{
    return {{HeartbeatIdRole, "heartbeatId"}, {AtRole, "at"}, {StatusRole, "status"}, {DeviceIdRole, "deviceId"},
            {ErrorMessageRole, "errorMessage"}};
}

void HeartbeatAlertModel::setSessionId(const QString &sessionId)
{
    if (m_sessionId == sessionId)
        return;
    m_sessionId = sessionId;
    Q_EMIT sourceChanged();
    scheduleReload(true);
}

void HeartbeatAlertModel::setDays(int days)
{
    days = qBound(1, days, 366);
    if (m_days == days)
        return;
    m_days = days;
    Q_EMIT sourceChanged();
    scheduleReload(true);
}

bool HeartbeatAlertModel::preparePage(SqlStatement &query, const QSqlRecord *last, int limit) const
{
    if (childId().isEmpty())
        return false;
    // Session by session (LATERAL), each from the problems' index (migration 0011): without
    // statistics on "sessionId" (migration 0007) a join would hash every heartbeat instead.
    const QString cursor = last ? QStringLiteral(" AND (h.timestamp, h.id) < (CAST(:cursorTime AS timestamp), CAST(:cursorId AS uuid))")
                                : QString();
    QString sql = QStringLiteral(
        "SELECT h.id::text AS \"heartbeatId\", h.timestamp AS at, h.timestamp::text AS \"atKey\", h.status, "
        "  h.\"deviceId\", h.\"errorMessage\" "
        "FROM voice_sessions vs CROSS JOIN LATERAL (SELECT * FROM session_heartbeats h WHERE h.\"sessionId\" = vs.id "
        "  AND %1%2 ORDER BY h.timestamp DESC, h.id DESC LIMIT :limit) h "
        "WHERE vs.\"userId\" = CAST(:child AS uuid)").arg(SessionSql::heartbeatProblem(), cursor);
    sql += m_sessionId.isEmpty() ? QStringLiteral(" AND vs.\"startedAt\" >= CAST(:from AS timestamp)")
                                 : QStringLiteral(" AND vs.id = CAST(:session AS uuid)");
    sql += QStringLiteral(" ORDER BY h.timestamp DESC, h.id DESC LIMIT :limit");
    query.prepare(sql);
    query.bindValue(QStringLiteral(":child"), childId());
    if (m_sessionId.isEmpty())
        query.bindValue(QStringLiteral(":from"), LocalDays::lastDays(m_days).startTimestamp());
    else
        query.bindValue(QStringLiteral(":session"), m_sessionId);
    if (last) {
        query.bindValue(QStringLiteral(":cursorTime"), last->value(QStringLiteral("atKey")));
        query.bindValue(QStringLiteral(":cursorId"), last->value(QStringLiteral("heartbeatId")));
    }
    query.bindValue(QStringLiteral(":limit"), limit);
    return true;
}
