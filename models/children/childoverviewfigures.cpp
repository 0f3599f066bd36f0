#include "childoverviewfigures.h"
#include "database.h"
#include "jsontext.h"
#include "localdays.h"
#include "sessionsql.h"
#include "sqlconnection.h"

#include <QCoreApplication>
#include <QLocale>

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
    const LocalDays week(first, 7);
    for (int day = 0; day < 7; ++day)
        weekDayNames << QLocale().dayName(first.addDays(day).dayOfWeek(), QLocale::ShortFormat);
    QSqlQuery &query = db.prepared(SessionSql::perLocalDay(LocalDays::rowsSql()));
    wakingHours.bind(query);
    query.bindValue(QStringLiteral(":now"), Database::utcTimestamp(now));
    week.bind(query);
    query.bindValue(QStringLiteral(":child"), childId);
    if (!db.exec(query, error))
        return false;
    const QDate today = now.date();
    while (query.next()) {
        const int day = query.value(0).toInt() - 1;
        const double minutes = query.value(1).toDouble();
        const int sessions = query.value(2).toInt();
        weekMinutesPerDay << minutes;
        weekMinutes += minutes;
        weekSessions += sessions;
        nightSessionsThisWeek += query.value(3).toInt();
        if (dailyLimitMinutes >= 0 && minutes > dailyLimitMinutes)
            ++daysOverLimit;
        if (first.addDays(day) == today) {
            todayMinutes = minutes;
            todaySessions = sessions;
        }
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
        "SELECT vs.\"startedAt\", %1 / 60.0, vs.status = 'active' AND NOT %3, a.name, vs.status = 'active' AND %3, %4 "
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
        if (query.value(4).toBool())
            lastSessionSilentSince = Database::fromUtcTimestamp(query.value(5));
    }
    return true;
}
