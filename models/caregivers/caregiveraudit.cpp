#include "caregiveraudit.h"
#include "sqlconnection.h"

#include <QJsonDocument>
#include <QVariant>

std::optional<CaregiverAudit::Recorder> CaregiverAudit::recorder(SqlConnection &db, QString *error)
{
    QSqlQuery &installed = db.prepared(QStringLiteral("SELECT to_regclass('nido.caregiver_audit') IS NOT NULL"));
    if (!db.exec(installed, error) || !installed.next())
        return std::nullopt;
    const bool audited = installed.value(0).toBool();
    installed.finish();
    if (!audited)
        return Recorder::Nobody;
    QSqlQuery &query = db.prepared(QStringLiteral("SELECT nido.caller_is_caregiver(current_user)"));
    if (!db.exec(query, error) || !query.next())
        return std::nullopt;
    const bool caregiver = query.value(0).toBool();
    query.finish();
    return caregiver ? Recorder::Server : Recorder::Window;
}

bool CaregiverAudit::insert(SqlConnection &db, const QString &action, const QString &childId, const QString &memoryId,
                            const QJsonObject &details, QString *error)
{
    QSqlQuery &query = db.prepared(QStringLiteral(
        "INSERT INTO nido.caregiver_audit (action, \"userId\", \"memoryId\", details) "
        "VALUES (CAST(:action AS varchar), CAST(:child AS uuid), CAST(NULLIF(:memory, '') AS uuid), CAST(:details AS jsonb))"));
    query.bindValue(QStringLiteral(":action"), action);
    query.bindValue(QStringLiteral(":child"), childId);
    query.bindValue(QStringLiteral(":memory"), memoryId);
    query.bindValue(QStringLiteral(":details"), QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    return db.exec(query, error);
}

bool CaregiverAudit::record(SqlConnection &db, const QString &action, const QString &childId, const QString &memoryId,
                            const QJsonObject &details, QString *error)
{
    const auto who = recorder(db, error);
    if (!who)
        return false;
    return *who != Recorder::Window || insert(db, action, childId, memoryId, details, error);
}
