#pragma once

#include "wakinghours.h"

#include <QString>

// SQL fragments shared by the queries that read voice sessions (alias vs), their heartbeats (h) and
// their child (u): each rule the screens, the reports and the exports apply, written once. Those
// that count time need :now bound.
namespace SessionSql {

// The child's sessions (alias vs), read through the server (migration 19): those started from
// `from` and before `before`, SQL timestamps (NULL leaves that side open). Binds :child.
inline QString childSessions(const QString &from = QStringLiteral("NULL"), const QString &before = QStringLiteral("NULL"))
{
    return QStringLiteral("nido.child_sessions(current_user, CAST(:child AS uuid), %1, %2) vs").arg(from, before);
}

// The child's row (alias u) and profile row (alias p; none when the backend made none), read
// through the server (migration 20). Binds :child.
inline QString child()
{
    return QStringLiteral("nido.child_row(current_user, CAST(:child AS uuid)) u");
}
inline QString childProfile()
{
    return QStringLiteral("nido.child_profile(current_user, CAST(:child AS uuid)) p");
}

// The agent of a session: nido.session_agent_id (migration 0013) reads metadata->>'agentId' as the
// server's deletion guard does, in any case, and a malformed id as none.
inline QString agentId()
{
    return QStringLiteral("nido.session_agent_id(vs.metadata)");
}

// How long an ended session lasted: its recorded duration, or from its end time when the backend
// recorded none; NULL when neither says (a live session, or a backend that left both empty).
inline QString knownDurationSeconds()
{
    return QStringLiteral(
        "CASE WHEN COALESCE(vs.\"durationSeconds\", 0) > 0 THEN vs.\"durationSeconds\" "
        "  WHEN vs.\"endedAt\" IS NOT NULL THEN CAST(EXTRACT(EPOCH FROM vs.\"endedAt\" - vs.\"startedAt\") AS integer) END");
}

// The last heartbeat or message of a session, or its start.
inline QString lastSignOfLife()
{
    return QStringLiteral(
        "GREATEST(vs.\"startedAt\", (SELECT GREATEST(s.\"lastHeartbeat\", s.\"lastMessage\") "
        "  FROM nido.session_signs(current_user, vs.\"userId\", vs.id) s))");
}

// A session still "active" that has shown no sign of life for 10 minutes: a backend that crashed
// left it so. It counts until its last sign of life, and is not called live.
inline QString stale()
{
    return QStringLiteral("(vs.status = 'active' AND %1 < CAST(:now AS timestamp) - interval '10 minutes')").arg(lastSignOfLife());
}

// When a session stopped counting: an ended one after its recorded duration, or at endedAt when
// the backend recorded none; a live one now; a stale one at its last sign of life.
inline QString end()
{
    return QStringLiteral(
        "CASE WHEN vs.status = 'active' THEN "
        "    CASE WHEN %1 THEN %2 ELSE GREATEST(CAST(:now AS timestamp), vs.\"startedAt\") END "
        "  WHEN COALESCE(vs.\"durationSeconds\", 0) > 0 THEN vs.\"startedAt\" + make_interval(secs => vs.\"durationSeconds\") "
        "  ELSE GREATEST(COALESCE(vs.\"endedAt\", vs.\"startedAt\"), vs.\"startedAt\") END")
        .arg(stale(), lastSignOfLife());
}

// Seconds talked in a session.
inline QString talkedSeconds()
{
    return QStringLiteral("EXTRACT(EPOCH FROM (%1) - vs.\"startedAt\")").arg(end());
}

// Per local day d(s, e, i) of LocalDays::rowsSql(): minutes talked that day (a session over
// midnight counts on both days), sessions started, and of those how many started outside the
// routines' waking hours. Binds: the days, :from and :to (their bounds), :child, :now.
inline QString perLocalDay(const QString &daysSql)
{
    return QStringLiteral(
        // LEAST and GREATEST skip NULLs: a day without sessions must not count as a whole one.
        "SELECT d.i, COALESCE(SUM(EXTRACT(EPOCH FROM LEAST(x.e, d.e) - GREATEST(x.s, d.s))) FILTER (WHERE x.id IS NOT NULL), 0) / 60.0, "
        "  COUNT(x.id) FILTER (WHERE x.s >= d.s), "
        "  COUNT(x.id) FILTER (WHERE x.s >= d.s AND %3) "
        "FROM %1 CROSS JOIN %5 LEFT JOIN ("
        "  SELECT vs.id, vs.\"startedAt\" AS s, %2 AS e FROM %4) x ON x.s < d.e AND x.e > d.s "
        "GROUP BY d.i ORDER BY d.i")
        .arg(daysSql, end(), WakingHours::outsideSql(QStringLiteral("(x.s - d.s)")),
             childSessions(QStringLiteral("CAST(:from AS timestamp) - interval '1 day'"), QStringLiteral("CAST(:to AS timestamp)")),
             WakingHours::ofChildSql());
}

// A metric of a heartbeat (alias h), or NULL when the backend sent none or something that is not a
// number: the definition the minute roll-ups are made with (migration 12).
inline QString heartbeatValue(const QString &metric)
{
    return QStringLiteral("nido.heartbeat_value(h.metrics, '%1')").arg(metric);
}

// Of the heartbeats reporting a problem (the partial index of migration 11, read by the
// functions of migration 18), the ones that are errors rather than warnings (low battery, a slow
// connection).
inline QString heartbeatError()
{
    return QStringLiteral("(h.status = 'error' OR h.\"errorMessage\" IS NOT NULL)");
}

// A device as the child's profile names it (familyContext.devices: [{"id", "name"}]), or NULL.
// Binds :child.
inline QString deviceName(const QString &deviceId)
{
    return QStringLiteral(
        "(SELECT NULLIF(btrim(d->>'name'), '') FROM nido.child_profile(current_user, CAST(:child AS uuid)) dp, "
        "  jsonb_array_elements(CASE WHEN jsonb_typeof(dp.\"familyContext\"->'devices') = 'array' "
        "    THEN dp.\"familyContext\"->'devices' ELSE '[]' END) d WHERE d->>'id' = %1 LIMIT 1)").arg(deviceId);
}

// A child's name as every screen and report shows it (alias u for users): first and last name,
// either of them missing or blank, else the e-mail, else nothing.
inline QString childName()
{
    return QStringLiteral("COALESCE(NULLIF(concat_ws(' ', NULLIF(btrim(u.\"firstName\"), ''), NULLIF(btrim(u.\"lastName\"), '')), ''), u.email, '')");
}

} // namespace SessionSql
