#include "caregiveraudit.h"
#include "sqlconnection.h"

#include <QJsonDocument>
#include <QVariant>

bool CaregiverAudit::serverRecords(SqlConnection &db, bool *byServer, QString *error)
{
    QSqlQuery &installed = db.prepared(QStringLiteral("SELECT to_regclass('nido.caregivers') IS NOT NULL"));
    if (!db.exec(installed, error) || !installed.next())
        return false;
    const bool caregivers = installed.value(0).toBool();
    installed.finish();
    *byServer = false;
    if (!caregivers)
        return true;
    QSqlQuery &query = db.prepared(QStringLiteral("SELECT EXISTS (SELECT 1 FROM nido.caregivers c WHERE c.role = current_user)"));
    if (!db.exec(query, error) || !query.next())
        return false;
    *byServer = query.value(0).toBool();
    query.finish();
    return true;
}

bool CaregiverAudit::record(SqlConnection &db, const QString &action, const QString &childId, const QString &memoryId,
                            const QJsonObject &details, QString *error)
{
    QSqlQuery &installed = db.prepared(QStringLiteral("SELECT to_regclass('nido.caregiver_audit') IS NOT NULL"));
    if (!db.exec(installed, error) || !installed.next())
        return false;
    if (!installed.value(0).toBool())
        return true;
    installed.finish();
    bool byServer = false;
    if (!serverRecords(db, &byServer, error))
        return false;
    if (byServer)
        return true;
    QSqlQuery &query = db.prepared(QStringLiteral(
        "INSERT INTO nido.caregiver_audit (action, \"userId\", \"memoryId\", details) "
        "VALUES (CAST(:action AS varchar), CAST(:child AS uuid), CAST(NULLIF(:memory, '') AS uuid), CAST(:details AS jsonb))"));
    query.bindValue(QStringLiteral(":action"), action);
    query.bindValue(QStringLiteral(":child"), childId);
    query.bindValue(QStringLiteral(":memory"), memoryId);
    query.bindValue(QStringLiteral(":details"), QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    return db.exec(query, error);
}
