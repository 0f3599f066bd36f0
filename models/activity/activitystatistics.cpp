#include "activitystatistics.h"
#include "changehub.h"
#include "database.h"
#include "localdays.h"
#include "sessionsql.h"

#include "jsontext.h"
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

ActivityStatistics::ActivityStatistics(QObject *parent)
    : PeriodStatistics(parent)
{
    // The limit and the waking hours come from the routines.
    ChangeHub::follow(this, ChangeHub::Change::Profile, [this] { return childId(); }, [this] { refresh(); });
}

void ActivityStatistics::clear()
{
    m_figures = {};
    Q_EMIT statisticsChanged();
}

void ActivityStatistics::load()
{
    const LocalDays days = period();
    readFigures<Figures>(
        {Figures::routineStatement(childId()), Figures::agentsStatement(childId(), days), Figures::daysStatement(childId(), days)},
        [days](SqlConnection &, QList<QList<QSqlRecord>> &rows, Figures &figures, QString *) {
            figures.readRoutine(rows.at(0));
            figures.readAgents(rows.at(1));
            figures.readDays(rows.at(2), days);
            return true;
        },
        &m_figures);
}

SqlStatement ActivityStatistics::Figures::routineStatement(const QString &childId)
{
    SqlStatement query;
    query.prepare(QStringLiteral("SELECT p.routines::text FROM %1").arg(SessionSql::childProfile()));
    query.bindValue(QStringLiteral(":child"), childId);
    return query;
}

void ActivityStatistics::Figures::readRoutine(const QList<QSqlRecord> &rows)
{
    if (rows.isEmpty())
        return;
    const QJsonObject routines = parsedJson(rows.constFirst().value(0).toString()).toObject();
    wakingHours = WakingHours::fromRoutines(routines);
    const QJsonValue limit = routines.value(QStringLiteral("screenTime")).toObject().value(QStringLiteral("limit"));
    days.limit = limit.isDouble() ? qRound(limit.toDouble()) : -1;
}

SqlStatement ActivityStatistics::Figures::daysStatement(const QString &childId, const LocalDays &period)
{
    SqlStatement query;
    query.prepare(SessionSql::perLocalDay(LocalDays::rowsSql()));
    period.bind(query);
    query.bindValue(QStringLiteral(":now"), Database::utcTimestamp(QDateTime::currentDateTime()));
    query.bindValue(QStringLiteral(":child"), childId);
    return query;
}

void ActivityStatistics::Figures::readDays(const QList<QSqlRecord> &rows, const LocalDays &period)
{
    for (const QSqlRecord &row : rows) {
        const double minutes = row.value(1).toDouble();
        const int sessions = row.value(2).toInt();
        const int outside = row.value(3).toInt();
        days.append(minutes);
        sessionsPerDay << sessions;
        outsideWakingHoursPerDay << outside;
        insideWakingHoursPerDay << sessions - outside;
    }
    dayLabels = period.labels();
}

SqlStatement ActivityStatistics::Figures::agentsStatement(const QString &childId, const LocalDays &period)
{
    SqlStatement query;
    query.prepare(QStringLiteral(
        "SELECT COALESCE(a.name, '') AS agent, COUNT(*), SUM(vs.\"totalTokensUsed\"), SUM(vs.\"totalCost\") "
        "FROM %2 LEFT JOIN nido.visible_agents(current_user) a ON a.id = %1 "
        // By agent, not by name: two agents may share one.
        "GROUP BY a.id, 1 ORDER BY 4 DESC, 1").arg(SessionSql::agentId(), SessionSql::childSessions(QStringLiteral("CAST(:from AS timestamp)"))));
    query.bindValue(QStringLiteral(":child"), childId);
    query.bindValue(QStringLiteral(":from"), period.startTimestamp());
    return query;
}

void ActivityStatistics::Figures::readAgents(const QList<QSqlRecord> &rows)
{
    for (const QSqlRecord &row : rows) {
        agentUsage.append(QVariantMap{{QStringLiteral("agent"), row.value(0)},
                                        {QStringLiteral("sessions"), row.value(1).toInt()},
                                        {QStringLiteral("tokens"), row.value(2).toLongLong()},
                                        {QStringLiteral("cost"), row.value(3).toDouble()}});
    }
}
