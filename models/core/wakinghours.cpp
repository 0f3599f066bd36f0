#include "wakinghours.h"

#include <QSqlQuery>
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

void WakingHours::bind(QSqlQuery &query) const
{
    query.bindValue(QStringLiteral(":knowsWakingHours"), known());
    query.bindValue(QStringLiteral(":wake"), known() ? wake : QStringLiteral("00:00"));
    query.bindValue(QStringLiteral(":bed"), known() ? bed : QStringLiteral("00:00"));
}

QString WakingHours::outsideSql(const QString &sinceLocalMidnight)
{
    return QStringLiteral("(:knowsWakingHours AND CASE "
                          "  WHEN CAST(:bed AS interval) > CAST(:wake AS interval) "
                          "    THEN %1 < CAST(:wake AS interval) OR %1 >= CAST(:bed AS interval) "
                          "  ELSE %1 >= CAST(:bed AS interval) AND %1 < CAST(:wake AS interval) END)")
        .arg(sinceLocalMidnight);
}
