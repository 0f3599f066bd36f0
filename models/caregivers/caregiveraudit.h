#pragma once

#include <QJsonObject>
#include <QString>

class SqlConnection;

// Records an edit or a deletion by the database's own roles (not a caregiver's) in
// nido.caregiver_audit, an append-only table without foreign keys, inside the job that did it.
// Databases without Nido's migration 0005 have no such table: there nothing is recorded and
// recording succeeds. Whatever a caregiver does is recorded by the server (migrations 6 and 15).
class CaregiverAudit
{
public:
    // Whether the server records what the connected role does (it is one of Nido's caregivers).
    static bool serverRecords(SqlConnection &db, bool *byServer, QString *error);
    static bool record(SqlConnection &db, const QString &action, const QString &childId, const QString &memoryId,
                       const QJsonObject &details, QString *error);
};
