#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

class SqlConnection;

// Records an edit or a deletion by the database's own roles (not a caregiver's) in
// nido.caregiver_audit, an append-only table without foreign keys, inside the job that did it.
// Databases without Nido's migration 0005 have no such table: there nothing is recorded and
// recording succeeds. Whatever a caregiver does is recorded by the server (migrations 6 and 15).
class CaregiverAudit
{
public:
    // Who writes the record of what the connected role does: nobody (no audit on this database),
    // the server (the role is one of Nido's caregivers), or the window.
    enum class Recorder { Nobody, Server, Window };
    [[nodiscard]] static std::optional<Recorder> recorder(SqlConnection &db, QString *error);
    // Writes the window's record; for a job that asked recorder() already.
    static bool insert(SqlConnection &db, const QString &action, const QString &childId, const QString &memoryId,
                       const QJsonObject &details, QString *error);
    // recorder(), then insert() when the window is the one to record.
    static bool record(SqlConnection &db, const QString &action, const QString &childId, const QString &memoryId,
                       const QJsonObject &details, QString *error);
};
