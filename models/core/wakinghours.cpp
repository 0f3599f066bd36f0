#include "wakinghours.h"

#include <QCoreApplication>
#include <QTime>

namespace {

// "HH:mm" or empty: routines are typed by parents and backends alike, "7:00" as well as "07:00".
QString clockTime(const QJsonValue &value)
{
    const QTime time = QTime::fromString(value.toString().trimmed(), QStringLiteral("H:mm"));
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

} // namespace

WakingHours WakingHours::fromRoutines(const QJsonObject &routines)
{
    return {clockTime(routines.value(QStringLiteral("wakeTime"))), clockTime(routines.value(QStringLiteral("bedTime")))};
}

QString WakingHours::ofChildSql()
{
    return ofRoutinesSql(QStringLiteral("(SELECT wp.routines FROM nido.child_profile(current_user, CAST(:child AS uuid)) wp)"));
}

QString WakingHours::ofRoutinesSql(const QString &routinesSql)
{
    return QStringLiteral("nido.waking_hours(%1) wh").arg(routinesSql);
}

QString WakingHours::outsideSql(const QString &sinceLocalMidnight)
{
    // Unknown hours are NULL: nothing is outside them.
    return QStringLiteral("COALESCE(CASE WHEN wh.bed > wh.wake THEN %1 < wh.wake OR %1 >= wh.bed "
                          "  ELSE %1 >= wh.bed AND %1 < wh.wake END, false)")
        .arg(sinceLocalMidnight);
}

QString WakingHours::describe(QTime timeOfDay) const
{
    if (!known() || !timeOfDay.isValid())
        return {};
    const int at = timeOfDay.msecsSinceStartOfDay() / 1000;
    const int wakeAt = QTime::fromString(wake, QStringLiteral("HH:mm")).msecsSinceStartOfDay() / 1000;
    const int bedAt = QTime::fromString(bed, QStringLiteral("HH:mm")).msecsSinceStartOfDay() / 1000;
    bool beforeWake = false;
    if (bedAt > wakeAt) {
        if (at >= wakeAt && at < bedAt)
            return {};
        beforeWake = at < wakeAt;
    } else {
        if (at < bedAt || at >= wakeAt)
            return {};
        // A bedtime past midnight: the night runs from it to the wake time; say the nearer end.
        beforeWake = wakeAt - at < at - bedAt;
    }
    return beforeWake ? QCoreApplication::translate("WakingHours", "before wake-up time, %1").arg(wake)
                      : QCoreApplication::translate("WakingHours", "after bedtime, %1").arg(bed);
}
