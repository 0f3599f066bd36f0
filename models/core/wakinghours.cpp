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

QList<QPair<QString, QVariant>> WakingHours::boundValues() const
{
    return {{QStringLiteral(":knowsWakingHours"), known()},
            {QStringLiteral(":wake"), known() ? wake : QStringLiteral("00:00")},
            {QStringLiteral(":bed"), known() ? bed : QStringLiteral("00:00")}};
}

QString WakingHours::outsideSql(const QString &sinceLocalMidnight)
{
    return QStringLiteral("(:knowsWakingHours AND CASE "
                          "  WHEN CAST(:bed AS interval) > CAST(:wake AS interval) "
                          "    THEN %1 < CAST(:wake AS interval) OR %1 >= CAST(:bed AS interval) "
                          "  ELSE %1 >= CAST(:bed AS interval) AND %1 < CAST(:wake AS interval) END)")
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
