#include "profileeditor.h"
#include "profilestore.h"
#include "jsontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

ProfileEditor::ProfileEditor(QObject *parent)
    : ChildProfileEditor(ProfileStore::profileFields(), QStringLiteral("profile"), parent)
{
}

QVariantList ProfileEditor::otherFamilyContext() const
{
    const QJsonObject family = base().at(QStringLiteral("familyContext")).toObject();
    QVariantList others;
    for (auto it = family.constBegin(); it != family.constEnd(); ++it) {
        if (field(QStringLiteral("familyContext.") + it.key()))
            continue;
        const QString text = it.value().isString() ? it.value().toString() : jsonText(it.value());
        others << QVariantMap{{QStringLiteral("key"), it.key()}, {QStringLiteral("value"), text}};
    }
    return others;
}

QStringList ProfileEditor::deviceNames() const
{
    QStringList names;
    const QJsonArray devices = base().at(QStringLiteral("familyContext")).toObject().value(QStringLiteral("devices")).toArray();
    for (const QJsonValue &device : devices) {
        const QJsonObject object = device.toObject();
        const QString name = object.value(QStringLiteral("name")).toString().trimmed();
        const QString id = object.value(QStringLiteral("id")).toString().trimmed();
        if (!name.isEmpty() || !id.isEmpty())
            names << (name.isEmpty() ? id : name);
    }
    return names;
}

void ProfileEditor::addCrossFieldProblems(QVariantMap &errors) const
{
    // users."firstName" is NOT NULL in the schema document: a name is not taken away. A backend's
    // child without one (its ORM allows NULL) can still have the rest of the profile saved.
    if (values().value(QStringLiteral("firstName")).toString().trimmed().isEmpty()
        && !base().at(QStringLiteral("firstName")).toString().isEmpty())
        errors.insert(QStringLiteral("firstName"), QCoreApplication::translate("ProfileEditor", "A first name is needed."));
}
