#include "devicehealth.h"
#include "database.h"
#include "localdays.h"
#include "sessionsql.h"

#include <QSettings>
#include <QUuid>
#include <QXYSeries>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr double defaultBatteryLow = 20;
constexpr double defaultLatencyHigh = 300;
constexpr double defaultAudioQualityLow = 0.7;
constexpr double defaultTemperatureHigh = 45;

// The roll-ups hold whole minutes: buckets that are whole minutes can be made of them exactly.
constexpr int minuteSeconds = 60;

double setting(const char *key, double fallback)
{
    return QSettings().value(QStringLiteral("health/") + QLatin1String(key), fallback).toDouble();
}

} // namespace

const QStringList &DeviceHealth::metrics()
{
    static const QStringList names = {
        QStringLiteral("batteryLevel"), QStringLiteral("latency"), QStringLiteral("audioQuality"),
        QStringLiteral("signalStrength"), QStringLiteral("userEngagement"), QStringLiteral("temperature"),
        QStringLiteral("cpuUsage"), QStringLiteral("memoryUsage")};
    return names;
}

DeviceHealth::DeviceHealth(QObject *parent)
    : DataLoader(parent)
    , m_batteryLow(setting("batteryLow", defaultBatteryLow))
    , m_latencyHigh(setting("latencyHigh", defaultLatencyHigh))
    , m_audioQualityLow(setting("audioQualityLow", defaultAudioQualityLow))
    , m_temperatureHigh(setting("temperatureHigh", defaultTemperatureHigh))
{
}

void DeviceHealth::setSessionId(const QString &sessionId)
{
    if (m_sessionId == sessionId)
        return;
    m_sessionId = sessionId;
    Q_EMIT sourceChanged();
    invalidate();
}

void DeviceHealth::setDays(int days)
{
    days = qBound(1, days, 366);
    if (m_days == days)
        return;
    m_days = days;
    Q_EMIT sourceChanged();
    invalidate();
}

void DeviceHealth::setThreshold(double &threshold, double value, const char *key)
{
    if (qFuzzyCompare(threshold, value))
        return;
    threshold = value;
    QSettings().setValue(QStringLiteral("health/") + QLatin1String(key), value);
    Q_EMIT thresholdsChanged();
    invalidate();
}

void DeviceHealth::setBatteryLow(double value)
{
    setThreshold(m_batteryLow, value, "batteryLow");
}

void DeviceHealth::setLatencyHigh(double value)
{
    setThreshold(m_latencyHigh, value, "latencyHigh");
}

void DeviceHealth::setAudioQualityLow(double value)
{
    setThreshold(m_audioQualityLow, value, "audioQualityLow");
}

void DeviceHealth::setTemperatureHigh(double value)
{
    setThreshold(m_temperatureHigh, value, "temperatureHigh");
}

void DeviceHealth::resetThresholds()
{
    setBatteryLow(defaultBatteryLow);
    setLatencyHigh(defaultLatencyHigh);
    setAudioQualityLow(defaultAudioQualityLow);
    setTemperatureHigh(defaultTemperatureHigh);
}

QString DeviceHealth::Source::scope(bool problems) const
{
    const QString only = problems ? QStringLiteral("true") : QStringLiteral("false");
    if (!sessionId.isEmpty())
        return QStringLiteral("FROM nido.heartbeats_of_session(current_user, CAST(:child AS uuid), CAST(:session AS uuid), NULL, NULL, %1) h").arg(only);
    return QStringLiteral("FROM nido.heartbeats_of_sessions(current_user, CAST(:child AS uuid), CAST(:from AS timestamp), NULL, %1) h").arg(only);
}

QString DeviceHealth::Source::minuteScope() const
{
    if (!sessionId.isEmpty())
        return QStringLiteral("FROM nido.minutes_of_session(current_user, CAST(:child AS uuid), CAST(:session AS uuid)) m");
    return QStringLiteral("FROM nido.minutes_of_sessions(current_user, CAST(:child AS uuid), CAST(:from AS timestamp), NULL) m");
}

void DeviceHealth::Source::bind(SqlStatement &query) const
{
    query.bindValue(QStringLiteral(":child"), childId);
    if (!sessionId.isEmpty())
        query.bindValue(QStringLiteral(":session"), sessionId);
    else
        query.bindValue(QStringLiteral(":from"), LocalDays::lastDays(days).startTimestamp());
}

bool DeviceHealth::wanted() const
{
    return DataLoader::wanted() && (m_sessionId.isEmpty() || !QUuid::fromString(m_sessionId).isNull());
}

