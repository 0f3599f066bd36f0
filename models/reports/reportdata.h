#pragma once

#include "retentionpolicy.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

class SqlConnection;

// What a PDF report prints, read in one go on the connection it is given; every query is scoped by
// the child's "userId". Text is kept exactly as stored: the writer prints it as text.
namespace ReportData {

struct Message {
    bool fromChild = false;
    QString content;
    QDateTime at;
};

struct Series {
    QString title;
    QString unit;
    QList<QPointF> points; // x: ms since the epoch, y: the mean in that bucket
};

struct Session {
    QString id;
    QString childId;
    QString childName;
    QString agentName;
    QDateTime startedAt;
    QDateTime endedAt;
    int durationSeconds = -1; // -1: unknown
    int messageCount = 0;
    qint64 tokens = 0;
    double cost = 0;
    QString status;
    QList<Message> transcript;
    QStringList memories; // "summary (importance)"
    // Device health: minimum and mean battery, p95 latency, mean audio quality, errors.
    std::optional<double> minBattery, meanBattery, p95Latency, meanAudioQuality;
    int heartbeats = 0;
    int errors = 0;
    QList<Series> health;
};

struct Period {
    QString childId;
    QString childName;
    QDate from;
    QDate to;
    int limitMinutes = -1;
    QStringList dayLabels;
    QList<double> minutesPerDay;
    QList<int> alertsPerDay;
    // The first sessionsListed of the period, by start: without health; with their transcript when
    // asked. sessionsTotal is how many the period holds.
    static constexpr int sessionsListed = 1000;
    QList<Session> sessions;
    int sessionsTotal = 0;
    int memoriesCreated = 0;
    int memoriesDeleted = 0;
    QStringList topMemories;
    QList<std::pair<QString, double>> minutesPerAgent;
    QList<RetentionPolicy::Category> retention;
};

std::optional<Session> readSession(SqlConnection &db, const QString &sessionId, bool withDetails, QString *error);
std::optional<Period> readPeriod(SqlConnection &db, const QString &childId, QDate from, QDate to, bool withTranscripts,
                                 QString *error);

} // namespace ReportData
