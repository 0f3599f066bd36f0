#include "caregiverauditmodel.h"
#include "connectionstatus.h"
#include "changehub.h"
#include "sessionsql.h"


CaregiverAuditModel::CaregiverAuditModel(QObject *parent)
    : ChildRowsModel(parent)
{
    // A caregiver's edit or deletion is logged as it is applied.
    ChangeHub::follow(this, ChangeHub::Change::Memories, [this] { return childId(); }, [this] { refresh(); });
}

QHash<int, QByteArray> CaregiverAuditModel::roleNames() const
{
    return {{EntryIdRole, "entryId"}, {AtRole, "at"}, {CaregiverRole, "caregiver"}, {ActionRole, "auditAction"},
            {MemoryIdRole, "memoryId"}, {DetailsRole, "details"}, {ReadRole, "read"}, {SessionStartedAtRole, "sessionStartedAt"}};
}

bool CaregiverAuditModel::preparePage(SqlStatement &query, const QSqlRecord *last, int limit) const
{
    if (childId().isEmpty())
        return false;
    if (!ConnectionStatus::instance()->additionsInstalled())
        return false;
    query.prepare(QStringLiteral(
                      "SELECT a.id AS \"entryId\", a.\"at\", a.\"at\"::text AS \"atKey\", "
                      "  COALESCE(c.\"displayName\", a.role) AS caregiver, a.action AS \"auditAction\", "
                      "  COALESCE(a.\"memoryId\"::text, '') AS \"memoryId\", a.details::text AS details, "
                      // What a view read besides a memory (migrations 21, 23): a conversation, every message, the memories.
                      "  CASE WHEN a.action <> 'view' THEN '' WHEN a.details->>'session' IS NOT NULL THEN 'session' "
                      "    WHEN a.details->>'messages' = 'all' THEN 'messages' WHEN a.details->>'mentions' = 'all' THEN 'mentions' "
                      "    WHEN a.details->>'memories' = 'all' THEN 'memories' ELSE '' END AS read, vs.\"startedAt\" AS \"sessionStartedAt\" "
                      "FROM nido.child_audit(current_user, CAST(:child AS uuid), CAST(:cursorTime AS timestamp), CAST(:cursorId AS bigint), :limit) a "
                      "LEFT JOIN nido.child_caregivers(current_user, CAST(:child AS uuid)) c ON c.role = a.role "
                      "LEFT JOIN %1 ON a.action = 'view' AND vs.id = nido.as_uuid(a.details->>'session') "
                      "ORDER BY a.\"at\" DESC, a.id DESC")
                      .arg(SessionSql::childSessions()));
    query.bindValue(QStringLiteral(":child"), childId());
    query.bindValue(QStringLiteral(":cursorTime"), last ? last->value(QStringLiteral("atKey")) : QVariant());
    query.bindValue(QStringLiteral(":cursorId"), last ? last->value(QStringLiteral("entryId")) : QVariant());
    query.bindValue(QStringLiteral(":limit"), limit);
    return true;
}
