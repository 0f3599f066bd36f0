#pragma once

#include <QString>

// SQL fragments shared by the queries that read voice sessions.
namespace SessionSql {

// The agent of a session (alias vs), from metadata->>'agentId'. The backend may write anything
// there ("uuid-del-agente"): only a well-formed id is cast, so a bad one cannot fail the query.
inline QString agentId()
{
    return QStringLiteral(
        "CASE WHEN vs.metadata->>'agentId' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' "
        "THEN CAST(vs.metadata->>'agentId' AS uuid) END");
}

// Seconds talked in a session (alias vs); a live one counts up to :now.
inline QString talkedSeconds()
{
    return QStringLiteral(
        "CASE WHEN vs.status = 'active' "
        "  THEN GREATEST(EXTRACT(EPOCH FROM (CAST(:now AS timestamp) - vs.\"startedAt\")), vs.\"durationSeconds\") "
        "  ELSE vs.\"durationSeconds\" END");
}

} // namespace SessionSql
