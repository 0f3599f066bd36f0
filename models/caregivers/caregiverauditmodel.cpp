#include "caregiverauditmodel.h"
#include "connectionstatus.h"
#include "changehub.h"


CaregiverAuditModel::CaregiverAuditModel(QObject *parent)
    : ChildRowsModel(parent)
{
    // A caregiver's edit or deletion is logged as it is applied.
    ChangeHub::follow(this, ChangeHub::Change::Memories, [this] { return childId(); }, [this] { refresh(); });
}

QHash<int, QByteArray> CaregiverAuditModel::roleNames() const
{
    return {{EntryIdRole, "entryId"}, {AtRole, "at"}, {CaregiverRole, "caregiver"}, {ActionRole, "auditAction"},
            {MemoryIdRole, "memoryId"}, {DetailsRole, "details"}};
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
                      "  COALESCE(a.\"memoryId\"::text, '') AS \"memoryId\", a.details::text AS details "
                      "FROM nido.caregiver_audit a LEFT JOIN nido.caregivers c ON c.role = a.role "
                      "WHERE a.\"userId\" = CAST(:child AS uuid)")
                  + (last ? QStringLiteral(" AND (a.\"at\", a.id) < (CAST(:cursorTime AS timestamp), :cursorId)") : QString())
                  + QStringLiteral(" ORDER BY a.\"at\" DESC, a.id DESC LIMIT :limit"));
    query.bindValue(QStringLiteral(":child"), childId());
    if (last) {
        query.bindValue(QStringLiteral(":cursorTime"), last->value(QStringLiteral("atKey")));
        query.bindValue(QStringLiteral(":cursorId"), last->value(QStringLiteral("entryId")));
    }
    query.bindValue(QStringLiteral(":limit"), limit);
    return true;
}
