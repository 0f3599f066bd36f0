#include "routineseditor.h"
#include "profilestore.h"

#include <QCoreApplication>

namespace {

constexpr int minutesPerDay = 24 * 60;
// A bedtime after midnight is a late night, not a mistake; a "night" shorter than this is.
constexpr int shortestNight = 4 * 60;


} // namespace

RoutinesEditor::RoutinesEditor(QObject *parent)
    : ChildProfileEditor(ProfileStore::routineFields(), QStringLiteral("routines"), parent)
{
}

void RoutinesEditor::addCrossFieldProblems(QVariantMap &errors) const
{
    const QVariantMap typed = values();
    const int wake = minutesOfDay(typed.value(QStringLiteral("routines.wakeTime")).toString());
    const int bed = minutesOfDay(typed.value(QStringLiteral("routines.bedTime")).toString());
    if (wake < 0 || bed < 0)
        return;
    const int awake = (bed - wake + minutesPerDay) % minutesPerDay;
    if (awake == 0 || awake > minutesPerDay - shortestNight) {
        errors.insert(QStringLiteral("routines.bedTime"),
                      QCoreApplication::translate("RoutinesEditor", "Bedtime must come after waking, with a night of at least 4 hours (after midnight is fine, such as 00:30)."));
        return;
    }
    const auto outside = [&](const QString &clock) {
        const int at = minutesOfDay(clock);
        return at >= 0 && (at - wake + minutesPerDay) % minutesPerDay > awake;
    };
    const QString hours = QCoreApplication::translate("RoutinesEditor", "Outside waking hours (%1 to %2).")
                              .arg(typed.value(QStringLiteral("routines.wakeTime")).toString().trimmed(),
                                   typed.value(QStringLiteral("routines.bedTime")).toString().trimmed());
    for (const char *meal : {"breakfast", "lunch", "dinner"}) {
        const QString path = QStringLiteral("routines.mealTimes.") + QLatin1String(meal);
        if (!errors.contains(path) && outside(typed.value(path).toString()))
            errors.insert(path, hours);
    }
    const QString snacks = QStringLiteral("routines.mealTimes.snacks");
    for (const QString &snack : typed.value(snacks).toStringList()) {
        if (!errors.contains(snacks) && outside(snack))
            errors.insert(snacks, QCoreApplication::translate("RoutinesEditor", "The snack at %1 is outside waking hours (%2 to %3).")
                                      .arg(snack, typed.value(QStringLiteral("routines.wakeTime")).toString().trimmed(),
                                           typed.value(QStringLiteral("routines.bedTime")).toString().trimmed()));
    }
}