void DeviceHealth::clear()
{
    m_figures = {};
    Q_EMIT seriesChanged();
}

void DeviceHealth::load()
{
    const Source source{childId(), m_sessionId, m_days, m_batteryLow, m_latencyHigh, m_audioQualityLow, m_temperatureHigh};
    readBatch<Figures>(
        {Figures::seriesStatement(source), Figures::crossingsStatement(source), Figures::problemsStatement(source), Figures::deviceStatement(source)},
        [](SqlConnection &, QList<QList<QSqlRecord>> &rows, Figures &figures, QString *) {
            figures.readSeries(rows.at(0));
            figures.readCrossings(rows.at(1));
            figures.readProblems(rows.at(2), rows.at(3));
            return true;
        },
        [this](Figures &&figures) {
            m_figures = std::move(figures);
            Q_EMIT seriesChanged();
        });
}

bool DeviceHealth::readSessionSeries(SqlConnection &db, const QString &childId, const QString &sessionId, Figures &figures, QString *error)
{
    QList<QSqlRecord> series;
    if (!db.exec(Figures::seriesStatement({childId, sessionId, 1, 0, 0, 0, 0}), &series, error))
        return false;
    figures.readSeries(series);
    return true;
}

SqlStatement DeviceHealth::Figures::seriesStatement(const Source &source)
{
    // Every heartbeat is in its minute's roll-up, with the minute's first and last time: the range.
    // Buckets are cut at multiples of their width, not at the first heartbeat: a span of n widths
    // can touch n + 1 of them, hence the two spare. From half a minute on, buckets are rounded up
    // to whole minutes, so that they are made of whole roll-ups: a long span reads a few hundred
    // roll-ups instead of tens of thousands of heartbeats (50,000 at one a second span 14 hours:
    // 51 s buckets). Its series then has between about maxPoints / 2 and maxPoints points. Narrower
    // buckets span less than about eight hours, and are read from the heartbeats. Minutes never
    // straddle a bucket (both are cut at multiples of a minute since the epoch): a bucket's mean is
    // its minutes' sums over their counts. Each row carries the range and the width; with no
    // heartbeat there is one row, of NULLs.
    QStringList fromMinutes;
    QStringList fromHeartbeats;
    for (const QString &metric : metrics()) {
        fromMinutes << QStringLiteral("SUM(mm.\"%1Sum\") / NULLIF(SUM(mm.\"%1Count\"), 0)").arg(metric);
        fromHeartbeats << QStringLiteral("AVG(%1)").arg(SessionSql::heartbeatValue(metric));
    }
    SqlStatement query;
    query.prepare(QStringLiteral(
        "WITH mm AS MATERIALIZED (SELECT m.* %1), "
        "r AS (SELECT f, l, CASE WHEN b >= %2 THEN (b + %3 - 1) / %3 * %3 ELSE b END AS b "
        "  FROM (SELECT f, l, GREATEST(1, (CAST(floor(EXTRACT(EPOCH FROM l - f)) AS bigint) + %4 - 3) / (%4 - 2)) AS b "
        "    FROM (SELECT MIN(mm.\"firstAt\") AS f, MAX(mm.\"lastAt\") AS l FROM mm) span) widths) "
        "SELECT r.f, r.l, r.b, s.* FROM r LEFT JOIN LATERAL ("
        "  SELECT floor(EXTRACT(EPOCH FROM mm.minute) / r.b) AS bucket, %5 FROM mm WHERE r.b >= %3 GROUP BY 1 "
        "  UNION ALL "
        "  SELECT floor(EXTRACT(EPOCH FROM h.timestamp) / r.b) AS bucket, %6 %7 WHERE r.b < %3 GROUP BY 1) s ON true "
        "ORDER BY s.bucket")
                      .arg(source.minuteScope())
                      .arg(minuteSeconds / 2)
                      .arg(minuteSeconds)
                      .arg(maxPoints)
                      .arg(fromMinutes.join(QStringLiteral(", ")), fromHeartbeats.join(QStringLiteral(", ")), source.scope()));
    source.bind(query);
    return query;
}

void DeviceHealth::Figures::readSeries(const QList<QSqlRecord> &rows)
{
    if (rows.isEmpty() || rows.constFirst().isNull(0))
        return;
    firstAt = Database::fromUtcTimestamp(rows.constFirst().value(0));
    lastAt = Database::fromUtcTimestamp(rows.constFirst().value(1));
    bucketSeconds = rows.constFirst().value(2).toInt();
    for (const QSqlRecord &row : rows) {
        if (row.isNull(3))
            continue;
        const double x = row.value(3).toDouble() * bucketSeconds * 1000.0;
        for (int i = 0; i < metrics().size(); ++i) {
            if (!row.value(i + 4).isNull())
                points[metrics().at(i)].append({x, row.value(i + 4).toDouble()});
        }
        ++pointCount;
    }
}

