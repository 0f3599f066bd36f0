#include "agentchoicemodel.h"


namespace {

const auto agentsOfChild = QStringLiteral(
    "SELECT a.id::text AS id, a.name, a.\"isPublic\" FROM nido.visible_agents(current_user) a "
    "WHERE (a.\"isPublic\" OR a.\"ownerUserId\" = CAST(:child AS uuid) OR a.id IN ("
    "  SELECT t.\"agentId\" FROM nido.memory_tally(current_user, CAST(:child AS uuid), '{\"archived\": false}') t))");
const auto afterCursor = QStringLiteral(" AND (a.name, a.id) > (:name, CAST(:id AS uuid))");
const auto byName = QStringLiteral(" ORDER BY a.name, a.id LIMIT :limit");

} // namespace

AgentChoiceModel::AgentChoiceModel(QObject *parent)
    : ChildRowsModel(parent)
{
}

QHash<int, QByteArray> AgentChoiceModel::roleNames() const
{
    return {{IdRole, "id"}, {NameRole, "name"}, {IsPublicRole, "isPublic"}};
}

bool AgentChoiceModel::preparePage(SqlStatement &query, const QSqlRecord *last, int limit) const
{
    if (childId().isEmpty())
        return false;
    query.prepare(agentsOfChild + (last ? afterCursor : QString()) + byName);
    query.bindValue(QStringLiteral(":child"), childId());
    if (last) {
        query.bindValue(QStringLiteral(":name"), last->value(QStringLiteral("name")));
        query.bindValue(QStringLiteral(":id"), last->value(QStringLiteral("id")));
    }
    query.bindValue(QStringLiteral(":limit"), limit);
    return true;
}
