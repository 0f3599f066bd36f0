#include "devicehealth.h"
#include "database.h"
#include "databaseworker.h"
#include "localdays.h"

#include <QSettings>
#include <QUuid>
#include <QXYSeries>

#include <cmath>

namespace {

constexpr double defaultBatteryLow = 20;
constexpr double defaultLatencyHigh = 300;
constexpr double defaultAudioQualityLow = 0.7;
constexpr double defaultTemperatureHigh = 45;

// A metric's value, or NULL when the backend sent none or something that is not a number.
QString metricValue(const QString &metric)
{
    return QStringLiteral("CASE WHEN jsonb_typeof(h.metrics->'%1') = 'number' THEN (h.metrics->>'%1')::float8 END").arg(metric);
}

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
    : QObject(parent)
    , m_batteryLow(setting("batteryLow", defaultBatteryLow))
    , m_latencyHigh(setting("latencyHigh", defaultLatencyHigh))
    , m_audioQualityLow(setting("audioQualityLow", defaultAudioQualityLow))
    , m_temperatureHigh(setting("temperatureHigh", defaultTemperatureHigh))
{
}

void DeviceHealth::setChildId(const QString &childId)
{
    if (m_childId == childId)
        return;
    m_childId = childId;
    Q_EMIT sourceChanged();
    refresh();
}

void DeviceHealth::setSessionId(const QString &sessionId)
{
    if (m_sessionId == sessionId)
        return;
    m_sessionId = sessionId;
    Q_EMIT sourceChanged();
    refresh();
}

void DeviceHealth::setDays(int days)
{
    days = qBound(1, days, 366);
    if (m_days == days)
        return;
    m_days = days;
    Q_EMIT sourceChanged();
    refresh();
}

void DeviceHealth::setThreshold(double &threshold, double value, const char *key)
{
    if (qFuzzyCompare(threshold, value))
        return;
    threshold = value;
    QSettings().setValue(QStringLiteral("health/") + QLatin1String(key), value);
    Q_EMIT thresholdsChanged();
    refresh();
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

QString DeviceHealth::Source::scope() const
{
    if (!sessionId.isEmpty())
        return QStringLiteral("FROM session_heartbeats h JOIN voice_sessions vs ON vs.id = h.\"sessionId\" "
                              "WHERE h.\"sessionId\" = CAST(:session AS uuid) AND vs.\"userId\" = CAST(:child AS uuid)");
    return QStringLiteral("FROM voice_sessions vs JOIN session_heartbeats h ON h.\"sessionId\" = vs.id "
                          "WHERE vs.\"userId\" = CAST(:child AS uuid) AND vs.\"startedAt\" >= CAST(:from AS timestamp)");
}

void DeviceHealth::Source::bind(QSqlQuery &query) const
{
    query.bindValue(QStringLiteral(":child"), childId);
    if (!sessionId.isEmpty())
        query.bindValue(QStringLiteral(":session"), sessionId);
    else
        query.bindValue(QStringLiteral(":from"), LocalDays::lastDays(days).startTimestamp());
}

void DeviceHealth::refresh()
{
    const quint64 generation = ++m_generation;
    m_figures = {};
    const bool sessionValid = m_sessionId.isEmpty() || !QUuid::fromString(m_sessionId).isNull();
    m_loading = !m_childId.isEmpty() && sessionValid;
    Q_EMIT seriesChanged();
    if (!m_loading)
        return;
    const Source source{m_childId, m_sessionId, m_days, m_batteryLow, m_latencyHigh, m_audioQualityLow, m_temperatureHigh};
    DatabaseWorker::instance()->run<Figures>(
        this,
        [source](SqlConnection &db) {
            Figures figures;
            figures.loadRange(db, source, &figures.error) && figures.loadSeries(db, source, &figures.error)
                && figures.loadCrossings(db, source, &figures.error);
            return figures;
        },
        [this, generation](Figures figures) {
            if (generation != m_generation)
                return;
            m_figures = std::move(figures);
            m_loading = false;
            Q_EMIT seriesChanged();
        });
}

bool DeviceHealth::Figures::loadRange(SqlConnection &db, const Source &source, QString *error)
{
    QSqlQuery &query = db.prepared(QStringLiteral("SELECT MIN(h.timestamp), MAX(h.timestamp) ") + source.scope());
    source.bind(query);
    if (!db.exec(query, error) || !query.next())
        return false;
    firstAt = Database::fromUtcTimestamp(query.value(0));
    lastAt = Database::fromUtcTimestamp(query.value(1));
    const qint64 span = firstAt.isValid() ? firstAt.secsTo(lastAt) : 0;
    // Buckets are cut at multiples of their width, not at the first heartbeat: a span of n widths
    // can touch n + 1 of them, hence the two spare.
    bucketSeconds = int(qMax<qint64>(1, (span + maxPoints - 3) / (maxPoints - 2)));
    return true;
}

bool DeviceHealth::Figures::loadSeries(SqlConnection &db, const Source &source, QString *error)
{
    if (!firstAt.isValid())
        return true;
    QStringList averages;
    for (const QString &metric : metrics())
        averages << QStringLiteral("AVG(%1)").arg(metricValue(metric));
    QSqlQuery &query = db.prepared(QStringLiteral("SELECT floor(EXTRACT(EPOCH FROM h.timestamp) / :bucket) AS bucket, %1 %2 "
                                 "GROUP BY bucket ORDER BY bucket")
                      .arg(averages.join(QStringLiteral(", ")), source.scope()));
    query.bindValue(QStringLiteral(":bucket"), bucketSeconds);
    source.bind(query);
    if (!db.exec(query, error))
        return false;
    while (query.next()) {
        const double x = query.value(0).toDouble() * bucketSeconds * 1000.0;
        for (int i = 0; i < metrics().size(); ++i) {
            if (!query.value(i + 1).isNull())
                points[metrics().at(i)].append({x, query.value(i + 1).toDouble()});
        }
        ++pointCount;
    }
    return true;
}

bool DeviceHealth::Figures::loadCrossings(SqlConnection &db, const Source &source, QString *error)
{
    // A crossing is a heartbeat beyond its threshold right after one that was not (or the first).
    struct Check {
        const char *metric;
        const char *comparison;
        double threshold;
    };
    const Check checks[] = {{"batteryLevel", "<", source.batteryLow},
                            {"latency", ">", source.latencyHigh},
                            {"audioQuality", "<", source.audioQualityLow},
                            {"temperature", ">", source.temperatureHigh}};
    QStringList values;
    QStringList selections;
    for (int i = 0; i < 4; ++i) {
        const QString metric = QLatin1String(checks[i].metric);
        values << QStringLiteral("%1 AS v%2").arg(metricValue(metric)).arg(i);
        selections << QStringLiteral(
                          "SELECT t, device, '%1' AS metric, v%2 AS value FROM (SELECT t, device, v%2, "
                          "v%2 %3 :limit%2 AS beyond, lag(v%2 %3 :limit%2) OVER (ORDER BY t, id) AS before "
                          "FROM readings WHERE v%2 IS NOT NULL) c%2 WHERE beyond AND before IS DISTINCT FROM true")
                          .arg(metric)
                          .arg(i)
                          .arg(QLatin1String(checks[i].comparison));
    }
    QSqlQuery &query = db.prepared(QStringLiteral("WITH readings AS (SELECT h.id, h.timestamp AS t, h.\"deviceId\" AS device, %1 %2) "
                                 "%3 ORDER BY t LIMIT 500")
                      .arg(values.join(QStringLiteral(", ")), source.scope(), selections.join(QStringLiteral(" UNION ALL "))));
    for (int i = 0; i < 4; ++i)
        query.bindValue(QStringLiteral(":limit%1").arg(i), checks[i].threshold);
    source.bind(query);
    if (!db.exec(query, error))
        return false;
    while (query.next()) {
        crossings.append(QVariantMap{{QStringLiteral("at"), Database::fromUtcTimestamp(query.value(0))},
                                       {QStringLiteral("deviceId"), query.value(1)},
                                       {QStringLiteral("metric"), query.value(2)},
                                       {QStringLiteral("value"), query.value(3).toDouble()}});
    }
    return true;
}

void DeviceHealth::fill(QAbstractSeries *series, const QString &metric) const
{
    if (auto *xy = qobject_cast<QXYSeries *>(series))
        xy->replace(m_figures.points.value(metric));
}