SqlStatement DeviceHealth::Figures::crossingsStatement(const Source &source)
{
    // A crossing is a heartbeat beyond its threshold right after one that was not (or the first),
    // per metric, in the order of (timestamp, id). Thresholds are the user's, so the roll-ups keep
    // each minute's lowest and highest value instead: a minute is all beyond its threshold ('B'),
    // none ('N'), or some ('S'). Crossings can only be in an 'S' minute, or in a 'B' minute after
    // one that was not 'B' (or none): only those minutes' heartbeats are read. Their first one's
    // predecessor is the previous minute's last value: beyond if that minute was 'B', not if 'N',
    // and if 'S', that minute was read too and is right before it.
    struct Check {
        const char *metric;
        const char *comparison;
        // Of a minute's lowest and highest value, the one most beyond the threshold, and the other.
        const char *most;
        const char *least;
        double threshold;
    };
    const Check checks[] = {{"batteryLevel", "<", "Min", "Max", source.batteryLow},
                            {"latency", ">", "Max", "Min", source.latencyHigh},
                            {"audioQuality", "<", "Min", "Max", source.audioQualityLow},
                            {"temperature", ">", "Max", "Min", source.temperatureHigh}};
    QStringList rollups;
    QStringList merged;
    QStringList states;
    QStringList values;
    QStringList selections;
    for (int i = 0; i < 4; ++i) {
        const Check &check = checks[i];
        const QString metric = QLatin1String(check.metric);
        const QString comparison = QLatin1String(check.comparison);
        rollups << QStringLiteral("m.\"%1Count\" AS n%2, m.\"%1%3\" AS most%2, m.\"%1%4\" AS least%2")
                       .arg(metric).arg(i).arg(QLatin1String(check.most), QLatin1String(check.least));
        merged << QStringLiteral("SUM(n%1) AS n%1, %2(most%1) AS most%1, %3(least%1) AS least%1")
                      .arg(i)
                      .arg(comparison == u"<" ? QStringLiteral("MIN") : QStringLiteral("MAX"),
                           comparison == u"<" ? QStringLiteral("MAX") : QStringLiteral("MIN"));
        states << QStringLiteral(
                      "SELECT %1 AS k, minute, before FROM (SELECT minute, state, lag(state) OVER (ORDER BY minute) AS before "
                      "FROM (SELECT minute, CASE WHEN least%1 %2 :limit%1 THEN 'B' WHEN most%1 %2 :limit%1 THEN 'S' ELSE 'N' END AS state "
                      "FROM minutes WHERE n%1 > 0) s) c WHERE state = 'S' OR (state = 'B' AND before IS DISTINCT FROM 'B')")
                      .arg(i)
                      .arg(comparison);
        values << QStringLiteral("%1 AS v%2").arg(SessionSql::heartbeatValue(metric)).arg(i);
        selections << QStringLiteral(
                          "SELECT t, id, device, %2 AS k, '%1' AS metric, v%2 AS value FROM (SELECT r.t, r.id, r.device, r.v%2, "
                          "r.v%2 %3 :limit%2 AS beyond, "
                          "CASE WHEN c.before = 'S' OR row_number() OVER (PARTITION BY r.minute ORDER BY r.t, r.id) > 1 "
                          "THEN lag(r.v%2 %3 :limit%2) OVER (ORDER BY r.t, r.id) "
                          "WHEN c.before = 'B' THEN true WHEN c.before = 'N' THEN false END AS before "
                          "FROM readings r JOIN candidates c ON c.k = %2 AND c.minute = r.minute WHERE r.v%2 IS NOT NULL) c%2 "
                          "WHERE beyond AND before IS DISTINCT FROM true")
                          .arg(metric)
                          .arg(i)
                          .arg(QLatin1String(check.comparison));
    }
    SqlStatement query;
    query.prepare(
        QStringLiteral("WITH rollups AS MATERIALIZED (SELECT m.\"sessionId\", m.minute, %1 %2), "
                       "minutes AS (SELECT minute, %3 FROM rollups GROUP BY minute), "
                       "candidates AS MATERIALIZED (%4), "
                       // A minute's heartbeats come from each of the sessions in scope that has some then,
                       // read minute by minute from the index on ("sessionId", timestamp).
                       "readings AS (SELECT h.id, h.t, x.minute, h.device, h.v0, h.v1, h.v2, h.v3 "
                       "FROM (SELECT DISTINCT r.\"sessionId\", r.minute FROM rollups r "
                       "WHERE r.minute IN (SELECT c.minute FROM candidates c)) x "
                       "CROSS JOIN LATERAL (SELECT h.id, h.timestamp AS t, h.\"deviceId\" AS device, %5 "
                       "FROM nido.heartbeats_of_session(current_user, CAST(:child AS uuid), x.\"sessionId\", x.minute, "
                       "x.minute + interval '1 minute', false) h) h) "
                       "%6 ORDER BY t, k, id LIMIT 500")
            .arg(rollups.join(QStringLiteral(", ")), source.minuteScope(), merged.join(QStringLiteral(", ")),
                 states.join(QStringLiteral(" UNION ALL ")), values.join(QStringLiteral(", ")),
                 selections.join(QStringLiteral(" UNION ALL "))));
    for (int i = 0; i < 4; ++i)
        query.bindValue(QStringLiteral(":limit%1").arg(i), checks[i].threshold);
    source.bind(query);
    return query;
}

