#pragma once

#include <QJsonObject>
#include <QString>

class SqlConnection;

// Records a caregiver's view, edit, delete or export of a child's data in nido.caregiver_audit,
// an append-only table without foreign keys, inside the job that did it. Databases without Nido's migration 0005 have no such
// table: there nothing is recorded and recording succeeds. A caregiver's edits and deletions are
// recorded by the server (migration 0006), so only views are written from here for caregivers.
class CaregiverAudit
{
public:
    static bool record(SqlConnection &db, const QString &action, const QString &childId, const QString &memoryId,
                       const QJsonObject &details, QString *error);
};
