#include "activitystatistics.h"
#include "database.h"
#include "databaseworker.h"
#include "sessionsql.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

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
    const quint64 generation = ++m_generation;
    m_figures = {};
    m_loading = !m_childId.isEmpty();
    Q_EMIT statisticsChanged();
    if (!m_loading)
        return;
    DatabaseWorker::instance()->run<Figures>(
        this,
        [child = m_childId, days = m_days](SqlConnection &db) {
            Figures figures;
            figures.loadRoutine(db, child, &figures.error) && figures.loadDays(db, child, days, &figures.error)
                && figures.loadAgents(db, child, days, &figures.error);
            return figures;
        },
        [this, generation](Figures figures) {
            if (generation != m_generation)
                return;
            m_figures = std::move(figures);
            m_loading = false;
            Q_EMIT statisticsChanged();
        });
}

bool ActivityStatistics::Figures::loadRoutine(SqlConnection &db, const QString &childId, QString *error)
{
    QSqlQuery &query = db.prepared(QStringLiteral("SELECT routines::text FROM user_profiles WHERE \"userId\" = CAST(:child AS uuid)"));
    query.bindValue(QStringLiteral(":child"), childId);
    if (!db.exec(query, error))
        return false;
    if (!query.next())
        return true;
    const QJsonObject routines = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    wakeTime = clockTime(routines.value(QStringLiteral("wakeTime")));
    bedTime = clockTime(routines.value(QStringLiteral("bedTime")));
    const QJsonValue limit = routines.value(QStringLiteral("screenTime")).toObject().value(QStringLiteral("limit"));
    dailyLimitMinutes = limit.isDouble() ? qRound(limit.toDouble()) : -1;
    return true;
}

bool ActivityStatistics::Figures::loadDays(SqlConnection &db, const QString &childId, int days, QString *error)
{
    const QDate first = QDate::currentDate().addDays(1 - days);
    const bool knowsWakingHours = !wakeTime.isEmpty() && !bedTime.isEmpty();
    QSqlQuery &query = db.prepared(QStringLiteral(
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
    query.bindValue(QStringLiteral(":wake"), knowsWakingHours ? wakeTime : QStringLiteral("00:00"));
    query.bindValue(QStringLiteral(":bed"), knowsWakingHours ? bedTime : QStringLiteral("00:00"));
    query.bindValue(QStringLiteral(":child"), childId);
    query.bindValue(QStringLiteral(":from"), Database::utcTimestamp(QDateTime(first, QTime(0, 0))));
    if (!db.exec(query, error))
        return false;
    minutesPerDay = QList<qreal>(days, 0);
    sessionsPerDay = QList<qreal>(days, 0);
    outsideWakingHoursPerDay = QList<qreal>(days, 0);
    while (query.next()) {
        const int day = int(first.daysTo(QDate::fromString(query.value(0).toString(), Qt::ISODate)));
        if (day < 0 || day >= days)
            continue;
        minutesPerDay[day] = query.value(1).toDouble();
        sessionsPerDay[day] = query.value(2).toInt();
        outsideWakingHoursPerDay[day] = query.value(3).toInt();
    }
    for (int day = 0; day < days; ++day) {
        dayLabels << QLocale().toString(first.addDays(day), days > 7 ? QStringLiteral("d/M") : QStringLiteral("ddd d"));
        if (dailyLimitMinutes >= 0 && minutesPerDay.at(day) > dailyLimitMinutes)
            ++daysOverLimit;
    }
    return true;
}

bool ActivityStatistics::Figures::loadAgents(SqlConnection &db, const QString &childId, int days, QString *error)
{
    QSqlQuery &query = db.prepared(QStringLiteral(
        "SELECT COALESCE(a.name, '') AS agent, COUNT(*), SUM(vs.\"totalTokensUsed\"), SUM(vs.\"totalCost\") "
        "FROM voice_sessions vs LEFT JOIN agents a ON a.id = %1 "
        "WHERE vs.\"userId\" = CAST(:child AS uuid) AND vs.\"startedAt\" >= CAST(:from AS timestamp) "
        "GROUP BY 1 ORDER BY 4 DESC, 1").arg(SessionSql::agentId()));
    query.bindValue(QStringLiteral(":child"), childId);
    query.bindValue(QStringLiteral(":from"), Database::utcTimestamp(QDateTime(QDate::currentDate().addDays(1 - days), QTime(0, 0))));
    if (!db.exec(query, error))
        return false;
    while (query.next()) {
        agentUsage.append(QVariantMap{{QStringLiteral("agent"), query.value(0)},
                                        {QStringLiteral("sessions"), query.value(1).toInt()},
                                        {QStringLiteral("tokens"), query.value(2).toLongLong()},
                                        {QStringLiteral("cost"), query.value(3).toDouble()}});
    }
    return true;
}
