#pragma once

#include "dataloader.h"

#include <QAbstractSeries>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QVariantList>

class QSqlQuery;
class SqlConnection;

// Device health from the heartbeats' metrics, over one session or over a child's sessions in a
// period. PostgreSQL averages the metrics into time buckets sized so that a series has at most
// about maxPoints points; missing or malformed metric values are skipped. Buckets of a minute or
// more (long spans) are made of the per-minute roll-ups that migration 12 keeps
// (nido.heartbeat_minutes), so a long session charts as fast as a short one. Threshold crossings
// (battery, latency, audio quality, temperature) are found by SQL too, reading the heartbeats of
// only those minutes where the roll-ups say one may be.
class DeviceHealth : public DataLoader
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString sessionId READ sessionId WRITE setSessionId NOTIFY sourceChanged)
    Q_PROPERTY(int days READ days WRITE setDays NOTIFY sourceChanged)
    Q_PROPERTY(double batteryLow READ batteryLow WRITE setBatteryLow NOTIFY thresholdsChanged)
    Q_PROPERTY(double latencyHigh READ latencyHigh WRITE setLatencyHigh NOTIFY thresholdsChanged)
    Q_PROPERTY(double audioQualityLow READ audioQualityLow WRITE setAudioQualityLow NOTIFY thresholdsChanged)
    Q_PROPERTY(double temperatureHigh READ temperatureHigh WRITE setTemperatureHigh NOTIFY thresholdsChanged)
    Q_PROPERTY(int bucketSeconds READ bucketSeconds NOTIFY seriesChanged)
    Q_PROPERTY(int pointCount READ pointCount NOTIFY seriesChanged)
    Q_PROPERTY(QDateTime firstAt READ firstAt NOTIFY seriesChanged)
    Q_PROPERTY(QDateTime lastAt READ lastAt NOTIFY seriesChanged)
    Q_PROPERTY(QVariantList crossings READ crossings NOTIFY seriesChanged)
    // The heartbeats that reported a problem, grouped by what went wrong: errors by their message,
    // warnings by the reading beyond its threshold ("battery", "latency", "audio", "temperature",
    // or "unknown"). Each: error, reason, message, device, deviceName, reports, episodes (reports
    // less than two minutes apart are one), newest.
    Q_PROPERTY(QVariantList problems READ problems NOTIFY seriesChanged)
    // The same in one sentence a parent reads first; the device as the profile names it.
    Q_PROPERTY(QString problemSummary READ problemSummary NOTIFY seriesChanged)
    Q_PROPERTY(QString deviceName READ deviceName NOTIFY seriesChanged)

public:
    static constexpr int maxPoints = 1000;
    static const QStringList &metrics();

    explicit DeviceHealth(QObject *parent = nullptr);

    // Set: that session. Empty: the child's sessions of the last `days` days.
    [[nodiscard]] QString sessionId() const { return m_sessionId; }
    void setSessionId(const QString &sessionId);
    [[nodiscard]] int days() const { return m_days; }
    void setDays(int days);

    [[nodiscard]] double batteryLow() const { return m_batteryLow; }
    void setBatteryLow(double value);
    [[nodiscard]] double latencyHigh() const { return m_latencyHigh; }
    void setLatencyHigh(double value);
    [[nodiscard]] double audioQualityLow() const { return m_audioQualityLow; }
    void setAudioQualityLow(double value);
    [[nodiscard]] double temperatureHigh() const { return m_temperatureHigh; }
    void setTemperatureHigh(double value);

    [[nodiscard]] int bucketSeconds() const { return m_figures.bucketSeconds; }
    [[nodiscard]] int pointCount() const { return m_figures.pointCount; }
    [[nodiscard]] QDateTime firstAt() const { return m_figures.firstAt; }
    [[nodiscard]] QDateTime lastAt() const { return m_figures.lastAt; }
    [[nodiscard]] QVariantList crossings() const { return m_figures.crossings; }
    [[nodiscard]] QVariantList problems() const { return m_figures.problems; }
    [[nodiscard]] QString problemSummary() const;
    [[nodiscard]] QString deviceName() const { return m_figures.deviceName; }

    // Points (x: ms since the epoch, y: the bucket's mean) of one metric, e.g. "batteryLevel".
    [[nodiscard]] QList<QPointF> points(const QString &metric) const { return m_figures.points.value(metric); }
    // Puts a metric's points into a QtCharts line series in one go, times `factor` (100 charts a
    // 0-1 measure as a percentage). Gives what a screen reader is told of them: their lowest,
    // highest and last value (nothing without points), so that no one reads them back point by point.
    Q_INVOKABLE QVariantMap fill(QAbstractSeries *series, const QString &metric, double factor = 1) const;
    Q_INVOKABLE void resetThresholds();

    // What is measured, as the worker needs it.
    struct Source {
        // The heartbeats in scope, as a FROM/WHERE clause over session_heartbeats h; or only those
        // reporting a problem (read from their partial index, migration 11).
        [[nodiscard]] QString scope(bool problems = false) const;
        // The minute roll-ups of those heartbeats, as a FROM/WHERE clause over nido.heartbeat_minutes m.
        [[nodiscard]] QString minuteScope() const;
        void bind(SqlStatement &query) const;

        QString childId;
        QString sessionId;
        int days = 7;
        double batteryLow = 0;
        double latencyHigh = 0;
        double audioQualityLow = 0;
        double temperatureHigh = 0;
    };
    // Read on the database worker, in one job.
    struct Figures {
        // The range of the heartbeats in scope, the width of its buckets and their means.
        [[nodiscard]] static SqlStatement seriesStatement(const Source &source);
        void readSeries(const QList<QSqlRecord> &rows);
        [[nodiscard]] static SqlStatement crossingsStatement(const Source &source);
        void readCrossings(const QList<QSqlRecord> &rows);
        [[nodiscard]] static SqlStatement problemsStatement(const Source &source);
        [[nodiscard]] static SqlStatement deviceStatement(const Source &source);
        void readProblems(const QList<QSqlRecord> &rows, const QList<QSqlRecord> &device);

        int bucketSeconds = 1;
        int pointCount = 0;
        QDateTime firstAt;
        QDateTime lastAt;
        QHash<QString, QList<QPointF>> points;
        QVariantList crossings;
        QVariantList problems;
        QString deviceName;
    };

    // One session's range and series exactly as its Device health tab draws them: what a session's
    // PDF report charts.
    static bool readSessionSeries(SqlConnection &db, const QString &childId, const QString &sessionId, Figures &figures, QString *error);

Q_SIGNALS:
    void sourceChanged();
    void thresholdsChanged();
    void seriesChanged();

protected:
    [[nodiscard]] bool wanted() const override;
    void clear() override;
    void load() override;

private:
    void setThreshold(double &threshold, double value, const char *key);

    QString m_sessionId;
    int m_days = 7;
    double m_batteryLow;
    double m_latencyHigh;
    double m_audioQualityLow;
    double m_temperatureHigh;
    Figures m_figures;
};
