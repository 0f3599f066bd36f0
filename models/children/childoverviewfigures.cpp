#include "childoverviewfigures.h"
#include "database.h"
#include "jsontext.h"
#include "localdays.h"
#include "sessionsql.h"
#include "sqlconnection.h"

#include <QCoreApplication>

bool ChildOverviewFigures::load(SqlConnection &db, const QString &childId, QDate weekStart, const QDateTime &now, QString *error)
{
    return loadProfile(db, childId, error) && loadWeek(db, childId, weekStart, now, error)
        && loadMemoriesAndAlerts(db, childId, weekStart, error) && loadLastSession(db, childId, now, error);
}

bool ChildOverviewFigures::loadProfile(SqlConnection &db, const QString &childId, QString *error)
{
    QSqlQuery &query = db.prepared(QStringLiteral(
        // A backend may leave the names empty: the email says who it is.
        "SELECT %1, "
        "  CASE WHEN jsonb_typeof(p.routines->'screenTime'->'limit') = 'number' "
        "    THEN (p.routines->'screenTime'->>'limit')::numeric END, "
        "  CASE WHEN jsonb_typeof(p.routines) = 'object' THEN p.routines::text END "
        "FROM %2 LEFT JOIN %3 ON true").arg(SessionSql::childName(), SessionSql::child(), SessionSql::childProfile()));
    query.bindValue(QStringLiteral(":child"), childId);
    if (!db.exec(query, error))
        return false;
    if (!query.next()) {
        *error = QCoreApplication::translate("ChildOverview", "This child is no longer in the database.");
        return false;
    }
    childName = query.value(0).toString();
    dailyLimitMinutes = query.value(1).isNull() ? -1 : qRound(query.value(1).toDouble());
    wakingHours = WakingHours::fromRoutines(parsedJson(query.value(2).toString()).toObject());
    return true;
}

bool ChildOverviewFigures::loadWeek(SqlConnection &db, const QString &childId, QDate first, const QDateTime &now, QString *error)
{
    // The 7 days before as well, in the same statement: the average a parent compares with.
    const LocalDays fortnight(first.addDays(-7), 14);
    weekDayNames = LocalDays(first, 7).labels();
    QSqlQuery &query = db.prepared(SessionSql::perLocalDay(LocalDays::rowsSql()));
    wakingHours.bind(query);
    query.bindValue(QStringLiteral(":now"), Database::utcTimestamp(now));
    fortnight.bind(query);
    query.bindValue(QStringLiteral(":child"), childId);
    if (!db.exec(query, error))
        return false;
    week.limit = dailyLimitMinutes;
    const QDate today = now.date();
    while (query.next()) {
        const QDate day = fortnight.first().addDays(query.value(0).toInt() - 1);
        const double minutes = query.value(1).toDouble();
        if (day < first) {
            previousWeekMinutes += minutes;
            continue;
        }
        const int sessions = query.value(2).toInt();
        week.append(minutes);
        weekMinutes += minutes;
        weekSessions += sessions;
        nightSessionsThisWeek += query.value(3).toInt();
        if (day == today) {
            todayMinutes = minutes;
            todaySessions = sessions;
        }
    }
    return loadLastNightSession(db, childId, first, now, error);
}

