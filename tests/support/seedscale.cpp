#include "seedscale.h"

#include "database.h"
#include "databaseworker.h"
#include "processrun.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// The switcher lists children by first name, then id.
const auto firstListedChild = QStringLiteral("SELECT id::text FROM users ORDER BY COALESCE(\"firstName\", ''), id LIMIT 1");

// Copies of the child's own memories, spread over the seed's 90 days.
const auto heavyMemories = QStringLiteral(
    "INSERT INTO memory_contexts (\"userId\", \"sessionId\", \"agentId\", \"memoryType\", category, content, summary, "
    "  metadata, importance, \"accessCount\", \"lastAccessedAt\", \"createdAt\", \"updatedAt\", \"expiresAt\") "
    "SELECT m.\"userId\", m.\"sessionId\", m.\"agentId\", m.\"memoryType\", m.category, m.content || ' (' || g || ')', "
    "  m.summary, m.metadata, m.importance, m.\"accessCount\", m.\"lastAccessedAt\", "
    "  m.\"createdAt\" - make_interval(mins => g * 971 % 129600), m.\"updatedAt\", m.\"expiresAt\" "
    "FROM memory_contexts m CROSS JOIN generate_series(1, 133) g WHERE m.\"userId\" = CAST(:child AS uuid)");

// A session stuck open for fourteen hours, a heartbeat a second.
const auto heavySession = QStringLiteral(
    "INSERT INTO voice_sessions (\"userId\", \"sessionToken\", \"roomName\", status, language, \"startedAt\", \"endedAt\", "
    "  \"durationSeconds\") "
    "VALUES (CAST(:child AS uuid), 'bench-heavy-session', 'bench-heavy-room', 'ended', 'es', "
    "  (now() AT TIME ZONE 'UTC') - interval '20 hours', (now() AT TIME ZONE 'UTC') - interval '20 hours' + interval '50000 seconds', 50000) "
    "RETURNING id::text");
const auto heavyHeartbeats = QStringLiteral(
    "INSERT INTO session_heartbeats (\"sessionId\", status, metrics, \"deviceId\", timestamp) "
    "SELECT s.id, CASE WHEN g % 997 = 0 THEN 'degraded' ELSE 'ok' END, "
    "  jsonb_build_object('batteryLevel', round((100 - g / 520.0)::numeric, 1), "
    "    'latency', 80 + (g * 7919) % 150 + CASE WHEN g % 1500 < 20 THEN 400 ELSE 0 END, "
    "    'audioQuality', 0.75 + (g % 23) / 100.0, 'signalStrength', -50 - g % 30, 'userEngagement', (g % 10) / 10.0, "
    "    'temperature', 36 + (g % 1000) / 100.0, 'cpuUsage', 20 + g % 50, 'memoryUsage', 40 + g % 30), "
    "  'bench-heavy-device', s.\"startedAt\" + make_interval(secs => g) "
    "FROM voice_sessions s CROSS JOIN generate_series(0, 49999) g WHERE s.id = CAST(:session AS uuid)");

bool run(QSqlQuery &query, const QString &sql, const QVariantMap &values, QString *error)
{
    bool ok = false;
    if (values.isEmpty()) {
        ok = query.exec(sql);
    } else {
        query.prepare(sql);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            query.bindValue(it.key(), it.value());
        ok = query.exec();
    }
    if (ok)
        return true;
    *error = sql + QStringLiteral(": ") + query.lastError().text();
    return false;
}

} // namespace

bool SeedScale::reuse(const QString &database, QString *error)
{
    QString openError;
    QSqlDatabase db = Database::open(TestDatabase::conninfo(database), QLatin1String(QSqlDatabase::defaultConnection), &openError);
    DatabaseWorker::instance()->setConninfo(TestDatabase::conninfo(database));
    QSqlQuery query(db);
    if (!run(query, firstListedChild, {}, error) || !query.next())
        return false;
    heavyChildId = query.value(0).toString();
    if (!run(query, QStringLiteral("SELECT id::text FROM voice_sessions WHERE \"sessionToken\" = 'bench-heavy-session'"), {}, error)
        || !query.next())
        return false;
    heavySessionId = query.value(0).toString();
    return true;
}

bool SeedScale::build(const QString &database, QString *error, const QString &fixture)
{
    if (!fixture.isEmpty()) {
        if (!TestDatabase::createFromFixture(database, fixture, error))
            return false;
        const ProcessRun migrate = runProcess(QStringLiteral(NIDO_BINARY), {QStringLiteral("migrate"), QStringLiteral("--database"),
                                                                            TestDatabase::conninfo(database)});
        if (migrate.exitCode != 0) {
            *error = QStringLiteral("nido migrate failed: ") + migrate.err;
            return false;
        }
    }
    QSqlDatabase db = fixture.isEmpty() ? TestDatabase::create(database) : QSqlDatabase::database();
    QElapsedTimer clock;
    clock.start();
    const ProcessRun demo = runProcess(QStringLiteral(NIDO_BINARY),
                                       {QStringLiteral("demo-data"), QStringLiteral("--scale"), QStringLiteral("seed"),
                                        QStringLiteral("--database"), TestDatabase::conninfo(database)},
                                       QProcessEnvironment::systemEnvironment(), 600000);
    demoDataSeconds = clock.elapsed() / 1000.0;
    if (demo.exitCode != 0) {
        *error = QStringLiteral("nido demo-data --scale seed failed: ") + demo.err;
        return false;
    }
    QSqlQuery query(db);
    if (!run(query, firstListedChild, {}, error) || !query.next())
        return false;
    heavyChildId = query.value(0).toString();
    if (!run(query, heavyMemories, {{QStringLiteral(":child"), heavyChildId}}, error)
        || !run(query, heavySession, {{QStringLiteral(":child"), heavyChildId}}, error) || !query.next())
        return false;
    heavySessionId = query.value(0).toString();
    return run(query, heavyHeartbeats, {{QStringLiteral(":session"), heavySessionId}}, error)
        && run(query, QStringLiteral("VACUUM ANALYZE"), {}, error);
}
