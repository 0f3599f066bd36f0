#include "activitystatistics.h"
#include "database.h"
#include "sessionsql.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

namespace {

// "HH:mm" or empty: routines are typed by parents and backends alike.
QString clockTime(const QJsonValue &value)
{
    const QTime time = QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

} // namespace

ActivityStatistics::ActivityStatistics(QObject *parent)
    : QObject(parent)
{
}

void ActivityStatistics::setChildId(const QString &childId)
{
    if (m_childId == childId)
        return;
    m_childId = childId;
    Q_EMIT childIdChanged();
    refresh();
}

void ActivityStatistics::setDays(int days)
{
    days = qBound(1, days, 366);
    if (m_days == days)
        return;
    m_days = days;
    Q_EMIT daysChanged();
    refresh();
}

void ActivityStatistics::refresh()
{
    m_dayLabels.clear();
    m_minutesPerDay.clear();
    m_sessionsPerDay.clear();
    m_outsidePerDay.clear();
    m_agentUsage.clear();
    m_dailyLimitMinutes = -1;
    m_daysOverLimit = 0;
    m_wakeTime.clear();
    m_bedTime.clear();
    m_errorString.clear();
    if (!m_childId.isEmpty())
        loadRoutine() && loadDays() && loadAgents();
    Q_EMIT statisticsChanged();
}

bool ActivityStatistics::loadRoutine()
{
    QSqlQuery query;
    query.prepare(QStringLiteral("SELECT routines::text FROM user_profiles WHERE \"userId\" = CAST(:child AS uuid)"));
    query.bindValue(QStringLiteral(":child"), m_childId);
    if (!Database::execute(query)) {
        m_errorString = Database::errorText(query);
        return false;
    }
    if (!query.next())
        return true;
    const QJsonObject routines = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    m_wakeTime = clockTime(routines.value(QStringLiteral("wakeTime")));
    m_bedTime = clockTime(routines.value(QStringLiteral("bedTime")));
    const QJsonValue limit = routines.value(QStringLiteral("screenTime")).toObject().value(QStringLiteral("limit"));
    m_dailyLimitMinutes = limit.isDouble() ? qRound(limit.toDouble()) : -1;
    return true;
}

bool ActivityStatistics::loadDays()
{
    const QDate first = QDate::currentDate().addDays(1 - m_days);
    const bool knowsWakingHours = !m_wakeTime.isEmpty() && !m_bedTime.isEmpty();
    QSqlQuery query;
    query.prepare(QStringLiteral(
        "SELECT CAST(vs.\"startedAt\" + make_interval(secs => :offset) AS date)::text, SUM(%1) / 60.0, COUNT(*), "
        "  COUNT(*) FILTER (WHERE :knowsWakingHours AND ("
        "    CAST(vs.\"startedAt\" + make_interval(secs => :offset) AS time) < CAST(:wake AS time) OR "
        "    CAST(vs.\"startedAt\" + make_interval(secs => :offset) AS time) >= CAST(:bed AS time))) "
        "FROM voice_sessions vs WHERE vs.\"userId\" = CAST(:child AS uuid) AND vs.\"startedAt\" >= CAST(:from AS timestamp) "
        "GROUP BY 1").arg(SessionSql::talkedSeconds()));
    // Days and waking hours are the family's: shift stored UTC times by the local offset.
    query.bindValue(QStringLiteral(":offset"), QDateTime::currentDateTime().offsetFromUtc());
    query.bindValue(QStringLiteral(":now"), Database::utcTimestamp(QDateTime::currentDateTime()));
    query.bindValue(QStringLiteral(":knowsWakingHours"), knowsWakingHours);
    query.bindValue(QStringLiteral(":wake"), knowsWakingHours ? m_wakeTime : QStringLiteral("00:00"));
    query.bindValue(QStringLiteral(":bed"), knowsWakingHours ? m_bedTime : QStringLiteral("00:00"));
    query.bindValue(QStringLiteral(":child"), m_childId);
    query.bindValue(QStringLiteral(":from"), Database::utcTimestamp(QDateTime(first, QTime(0, 0))));
    if (!Database::execute(query)) {
        m_errorString = Database::errorText(query);
        return false;
    }
    m_minutesPerDay = QList<qreal>(m_days, 0);
    m_sessionsPerDay = QList<qreal>(m_days, 0);
    m_outsidePerDay = QList<qreal>(m_days, 0);
    while (query.next()) {
        const int day = int(first.daysTo(QDate::fromString(query.value(0).toString(), Qt::ISODate)));
        if (day < 0 || day >= m_days)
            continue;
        m_minutesPerDay[day] = query.value(1).toDouble();
        m_sessionsPerDay[day] = query.value(2).toInt();
        m_outsidePerDay[day] = query.value(3).toInt();
    }
    for (int day = 0; day < m_days; ++day) {
        m_dayLabels << QLocale().toString(first.addDays(day), m_days > 7 ? QStringLiteral("d/M") : QStringLiteral("ddd d"));
        if (m_dailyLimitMinutes >= 0 && m_minutesPerDay.at(day) > m_dailyLimitMinutes)
            ++m_daysOverLimit;
    }
    return true;
}

bool ActivityStatistics::loadAgents()
{
    QSqlQuery query;
    query.prepare(QStringLiteral(
        "SELECT COALESCE(a.name, '') AS agent, COUNT(*), SUM(vs.\"totalTokensUsed\"), SUM(vs.\"totalCost\") "
        "FROM voice_sessions vs LEFT JOIN agents a ON a.id = %1 "
        "WHERE vs.\"userId\" = CAST(:child AS uuid) AND vs.\"startedAt\" >= CAST(:from AS timestamp) "
        "GROUP BY 1 ORDER BY 4 DESC, 1").arg(SessionSql::agentId()));
    query.bindValue(QStringLiteral(":child"), m_childId);
    query.bindValue(QStringLiteral(":from"), Database::utcTimestamp(QDateTime(QDate::currentDate().addDays(1 - m_days), QTime(0, 0))));
    if (!Database::execute(query)) {
        m_errorString = Database::errorText(query);
        return false;
    }
    while (query.next()) {
        m_agentUsage.append(QVariantMap{{QStringLiteral("agent"), query.value(0)},
                                        {QStringLiteral("sessions"), query.value(1).toInt()},
                                        {QStringLiteral("tokens"), query.value(2).toLongLong()},
                                        {QStringLiteral("cost"), query.value(3).toDouble()}});
    }
    return true;
}
