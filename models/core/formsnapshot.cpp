#include "formsnapshot.h"

#include <QStringList>

QJsonValue FormSnapshot::at(const QString &path) const
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

QJsonObject FormSnapshot::toJson() const
{
    return {{QStringLiteral("columns"), columns}};
}

FormSnapshot FormSnapshot::fromJson(const QJsonObject &json)
{
    return {json.value(QStringLiteral("columns")).toObject()};
}