void DeviceHealth::Figures::readCrossings(const QList<QSqlRecord> &rows)
{
    for (const QSqlRecord &row : rows) {
        crossings.append(QVariantMap{{QStringLiteral("at"), Database::fromUtcTimestamp(row.value(0))},
                                       {QStringLiteral("deviceId"), row.value(2)},
                                       {QStringLiteral("metric"), row.value(4)},
                                       {QStringLiteral("value"), row.value(5).toDouble()}});
    }
}

QVariantMap DeviceHealth::fill(QAbstractSeries *series, const QString &metric, double factor) const
{
    auto *xy = qobject_cast<QXYSeries *>(series);
    if (!xy)
        return {};
    QList<QPointF> points = m_figures.points.value(metric);
    double lowest = std::numeric_limits<double>::infinity();
    double highest = -lowest;
    for (QPointF &point : points) {
        point.setY(point.y() * factor);
        lowest = std::min(lowest, point.y());
        highest = std::max(highest, point.y());
    }
    // A live session's charts are read again every few seconds: one whose points did not change
    // is not drawn again.
    if (xy->points() != points)
        xy->replace(points);
    if (points.isEmpty())
        return {};
    return {{QStringLiteral("lowest"), lowest}, {QStringLiteral("highest"), highest}, {QStringLiteral("last"), points.constLast().y()}};
}

SqlStatement DeviceHealth::Figures::problemsStatement(const Source &source)
{
    // What a warning was about: the first reading beyond the thresholds the charts draw.
    const QString reason = QStringLiteral(
        "CASE WHEN %1 THEN CASE WHEN NULLIF(btrim(h.\"errorMessage\"), '') IS NULL THEN 'unknown' ELSE 'message' END "
        "  WHEN NULLIF(btrim(h.\"errorMessage\"), '') IS NOT NULL THEN 'message' "
        "  WHEN %2 < :batteryLow THEN 'battery' WHEN %3 > :latencyHigh THEN 'latency' "
        "  WHEN %4 < :audioQualityLow THEN 'audio' WHEN %5 > :temperatureHigh THEN 'temperature' ELSE 'unknown' END")
                               .arg(SessionSql::heartbeatError(), SessionSql::heartbeatValue(QStringLiteral("batteryLevel")),
                                    SessionSql::heartbeatValue(QStringLiteral("latency")), SessionSql::heartbeatValue(QStringLiteral("audioQuality")),
                                    SessionSql::heartbeatValue(QStringLiteral("temperature")));
    SqlStatement query;
    query.prepare(QStringLiteral(
        "SELECT x.error, x.reason, x.message, x.device, %1, COUNT(*), "
        "  COUNT(*) FILTER (WHERE x.gap IS NULL OR x.gap > interval '2 minutes'), MAX(x.at) "
        "FROM (SELECT %2 AS error, %3 AS reason, COALESCE(btrim(h.\"errorMessage\"), '') AS message, "
        "  COALESCE(h.\"deviceId\", '') AS device, h.timestamp AS at, "
        "  h.timestamp - lag(h.timestamp) OVER (PARTITION BY h.\"sessionId\", %2, %3, h.\"errorMessage\" ORDER BY h.timestamp) AS gap "
        "  %4) x "
        "GROUP BY x.error, x.reason, x.message, x.device ORDER BY x.error DESC, COUNT(*) DESC, x.reason, x.message")
                                      .arg(SessionSql::deviceName(QStringLiteral("x.device")), SessionSql::heartbeatError(), reason, source.scope(true)));
    query.bindValue(QStringLiteral(":batteryLow"), source.batteryLow);
    query.bindValue(QStringLiteral(":latencyHigh"), source.latencyHigh);
    query.bindValue(QStringLiteral(":audioQualityLow"), source.audioQualityLow);
    query.bindValue(QStringLiteral(":temperatureHigh"), source.temperatureHigh);
    source.bind(query);
    return query;
}

