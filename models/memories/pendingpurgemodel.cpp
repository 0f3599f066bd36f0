#include "pendingpurgemodel.h"
#include "changehub.h"


namespace {

const auto pendingOfChild = QStringLiteral(
    "SELECT o.id AS \"outboxId\", o.\"memoryId\"::text AS \"memoryId\", "
    "  COALESCE(o.\"chromaCollectionName\", o.\"chromaCollectionId\") AS collection, o.\"requestedAt\", "
    "  o.\"requestedAt\"::text AS \"requestedAtKey\" "
    "FROM nido.child_deletions(current_user, CAST(:child AS uuid), true) o WHERE true");
const auto afterCursor = QStringLiteral(" AND (o.\"requestedAt\", o.id) < (CAST(:requestedAt AS timestamp), :outboxId)");
const auto newestFirst = QStringLiteral(" ORDER BY o.\"requestedAt\" DESC, o.id DESC LIMIT :limit");

} // namespace

PendingPurgeModel::PendingPurgeModel(QObject *parent)
    : ChildRowsModel(parent)
{
    // A deletion adds the memory to the purge list.
    ChangeHub::follow(this, ChangeHub::Change::Memories, [this] { return childId(); }, [this] { refresh(); });
}

QHash<int, QByteArray> PendingPurgeModel::roleNames() const
{
    return {{OutboxIdRole, "outboxId"}, {MemoryIdRole, "memoryId"}, {CollectionRole, "collection"}, {RequestedAtRole, "requestedAt"}};
}

bool PendingPurgeModel::preparePage(SqlStatement &query, const QSqlRecord *last, int limit) const
{
    if (childId().isEmpty())
        return false;
    query.prepare(pendingOfChild + (last ? afterCursor : QString()) + newestFirst);
    query.bindValue(QStringLiteral(":child"), childId());
    if (last) {
        query.bindValue(QStringLiteral(":requestedAt"), last->value(QStringLiteral("requestedAtKey")));
        query.bindValue(QStringLiteral(":outboxId"), last->value(QStringLiteral("outboxId")));
    }
    query.bindValue(QStringLiteral(":limit"), limit);
    return true;
}
