#include "agentlistmodel.h"
#include "database.h"
#include "localdays.h"
#include "sessionsql.h"

namespace {

// 0: the child's own, 1: public, 2: another's the child has met.
QString agentsOfChild()
{
    return QStringLiteral(
        "SELECT * FROM ("
        " SELECT a.id::text AS id, a.name, COALESCE(a.description, '') AS description, a.\"isPublic\", "
        "  a.\"ownerUserId\" IS NOT DISTINCT FROM CAST(:child AS uuid) AS owned, "
        "  CASE WHEN a.\"ownerUserId\" = CAST(:child AS uuid) THEN 0 WHEN a.\"isPublic\" THEN 1 ELSE 2 END AS \"rank\", "
        "  COALESCE(m.memories, 0) AS memories, "
        "  COALESCE(w.sessions, 0) AS \"sessionsThisWeek\", COALESCE(w.seconds, 0) / 60.0 AS \"minutesThisWeek\", "
        "  CASE WHEN t.seconds > 0 THEN COALESCE(w.seconds, 0) / t.seconds ELSE 0 END AS \"shareThisWeek\", w.\"lastTalkedAt\" "
        " FROM nido.visible_agents(current_user) a "
        // The child's sessions read once, grouped by agent (per agent, each read them all again).
        " LEFT JOIN (SELECT %1 AS \"agentId\", COUNT(*) FILTER (WHERE vs.\"startedAt\" >= CAST(:from AS timestamp)) AS sessions, "
        "    SUM(%2) FILTER (WHERE vs.\"startedAt\" >= CAST(:from AS timestamp)) AS seconds, MAX(vs.\"startedAt\") AS \"lastTalkedAt\" "
        "    FROM %3 GROUP BY 1) w ON w.\"agentId\" = a.id "
        " CROSS JOIN (SELECT SUM(%2) AS seconds FROM %4) t "
        " LEFT JOIN (SELECT g.\"agentId\", SUM(g.memories)::bigint AS memories "
        "   FROM nido.memory_tally(current_user, CAST(:child AS uuid), '{\"archived\": false}') g GROUP BY 1) m ON m.\"agentId\" = a.id "
        " WHERE a.\"isPublic\" OR a.\"ownerUserId\" = CAST(:child AS uuid) "
        "    OR m.memories IS NOT NULL "
        "    OR w.\"lastTalkedAt\" IS NOT NULL) x ")
        .arg(SessionSql::agentId(), SessionSql::talkedSeconds(), SessionSql::childSessions(),
             SessionSql::childSessions(QStringLiteral("CAST(:from AS timestamp)")));
}

} // namespace

AgentListModel::AgentListModel(QObject *parent)
    : ChildRowsModel(parent)
{
}

QHash<int, QByteArray> AgentListModel::roleNames() const
{
    return {{IdRole, "id"},
            {NameRole, "name"},
            {DescriptionRole, "description"},
            {IsPublicRole, "isPublic"},
            {OwnedRole, "owned"},
            {MemoriesRole, "memories"},
            {SessionsThisWeekRole, "sessionsThisWeek"},
            {MinutesThisWeekRole, "minutesThisWeek"},
            {ShareThisWeekRole, "shareThisWeek"},
            {LastTalkedAtRole, "lastTalkedAt"}};
}

bool AgentListModel::preparePage(SqlStatement &query, const QSqlRecord *last, int limit) const
{
    if (childId().isEmpty())
        return false;
    query.prepare(agentsOfChild() + (last ? QStringLiteral("WHERE (x.\"rank\", x.name, CAST(x.id AS uuid)) > (:rank, :name, CAST(:id AS uuid)) ")
                                          : QString())
                  + QStringLiteral("ORDER BY x.\"rank\", x.name, CAST(x.id AS uuid) LIMIT :limit"));
    query.bindValue(QStringLiteral(":child"), childId());
    query.bindValue(QStringLiteral(":from"), LocalDays::lastDays(7).startTimestamp());
    query.bindValue(QStringLiteral(":now"), Database::utcTimestamp(QDateTime::currentDateTime()));
    if (last) {
        query.bindValue(QStringLiteral(":rank"), last->value(QStringLiteral("rank")));
        query.bindValue(QStringLiteral(":name"), last->value(QStringLiteral("name")));
        query.bindValue(QStringLiteral(":id"), last->value(QStringLiteral("id")));
    }
    query.bindValue(QStringLiteral(":limit"), limit);
    return true;
}
