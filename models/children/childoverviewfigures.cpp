#include "childoverviewfigures.h"
#include "database.h"
#include "jsontext.h"
#include "localdays.h"
#include "sessionsql.h"

#include <QCoreApplication>

QList<SqlStatement> ChildOverviewFigures::statements(const QString &childId, QDate weekStart, const QDateTime &now)
{
    return {profileStatement(childId), memoriesStatement(childId, weekStart), alertsStatement(childId, weekStart),
            lastSessionStatement(childId, now), weekStatement(childId, weekStart, now), lastNightSessionStatement(childId, weekStart, now)};
}

bool ChildOverviewFigures::read(const QList<QList<QSqlRecord>> &rows, QDate weekStart, const QDateTime &now, QString *error)
{
    if (rows.value(0).isEmpty()) {
        *error = QCoreApplication::translate("ChildOverview", "This child is no longer in the database.");
        return false;
    }
    readProfile(rows.at(0).at(0));
    readMemoriesAndAlerts(rows.at(1).value(0), rows.at(2).value(0));
    readLastSession(rows.at(3));
    readWeek(rows.at(4), weekStart, now);
    readLastNightSession(rows.at(5));
    return true;
}

SqlStatement ChildOverviewFigures::profileStatement(const QString &childId)
{
    SqlStatement query;
    query.prepare(QStringLiteral(
        // A backend may leave the names empty: the email says who it is.
        "SELECT %1, "
        "  CASE WHEN jsonb_typeof(p.routines->'screenTime'->'limit') = 'number' "
        "    THEN (p.routines->'screenTime'->>'limit')::numeric END, "
        "  CASE WHEN jsonb_typeof(p.routines) = 'object' THEN p.routines::text END "
        "FROM %2 LEFT JOIN %3 ON true").arg(SessionSql::childName(), SessionSql::child(), SessionSql::childProfile()));
    query.bindValue(QStringLiteral(":child"), childId);
    return query;
}

void ChildOverviewFigures::readProfile(const QSqlRecord &profile)
{
    childName = profile.value(0).toString();
    dailyLimitMinutes = profile.value(1).isNull() ? -1 : qRound(profile.value(1).toDouble());
    wakingHours = WakingHours::fromRoutines(parsedJson(profile.value(2).toString()).toObject());
}

SqlStatement ChildOverviewFigures::weekStatement(const QString &childId, QDate first, const QDateTime &now)
{
    // The 7 days before as well, in the same statement: the average a parent compares with.
    SqlStatement query;
    query.prepare(SessionSql::perLocalDay(LocalDays::rowsSql()));
    query.bindValue(QStringLiteral(":now"), Database::utcTimestamp(now));
    LocalDays(first.addDays(-7), 14).bind(query);
    query.bindValue(QStringLiteral(":child"), childId);
    return query;
}

void ChildOverviewFigures::readWeek(const QList<QSqlRecord> &days, QDate first, const QDateTime &now)
{
    weekDayNames = LocalDays(first, 7).labels();
    week.limit = dailyLimitMinutes;
    const QDate fortnightStart = first.addDays(-7);
    const QDate today = now.date();
    for (const QSqlRecord &row : days) {
        const QDate day = fortnightStart.addDays(row.value(0).toInt() - 1);
        const double minutes = row.value(1).toDouble();
        if (day < first) {
            previousWeekMinutes += minutes;
            continue;
        }
        const int sessions = row.value(2).toInt();
        week.append(minutes);
        weekMinutes += minutes;
        weekSessions += sessions;
        nightSessionsThisWeek += row.value(3).toInt();
        if (day == today) {
            todayMinutes = minutes;
            todaySessions = sessions;
        }
    }
}

SqlStatement ChildOverviewFigures::lastNightSessionStatement(const QString &childId, QDate first, const QDateTime &now)
{
    SqlStatement query;
    query.prepare(QStringLiteral(
        "SELECT vs.id::text, vs.\"startedAt\", vs.status = 'active' AND NOT %1 "
        "FROM %2 JOIN %3 ON vs.\"startedAt\" >= d.s AND vs.\"startedAt\" < d.e CROSS JOIN %5 "
        "WHERE %4 ORDER BY vs.\"startedAt\" DESC, vs.id DESC LIMIT 1")
                      .arg(SessionSql::stale(), LocalDays::rowsSql(),
                           SessionSql::childSessions(QStringLiteral("CAST(:from AS timestamp)"), QStringLiteral("CAST(:to AS timestamp)")),
                           WakingHours::outsideSql(QStringLiteral("(vs.\"startedAt\" - d.s)")), WakingHours::ofChildSql()));
    LocalDays(first, 7).bind(query);
    query.bindValue(QStringLiteral(":now"), Database::utcTimestamp(now));
    query.bindValue(QStringLiteral(":child"), childId);
    return query;
}

