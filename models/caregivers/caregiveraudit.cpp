#include "caregiveraudit.h"
#include "database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

bool CaregiverAudit::record(const QString &action, const QString &childId, const QString &memoryId,
                            const QJsonObject &details, QString *error)
{
    QSqlQuery query;
    if (!query.exec(QStringLiteral("SELECT to_regclass('nido.caregiver_audit') IS NOT NULL")) || !query.next()) {
        *error = Database::errorText(query);
        return false;
    }
    if (!query.value(0).toBool())
        return true;
    query.prepare(QStringLiteral(
        "INSERT INTO nido.caregiver_audit (action, \"userId\", \"memoryId\", details) "
        "VALUES (:action, CAST(:child AS uuid), CAST(NULLIF(:memory, '') AS uuid), CAST(:details AS jsonb))"));
    query.bindValue(QStringLiteral(":action"), action);
    query.bindValue(QStringLiteral(":child"), childId);
    query.bindValue(QStringLiteral(":memory"), memoryId);
    query.bindValue(QStringLiteral(":details"), QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    if (Database::execute(query))
        return true;
    *error = Database::errorText(query);
    return false;
}
