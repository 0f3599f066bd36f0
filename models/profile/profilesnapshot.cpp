#include "profilesnapshot.h"
#include "sqlconnection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

namespace {

const QStringList jsonColumns = {QStringLiteral("preferences"), QStringLiteral("routines"), QStringLiteral("familyContext"),
                                 QStringLiteral("developmentMilestones")};

QJsonValue parsed(const QVariant &text)
{
    if (text.isNull())
        return QJsonValue::Null;
    // Wrapped, so that a column holding a bare string or number parses too.
    return QJsonDocument::fromJson("[" + text.toString().toUtf8() + "]").array().at(0);
}

} // namespace

QJsonValue ProfileSnapshot::at(const QString &path) const
{
    QJsonValue value = columns.value(path.section(u'.', 0, 0));
    const QStringList keys = path.split(u'.').mid(1);
    for (const QString &key : keys) {
        if (!value.isObject())
            return QJsonValue::Undefined;
        value = value.toObject().value(key);
    }
    return value;
}

std::optional<ProfileSnapshot> ProfileSnapshot::read(SqlConnection &db, const QString &childId, Lock lock, QString *error)
{
    // Each table locked on its own: FOR UPDATE cannot reach the nullable side of an outer join, and
    // a row the caller may see but not change is then not returned.
    const QString suffix = lock == Lock::ForUpdate ? QStringLiteral(" FOR UPDATE") : QString();
    QSqlQuery &user = db.prepared(QStringLiteral("SELECT \"firstName\", \"lastName\" FROM users WHERE id = CAST(:child AS uuid)") + suffix);
    user.bindValue(QStringLiteral(":child"), childId);
    if (!db.exec(user, error))
        return std::nullopt;
    if (!user.next()) {
        *error = lock == Lock::ForUpdate
            ? QCoreApplication::translate("ProfileSnapshot", "You may view this child's profile but not change it; nothing was saved.")
            : QCoreApplication::translate("ProfileSnapshot", "This child is no longer in the database.");
        return std::nullopt;
    }
    ProfileSnapshot snapshot;
    snapshot.columns.insert(QStringLiteral("firstName"), QJsonValue::fromVariant(user.value(0)));
    snapshot.columns.insert(QStringLiteral("lastName"), QJsonValue::fromVariant(user.value(1)));
    user.finish();

    QSqlQuery &profile = db.prepared(QStringLiteral(
        "SELECT age, preferences::text, routines::text, \"familyContext\"::text, \"developmentMilestones\"::text "
        "FROM user_profiles WHERE \"userId\" = CAST(:child AS uuid)") + suffix);
    profile.bindValue(QStringLiteral(":child"), childId);
    if (!db.exec(profile, error))
        return std::nullopt;
    snapshot.hasProfile = profile.next();
    snapshot.columns.insert(QStringLiteral("age"), snapshot.hasProfile && !profile.value(0).isNull() ? QJsonValue(profile.value(0).toInt())
                                                                                                     : QJsonValue(QJsonValue::Null));
    for (int i = 0; i < jsonColumns.size(); ++i)
        snapshot.columns.insert(jsonColumns[i], snapshot.hasProfile ? parsed(profile.value(i + 1)) : QJsonValue(QJsonValue::Null));
    profile.finish();
    return snapshot;
}

QJsonObject ProfileSnapshot::toJson() const
{
    return {{QStringLiteral("hasProfile"), hasProfile}, {QStringLiteral("columns"), columns}};
}

ProfileSnapshot ProfileSnapshot::fromJson(const QJsonObject &json)
{
    return {json.value(QStringLiteral("hasProfile")).toBool(), json.value(QStringLiteral("columns")).toObject()};
}
