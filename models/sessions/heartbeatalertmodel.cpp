#include "heartbeatalertmodel.h"
#include "localdays.h"

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
    // The server reads the problems session by session from their partial index (migration 11).
    QString sql = QStringLiteral(
        "SELECT h.id::text AS \"heartbeatId\", h.timestamp AS at, h.timestamp::text AS \"atKey\", h.status, "
        "  h.\"deviceId\", h.\"errorMessage\" FROM ");
    sql += m_sessionId.isEmpty()
        ? QStringLiteral("nido.heartbeats_of_sessions(current_user, CAST(:child AS uuid), CAST(:from AS timestamp), NULL, true) h")
        : QStringLiteral("nido.heartbeats_of_session(current_user, CAST(:child AS uuid), CAST(:session AS uuid), NULL, NULL, true) h");
    if (last)
        sql += QStringLiteral(" WHERE (h.timestamp, h.id) < (CAST(:cursorTime AS timestamp), CAST(:cursorId AS uuid))");
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