bool ChildOverviewFigures::loadLastNightSession(SqlConnection &db, const QString &childId, QDate first, const QDateTime &now, QString *error)
{
    if (!wakingHours.known())
        return true;
    QSqlQuery &query = db.prepared(QStringLiteral(
        "SELECT vs.id::text, vs.\"startedAt\", vs.status = 'active' AND NOT %1 "
        "FROM %2 JOIN %3 ON vs.\"startedAt\" >= d.s AND vs.\"startedAt\" < d.e "
        "WHERE %4 ORDER BY vs.\"startedAt\" DESC, vs.id DESC LIMIT 1")
                                      .arg(SessionSql::stale(), LocalDays::rowsSql(),
                                           SessionSql::childSessions(QStringLiteral("CAST(:from AS timestamp)"), QStringLiteral("CAST(:to AS timestamp)")),
                                           WakingHours::outsideSql(QStringLiteral("(vs.\"startedAt\" - d.s)"))));
    LocalDays(first, 7).bind(query);
    wakingHours.bind(query);
    query.bindValue(QStringLiteral(":now"), Database::utcTimestamp(now));
    query.bindValue(QStringLiteral(":child"), childId);
    if (!db.exec(query, error))
        return false;
    if (query.next()) {
        lastNightSessionId = query.value(0).toString();
        lastNightSessionStart = Database::fromUtcTimestamp(query.value(1));
        lastNightSessionLive = query.value(2).toBool();
        lastNightSessionReason = wakingHours.describe(lastNightSessionStart.toLocalTime().time());
    }
    return true;
}

bool ChildOverviewFigures::loadMemoriesAndAlerts(SqlConnection &db, const QString &childId, QDate weekStart, QString *error)
{
    const QString weekFrom = Database::utcTimestamp(QDateTime(weekStart, QTime(0, 0)));
    QSqlQuery &memories = db.prepared(QStringLiteral(
        "SELECT nido.memory_count(current_user, CAST(:child AS uuid), NULL), "
        "  nido.memory_count(current_user, CAST(:child AS uuid), jsonb_build_object('from', CAST(:from AS text)))"));
    memories.bindValue(QStringLiteral(":from"), weekFrom);
    memories.bindValue(QStringLiteral(":child"), childId);
    if (!db.exec(memories, error) || !memories.next()) {
        return false;
    }
    memoriesTotal = memories.value(0).toInt();
    memoriesThisWeek = memories.value(1).toInt();

    QSqlQuery &alerts = db.prepared(QStringLiteral(
        "SELECT COUNT(*) FILTER (WHERE %1), COUNT(*) FILTER (WHERE NOT %1) "
        "FROM nido.heartbeats_of_sessions(current_user, CAST(:child AS uuid), CAST(:from AS timestamp), NULL, true) h")
                                        .arg(SessionSql::heartbeatError()));
    alerts.bindValue(QStringLiteral(":child"), childId);
    alerts.bindValue(QStringLiteral(":from"), weekFrom);
    if (!db.exec(alerts, error) || !alerts.next()) {
        return false;
    }
    deviceErrorsThisWeek = alerts.value(0).toInt();
    deviceWarningsThisWeek = alerts.value(1).toInt();
    return true;
}

bool ChildOverviewFigures::loadLastSession(SqlConnection &db, const QString &childId, const QDateTime &now, QString *error)
{
    QSqlQuery &query = db.prepared(QStringLiteral(
        "SELECT vs.\"startedAt\", %1 / 60.0, vs.status = 'active' AND NOT %3, a.name, vs.status = 'active' AND %3, %4, vs.id::text "
        "FROM %5 LEFT JOIN nido.visible_agents(current_user) a ON a.id = %2 "
        "ORDER BY vs.\"startedAt\" DESC NULLS LAST, vs.id DESC LIMIT 1")
                      .arg(SessionSql::talkedSeconds(), SessionSql::agentId(), SessionSql::stale(), SessionSql::lastSignOfLife(), SessionSql::childSessions()));
    query.bindValue(QStringLiteral(":now"), Database::utcTimestamp(now));
    query.bindValue(QStringLiteral(":child"), childId);
    if (!db.exec(query, error))
        return false;
    if (query.next()) {
        lastSessionStart = Database::fromUtcTimestamp(query.value(0));
        lastSessionMinutes = query.value(1).toDouble();
        lastSessionLive = query.value(2).toBool();
        lastSessionAgent = query.value(3).toString();
        lastSessionId = query.value(6).toString();
        if (query.value(4).toBool())
            lastSessionSilentSince = Database::fromUtcTimestamp(query.value(5));
    }
    return true;
}
