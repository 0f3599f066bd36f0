#include "reportdata.h"
#include "database.h"
#include "devicehealth.h"
#include "localdays.h"
#include "sessionsql.h"
#include "sqlconnection.h"

#include "jsontext.h"
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace ReportData {
namespace {

std::optional<double> optionalNumber(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

QString now() { return Database::utcTimestamp(QDateTime::currentDateTime()); }

// The child's sessions of the report's period (binds :child, :from and :to).
QString periodSessions()
{
    return SessionSql::childSessions(QStringLiteral("CAST(:from AS timestamp)"), QStringLiteral("CAST(:to AS timestamp)"));
}

const auto sessionHeader = QStringLiteral(
    "SELECT vs.id::text, vs.\"userId\"::text, %4, "
    "  COALESCE(a.name, ''), vs.\"startedAt\", %2, COALESCE(%3, -1), COALESCE(vs.\"messageCount\", 0), "
    "  COALESCE(vs.\"totalTokensUsed\", 0), COALESCE(vs.\"totalCost\", 0), vs.status::text "
    "FROM %5 CROSS JOIN LATERAL nido.child_row(current_user, vs.\"userId\") u LEFT JOIN nido.visible_agents(current_user) a ON a.id = %1 ");

bool readTranscript(SqlConnection &db, Session &session, QString *error)
{
    QSqlQuery &query = db.prepared(QStringLiteral(
        "SELECT \"messageType\" = 'user', content, \"createdAt\" "
        "FROM nido.messages_of_session(current_user, CAST(:child AS uuid), CAST(:id AS uuid), NULL, NULL) ORDER BY \"createdAt\", id"));
    query.bindValue(QStringLiteral(":id"), session.id);
    query.bindValue(QStringLiteral(":child"), session.childId);
    if (!db.exec(query, error))
        return false;
    while (query.next())
        session.transcript.append({query.value(0).toBool(), query.value(1).toString(), Database::fromUtcTimestamp(query.value(2)).toLocalTime()});
    query.finish();
    return true;
}

bool readDetails(SqlConnection &db, Session &session, QString *error)
{
    QSqlQuery &memories = db.prepared(QStringLiteral(
        "SELECT COALESCE(NULLIF(mc.summary, ''), mc.content), mc.importance "
        "FROM nido.memories(current_user, CAST(:child AS uuid), jsonb_build_object('session', CAST(:id AS text)), 'oldest', NULL, NULL, NULL) mc "
        "ORDER BY mc.\"createdAt\", mc.id"));
    memories.bindValue(QStringLiteral(":child"), session.childId);
    memories.bindValue(QStringLiteral(":id"), session.id);
    if (!db.exec(memories, error))
        return false;
    while (memories.next())
        session.memories << QStringLiteral("%1 (%2)").arg(memories.value(0).toString(), QLocale().toString(memories.value(1).toDouble(), 'f', 2));
    memories.finish();

    // The lowest and mean battery, the mean audio quality and the count from the minute roll-ups,
    // which hold them; the percentile and the errors from the heartbeats.
    QSqlQuery &health = db.prepared(QStringLiteral(
        "SELECT m.least, m.mean, nido.session_metric_percentile(current_user, CAST(:child AS uuid), CAST(:id AS uuid), 'latency', 0.95), "
        "  m.audio, (SELECT COUNT(*) FROM nido.heartbeats_of_session(current_user, CAST(:child AS uuid), CAST(:id AS uuid), NULL, NULL, true) h "
        "            WHERE %1), m.heartbeats "
        "FROM (SELECT MIN(m.\"batteryLevelMin\") AS least, SUM(m.\"batteryLevelSum\") / NULLIF(SUM(m.\"batteryLevelCount\"), 0) AS mean, "
        "        SUM(m.\"audioQualitySum\") / NULLIF(SUM(m.\"audioQualityCount\"), 0) AS audio, COALESCE(SUM(m.heartbeats), 0) AS heartbeats "
        "      FROM nido.minutes_of_session(current_user, CAST(:child AS uuid), CAST(:id AS uuid)) m) m")
                                     .arg(SessionSql::heartbeatError()));
    health.bindValue(QStringLiteral(":child"), session.childId);
    health.bindValue(QStringLiteral(":id"), session.id);
    if (!db.exec(health, error) || !health.next())
        return false;
    session.minBattery = optionalNumber(health.value(0));
    session.meanBattery = optionalNumber(health.value(1));
    session.p95Latency = optionalNumber(health.value(2));
    session.meanAudioQuality = optionalNumber(health.value(3));
    session.errors = health.value(4).toInt();
    session.heartbeats = health.value(5).toInt();
    health.finish();

    // The points the session's Device health tab draws, the same buckets and means, with x in
    // minutes since the first bucket.
    DeviceHealth::Figures figures;
    if (!DeviceHealth::readSessionSeries(db, session.childId, session.id, figures, error))
        return false;
    Series battery{QCoreApplication::translate("ReportData", "Battery"), QStringLiteral("%"), {}};
    Series latency{QCoreApplication::translate("ReportData", "Response time"), QStringLiteral("ms"), {}};
    battery.points = figures.points.value(QStringLiteral("batteryLevel"));
    latency.points = figures.points.value(QStringLiteral("latency"));
    session.health = {battery, latency};
    return true;
}

Session sessionFrom(const QSqlQuery &query)
{
    Session session;
    session.id = query.value(0).toString();
    session.childId = query.value(1).toString();
    session.childName = query.value(2).toString();
    session.agentName = query.value(3).toString();
    session.startedAt = Database::fromUtcTimestamp(query.value(4)).toLocalTime();
    session.endedAt = Database::fromUtcTimestamp(query.value(5)).toLocalTime();
    session.durationSeconds = query.value(6).toInt();
    session.messageCount = query.value(7).toInt();
    session.tokens = query.value(8).toLongLong();
    session.cost = query.value(9).toDouble();
    session.status = query.value(10).toString();
    return session;
}

} // namespace

std::optional<Session> readSession(SqlConnection &db, const QString &sessionId, bool withDetails, QString *error)
{
    QSqlQuery &query = db.prepared(sessionHeader.arg(SessionSql::agentId(), SessionSql::end(), SessionSql::knownDurationSeconds(), SessionSql::childName(),
                                                     QStringLiteral("nido.sessions_by_id(current_user, ARRAY[CAST(:id AS uuid)]) vs")));
    query.bindValue(QStringLiteral(":id"), sessionId);
    query.bindValue(QStringLiteral(":now"), now());
    if (!db.exec(query, error))
        return std::nullopt;
    if (!query.next()) {
        *error = QCoreApplication::translate("ReportData", "No session has the id %1 (or it is not yours to see).").arg(sessionId);
        return std::nullopt;
    }
    Session session = sessionFrom(query);
    query.finish();
    if (!readTranscript(db, session, error) || (withDetails && !readDetails(db, session, error)))
        return std::nullopt;
    return session;
}

std::optional<Period> readPeriod(SqlConnection &db, const QString &childId, QDate from, QDate to, bool withTranscripts, QString *error)
{
    Period period;
    period.childId = childId;
    period.from = from;
    period.to = to;
    const LocalDays days(from, int(from.daysTo(to)) + 1);

    QSqlQuery &child = db.prepared(QStringLiteral(
        "SELECT %1, p.routines::text "
        "FROM %2 LEFT JOIN %3 ON true").arg(SessionSql::childName(), SessionSql::child(), SessionSql::childProfile()));
    child.bindValue(QStringLiteral(":child"), childId);
    if (!db.exec(child, error))
        return std::nullopt;
    if (!child.next()) {
        *error = QCoreApplication::translate("ReportData", "No child has the id %1 (or it is not yours to see).").arg(childId);
        return std::nullopt;
    }
    period.childName = child.value(0).toString();
    const QJsonObject routines = parsedJson(child.value(1).toString()).toObject();
    const QJsonValue limit = routines.value(QStringLiteral("screenTime")).toObject().value(QStringLiteral("limit"));
    period.limitMinutes = limit.isDouble() ? qRound(limit.toDouble()) : -1;
    child.finish();

    QSqlQuery &perDay = db.prepared(SessionSql::perLocalDay(LocalDays::rowsSql()));
    days.bind(perDay);
    perDay.bindValue(QStringLiteral(":now"), now());
    perDay.bindValue(QStringLiteral(":child"), childId);
    if (!db.exec(perDay, error))
        return std::nullopt;
    while (perDay.next())
        period.minutesPerDay << perDay.value(1).toDouble();
    perDay.finish();
    period.dayLabels = days.labels();

    // The server reads the problems session by session from their partial index (migration 11).
    QSqlQuery &alerts = db.prepared(QStringLiteral(
        "SELECT d.i, COUNT(x.id) FROM %1 LEFT JOIN ("
        "  SELECT h.id, h.timestamp FROM nido.heartbeats_of_sessions(current_user, CAST(:child AS uuid), "
        "    CAST(:from AS timestamp) - interval '1 day', CAST(:to AS timestamp), true) h WHERE %2) x "
        "  ON x.timestamp >= d.s AND x.timestamp < d.e "
        "GROUP BY d.i ORDER BY d.i").arg(LocalDays::rowsSql(), SessionSql::heartbeatError()));
    days.bind(alerts);
    alerts.bindValue(QStringLiteral(":child"), childId);
    if (!db.exec(alerts, error))
        return std::nullopt;
    while (alerts.next())
        period.alertsPerDay << alerts.value(1).toInt();
    alerts.finish();

    QSqlQuery &sessions = db.prepared(QString(sessionHeader + QStringLiteral("ORDER BY vs.\"startedAt\", vs.id LIMIT %6"))
                                          .arg(SessionSql::agentId(), SessionSql::end(), SessionSql::knownDurationSeconds(), SessionSql::childName(), periodSessions())
                                          .arg(Period::sessionsListed));
    days.bind(sessions);
    sessions.bindValue(QStringLiteral(":child"), childId);
    sessions.bindValue(QStringLiteral(":now"), now());
    if (!db.exec(sessions, error))
        return std::nullopt;
    while (sessions.next())
        period.sessions << sessionFrom(sessions);
    sessions.finish();
    period.sessionsTotal = int(period.sessions.size());
    if (period.sessionsTotal == Period::sessionsListed) {
        QSqlQuery &all = db.prepared(QStringLiteral(
            "SELECT COUNT(*) FROM %1").arg(periodSessions()));
        days.bind(all);
        all.bindValue(QStringLiteral(":child"), childId);
        if (!db.exec(all, error) || !all.next())
            return std::nullopt;
        period.sessionsTotal = all.value(0).toInt();
        all.finish();
    }
    for (Session &session : period.sessions) {
        if (withTranscripts && !readTranscript(db, session, error))
            return std::nullopt;
    }

    QSqlQuery &memories = db.prepared(QStringLiteral(
        "SELECT nido.memory_count(current_user, CAST(:child AS uuid), jsonb_build_object('from', CAST(:from AS text), 'before', CAST(:to AS text))), "
        "  (SELECT COUNT(*) FROM nido.child_deletions(current_user, CAST(:child AS uuid), false) o "
        "          WHERE o.\"requestedAt\" >= CAST(:from AS timestamp) AND o.\"requestedAt\" < CAST(:to AS timestamp))"));
    days.bind(memories);
    memories.bindValue(QStringLiteral(":child"), childId);
    if (!db.exec(memories, error) || !memories.next())
        return std::nullopt;
    period.memoriesCreated = memories.value(0).toInt();
    period.memoriesDeleted = memories.value(1).toInt();
    memories.finish();

    // The schema document's top ten, among the memories of the period.
    QSqlQuery &top = db.prepared(QStringLiteral(
        "SELECT COALESCE(NULLIF(mc.summary, ''), mc.content), mc.importance "
        "FROM nido.memories(current_user, CAST(:child AS uuid), jsonb_build_object('from', CAST(:from AS text), 'before', CAST(:to AS text)), "
        "  'importance', NULL, NULL, 10) mc ORDER BY mc.importance DESC, mc.\"createdAt\" DESC, mc.id"));
    days.bind(top);
    top.bindValue(QStringLiteral(":child"), childId);
    if (!db.exec(top, error))
        return std::nullopt;
    while (top.next())
        period.topMemories << QStringLiteral("%1 (%2)").arg(top.value(0).toString(), QLocale().toString(top.value(1).toDouble(), 'f', 2));
    top.finish();

    QSqlQuery &agents = db.prepared(QStringLiteral(
        "SELECT COALESCE(a.name, ''), SUM(%2) / 60.0 FROM %3 LEFT JOIN nido.visible_agents(current_user) a ON a.id = %1 "
        "GROUP BY a.id, 1 ORDER BY 2 DESC").arg(SessionSql::agentId(), SessionSql::talkedSeconds(), periodSessions()));
    days.bind(agents);
    agents.bindValue(QStringLiteral(":child"), childId);
    agents.bindValue(QStringLiteral(":now"), now());
    if (!db.exec(agents, error))
        return std::nullopt;
    while (agents.next())
        period.minutesPerAgent.append({agents.value(0).toString(), agents.value(1).toDouble()});
    agents.finish();
    const auto retention = RetentionPolicy::readCategories(db, childId, error);
    if (!retention)
        return std::nullopt;
    period.retention = *retention;
    return period;
}

} // namespace ReportData