SqlStatement DeviceHealth::Figures::deviceStatement(const Source &source)
{
    // The device the heartbeats came from, as the profile names it: that of the newest session in
    // scope, from its first minutes' heartbeats (the functions return whole sets; a session's
    // first minutes are a short range of its index).
    SqlStatement device;
    device.prepare(QStringLiteral(
        "SELECT COALESCE(%1, h.\"deviceId\") FROM (SELECT vs.id, vs.\"startedAt\" FROM %2 %3 ORDER BY vs.\"startedAt\" DESC LIMIT 1) s "
        "CROSS JOIN LATERAL (SELECT h.\"deviceId\" FROM nido.heartbeats_of_session(current_user, CAST(:child AS uuid), s.id, "
        "  s.\"startedAt\", s.\"startedAt\" + interval '5 minutes', false) h LIMIT 1) h")
                                        .arg(SessionSql::deviceName(QStringLiteral("h.\"deviceId\"")),
                                             source.sessionId.isEmpty() ? SessionSql::childSessions(QStringLiteral("CAST(:from AS timestamp)"))
                                                                        : SessionSql::childSessions(),
                                             source.sessionId.isEmpty() ? QString() : QStringLiteral("WHERE vs.id = CAST(:session AS uuid)")));
    source.bind(device);
    return device;
}

void DeviceHealth::Figures::readProblems(const QList<QSqlRecord> &rows, const QList<QSqlRecord> &device)
{
    for (const QSqlRecord &row : rows) {
        problems.append(QVariantMap{{QStringLiteral("error"), row.value(0).toBool()},
                                    {QStringLiteral("reason"), row.value(1).toString()},
                                    {QStringLiteral("message"), row.value(2).toString()},
                                    {QStringLiteral("device"), row.value(3).toString()},
                                    {QStringLiteral("deviceName"), row.value(4).toString()},
                                    {QStringLiteral("reports"), row.value(5).toInt()},
                                    {QStringLiteral("episodes"), row.value(6).toInt()},
                                    {QStringLiteral("newest"), Database::fromUtcTimestamp(row.value(7))}});
    }
    if (!device.isEmpty())
        deviceName = device.constFirst().value(0).toString();
}

QString DeviceHealth::problemSummary() const
{
    if (m_figures.pointCount == 0)
        return {};
    QHash<QString, int> episodes;
    int errors = 0;
    for (const QVariant &group : m_figures.problems) {
        const QVariantMap problem = group.toMap();
        if (problem.value(QStringLiteral("error")).toBool())
            errors += problem.value(QStringLiteral("reports")).toInt();
        else
            episodes[problem.value(QStringLiteral("reason")).toString()] += problem.value(QStringLiteral("episodes")).toInt();
    }
    QStringList parts;
    if (errors > 0)
        parts << tr("it reported %n error(s)", "", errors);
    if (episodes.value(QStringLiteral("battery")) > 0)
        parts << tr("the battery ran low %n time(s)", "", episodes.value(QStringLiteral("battery")));
    if (episodes.value(QStringLiteral("latency")) > 0)
        parts << tr("the connection was slow %n time(s)", "", episodes.value(QStringLiteral("latency")));
    if (episodes.value(QStringLiteral("audio")) > 0)
        parts << tr("the sound was poor %n time(s)", "", episodes.value(QStringLiteral("audio")));
    if (episodes.value(QStringLiteral("temperature")) > 0)
        parts << tr("it ran hot %n time(s)", "", episodes.value(QStringLiteral("temperature")));
    if (episodes.value(QStringLiteral("unknown")) + episodes.value(QStringLiteral("message")) > 0)
        parts << tr("it warned %n time(s) without saying why", "", episodes.value(QStringLiteral("unknown")) + episodes.value(QStringLiteral("message")));
    QString sentence = parts.isEmpty() ? tr("no problem was reported") : parts.join(QStringLiteral("; "));
    if (!m_figures.deviceName.isEmpty())
        return tr("%1: %2.").arg(m_figures.deviceName, sentence);
    sentence[0] = sentence[0].toUpper();
    return sentence + u'.';
}
