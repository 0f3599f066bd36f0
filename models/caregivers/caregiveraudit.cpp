#include "caregiveraudit.h"
#include "sqlconnection.h"

#include <QJsonDocument>
#include <QVariant>

bool CaregiverAudit::record(SqlConnection &db, const QString &action, const QString &childId, const QString &memoryId,
                            const QJsonObject &details, QString *error)
{
    QSqlQuery &installed = db.prepared(QStringLiteral("SELECT to_regclass('nido.caregiver_audit') IS NOT NULL"));
    if (!db.exec(installed, error) || !installed.next())
        return false;
    if (!installed.value(0).toBool())
        return true;
    QSqlQuery &query = db.prepared(QStringLiteral(
        "INSERT INTO nido.caregiver_audit (action, \"userId\", \"memoryId\", details) "
        "SELECT CAST(:action AS varchar), CAST(:child AS uuid), CAST(NULLIF(:memory, '') AS uuid), CAST(:details AS jsonb) "
        // A caregiver's edits and deletions are recorded by the server itself (migration 0006).
        "WHERE :action = 'view' OR NOT EXISTS (SELECT 1 FROM nido.caregivers c WHERE c.role = current_user)"));
    query.bindValue(QStringLiteral(":action"), action);
    query.bindValue(QStringLiteral(":child"), childId);
    query.bindValue(QStringLiteral(":memory"), memoryId);
    query.bindValue(QStringLiteral(":details"), QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    return db.exec(query, error);
}
