#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One field of the child's profile or routines that Nido edits, addressed by a path of JSON keys
// from the row ("preferences.avoidTopics", "routines.mealTimes.snacks"). The first key is a column
// of users or user_profiles; everything else in a column is the backend's, kept as it is.
struct ProfileField {
    enum Kind {
        Text,      // a string
        Number,    // a whole number within [minimum, maximum]
        List,      // a list of strings, shown as chips
        Choice,    // one of `choices`; an unknown value the backend wrote is kept and offered too
        Time,      // 24-hour "HH:MM"
        TimeList,  // a list of "HH:MM"
        ReadOnly,  // shown, never written (routines.screenTime.currentUsage)
    };

    QString path;
    Kind kind = Text;
    const char *label = nullptr; // translated in the "ProfileField" context
    QStringList choices = {};
    int minimum = 0;
    int maximum = 0;

    [[nodiscard]] QString column() const { return path.section(u'.', 0, 0); }
    [[nodiscard]] QString translatedLabel() const;
    // Why `value` (as the draft holds it) cannot be saved, or an empty string.
    [[nodiscard]] QString problemWith(const QVariant &value) const;

    // The child's profile page, and the routines page.
    [[nodiscard]] static const QList<ProfileField> &profileFields();
    [[nodiscard]] static const QList<ProfileField> &routineFields();
    // "H:MM" or "HH:MM" within a day, as minutes since midnight; -1 otherwise.
    [[nodiscard]] static int minutesOfDay(const QString &clock);
};
