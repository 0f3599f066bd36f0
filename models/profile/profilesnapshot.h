#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

class SqlConnection;

// The child's row as Nido read it: the names from users, and age and the four JSON documents from
// user_profiles (any of them may be NULL on a backend's database, and the row may be missing).
struct ProfileSnapshot {
    bool hasProfile = false;
    // Keyed by column: firstName, lastName, age, preferences, routines, familyContext,
    // developmentMilestones.
    QJsonObject columns;

    // The value at a field's path ("routines.mealTimes.snacks"); Undefined when absent.
    [[nodiscard]] QJsonValue at(const QString &path) const;

    enum class Lock { None, ForUpdate };
    // Reads the row, locked for a save when asked; under a lock, a child the caller may only view
    // is refused as such.
    static std::optional<ProfileSnapshot> read(SqlConnection &db, const QString &childId, Lock lock, QString *error);

    [[nodiscard]] QJsonObject toJson() const;
    static ProfileSnapshot fromJson(const QJsonObject &json);
};
