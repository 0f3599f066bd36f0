#include "sessioninfo.h"
#include "database.h"
#include "sessionsql.h"
#include "wakinghours.h"
#include "sqlconnection.h"

#include "jsontext.h"
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

QList<SqlStatement> SessionInfo::statements(const QString &childId, const QString &sessionId)
{
    return {sessionStatement(childId, sessionId), memoriesStatement(childId, sessionId)};
}

bool SessionInfo::read(const QList<QList<QSqlRecord>> &rows, QString *error)
{
    if (rows.value(0).isEmpty()) {
        *error = QCoreApplication::translate("SessionDetail", "This session no longer exists.");
        return false;
    }
    readSession(rows.at(0).at(0));
    readMemories(rows.at(1));
    return true;
}

SqlStatement SessionInfo::sessionStatement(const QString &childId, const QString &sessionId)
{
    SqlStatement query;
    query.prepare(QStringLiteral(
        "SELECT vs.status::text, vs.\"startedAt\", vs.\"endedAt\", %2, a.name, vs.language, "
        "  vs.metadata::text, vs.\"messageCount\", vs.\"totalTokensUsed\", vs.\"totalCost\", "
        "  s.heartbeats, s.\"lastHeartbeat\", CASE WHEN jsonb_typeof(p.routines) = 'object' THEN p.routines::text END "
        "FROM %3 LEFT JOIN nido.visible_agents(current_user) a ON a.id = %1 "
        "  CROSS JOIN nido.session_signs(current_user, CAST(:child AS uuid), CAST(:session AS uuid)) s "
        "  LEFT JOIN %4 ON true "
        "WHERE vs.id = CAST(:session AS uuid)")
                                  .arg(SessionSql::agentId(), SessionSql::knownDurationSeconds(), SessionSql::childSessions(),
                                       SessionSql::childProfile()));
    query.bindValue(QStringLiteral(":session"), sessionId);
    query.bindValue(QStringLiteral(":child"), childId);
    return query;
}

void SessionInfo::readSession(const QSqlRecord &query)
{
    status = query.value(0).toString();
    live = status == u"active";
    startedAt = Database::fromUtcTimestamp(query.value(1));
    endedAt = Database::fromUtcTimestamp(query.value(2));
    durationSeconds = query.value(3).isNull() ? -1 : query.value(3).toInt();
    agentName = query.value(4).toString();
    language = query.value(5).toString();
    const QJsonObject metadata = parsedJson(query.value(6).toString()).toObject();
    roomType = metadata.value(QStringLiteral("roomType")).toString();
    startMethod = metadata.value(QStringLiteral("startMethod")).toString();
    const QJsonValue present = metadata.value(QStringLiteral("parentPresent"));
    parentPresent = present.isBool() ? (present.toBool() ? QStringLiteral("yes") : QStringLiteral("no")) : QString();
    messageCount = query.value(7).toInt();
    totalTokensUsed = query.value(8).toInt();
    totalCost = query.value(9).toDouble();
    heartbeatCount = query.value(10).toInt();
    lastHeartbeatAt = Database::fromUtcTimestamp(query.value(11));
    outsideWakingHours = WakingHours::fromRoutines(parsedJson(query.value(12).toString()).toObject())
                             .describe(startedAt.toLocalTime().time());
}

SqlStatement SessionInfo::memoriesStatement(const QString &childId, const QString &sessionId)
{
    SqlStatement query;
    query.prepare(QStringLiteral(
        "SELECT mc.id::text, mc.content, mc.category, mc.importance "
        "FROM nido.memories(current_user, CAST(:child AS uuid), jsonb_build_object('session', CAST(:session AS text)), 'oldest', NULL, NULL, NULL) mc "
        "ORDER BY mc.\"createdAt\", mc.id"));
    query.bindValue(QStringLiteral(":session"), sessionId);
    query.bindValue(QStringLiteral(":child"), childId);
    return query;
}

void SessionInfo::readMemories(const QList<QSqlRecord> &rows)
{
    for (const QSqlRecord &row : rows) {
        memories.append(QVariantMap{{QStringLiteral("memoryId"), row.value(0)},
                                      {QStringLiteral("content"), row.value(1)},
                                      {QStringLiteral("category"), row.value(2)},
                                      {QStringLiteral("importance"), row.value(3).toDouble()}});
    }
}
