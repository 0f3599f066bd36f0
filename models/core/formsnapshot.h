#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// A row as a form read it: each column by name, JSON documents parsed without loss (jsontext.h),
// SQL NULL as JSON null. Columns a form does not edit (an agent's owner) may sit beside them.
struct FormSnapshot {
    QJsonObject columns;

    // The value at a field's path ("routines.mealTimes.snacks"); Undefined when absent.
    [[nodiscard]] QJsonValue at(const QString &path) const;

    [[nodiscard]] QJsonObject toJson() const;
    static FormSnapshot fromJson(const QJsonObject &json);
};