void ChildOverviewFigures::readLastNightSession(const QList<QSqlRecord> &rows)
{
    if (rows.isEmpty())
        return;
    const QSqlRecord &row = rows.constFirst();
    lastNightSessionId = row.value(0).toString();
    lastNightSessionStart = Database::fromUtcTimestamp(row.value(1));
    lastNightSessionLive = row.value(2).toBool();
    lastNightSessionReason = wakingHours.describe(lastNightSessionStart.toLocalTime().time());
}

SqlStatement ChildOverviewFigures::memoriesStatement(const QString &childId, QDate weekStart)
{
    SqlStatement memories;
    memories.prepare(QStringLiteral(
        "SELECT nido.memory_count(current_user, CAST(:child AS uuid), NULL), "
        "  nido.memory_count(current_user, CAST(:child AS uuid), jsonb_build_object('from', CAST(:from AS text)))"));
    memories.bindValue(QStringLiteral(":from"), Database::utcTimestamp(QDateTime(weekStart, QTime(0, 0))));
    memories.bindValue(QStringLiteral(":child"), childId);
    return memories;
}

SqlStatement ChildOverviewFigures::alertsStatement(const QString &childId, QDate weekStart)
{
    SqlStatement alerts;
    alerts.prepare(QStringLiteral(
        "SELECT COUNT(*) FILTER (WHERE %1), COUNT(*) FILTER (WHERE NOT %1) "
        "FROM nido.heartbeats_of_sessions(current_user, CAST(:child AS uuid), CAST(:from AS timestamp), NULL, true) h")
                       .arg(SessionSql::heartbeatError()));
    alerts.bindValue(QStringLiteral(":child"), childId);
    alerts.bindValue(QStringLiteral(":from"), Database::utcTimestamp(QDateTime(weekStart, QTime(0, 0))));
    return alerts;
}

void ChildOverviewFigures::readMemoriesAndAlerts(const QSqlRecord &memories, const QSqlRecord &alerts)
{
    memoriesTotal = memories.value(0).toInt();
    memoriesThisWeek = memories.value(1).toInt();
    deviceErrorsThisWeek = alerts.value(0).toInt();
    deviceWarningsThisWeek = alerts.value(1).toInt();
}

SqlStatement ChildOverviewFigures::lastSessionStatement(const QString &childId, const QDateTime &now)
{
    SqlStatement query;
    query.prepare(QStringLiteral(
        "SELECT vs.\"startedAt\", %1 / 60.0, vs.status = 'active' AND NOT %3, a.name, vs.status = 'active' AND %3, %4, vs.id::text "
        "FROM %5 LEFT JOIN nido.visible_agents(current_user) a ON a.id = %2 "
        "ORDER BY vs.\"startedAt\" DESC NULLS LAST, vs.id DESC LIMIT 1")
                      .arg(SessionSql::talkedSeconds(), SessionSql::agentId(), SessionSql::stale(), SessionSql::lastSignOfLife(), SessionSql::childSessions()));
    query.bindValue(QStringLiteral(":now"), Database::utcTimestamp(now));
    query.bindValue(QStringLiteral(":child"), childId);
    return query;
}

void ChildOverviewFigures::readLastSession(const QList<QSqlRecord> &rows)
{
    if (rows.isEmpty())
        return;
    const QSqlRecord &row = rows.constFirst();
    lastSessionStart = Database::fromUtcTimestamp(row.value(0));
    lastSessionMinutes = row.value(1).toDouble();
    lastSessionLive = row.value(2).toBool();
    lastSessionAgent = row.value(3).toString();
    lastSessionId = row.value(6).toString();
    if (row.value(4).toBool())
        lastSessionSilentSince = Database::fromUtcTimestamp(row.value(5));
}
