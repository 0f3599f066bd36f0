#pragma once

#include "sqlstatement.h"

#include <QDateTime>
#include <QSqlRecord>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// One session's figures and metadata and the memories it created, read in one job of the
// database worker.
struct SessionInfo {
    Q_GADGET
    QML_VALUE_TYPE(sessionInfo)
    Q_PROPERTY(QString status MEMBER status)
    Q_PROPERTY(bool live MEMBER live)
    Q_PROPERTY(QDateTime startedAt MEMBER startedAt)
    // Empty, or why it started outside the routines' waking hours ("before wake-up time, 07:00").
    Q_PROPERTY(QString outsideWakingHours MEMBER outsideWakingHours)
    Q_PROPERTY(QDateTime endedAt MEMBER endedAt)
    Q_PROPERTY(int durationSeconds MEMBER durationSeconds)
    Q_PROPERTY(QString agentName MEMBER agentName)
    Q_PROPERTY(QString language MEMBER language)
    Q_PROPERTY(QString roomType MEMBER roomType)
    Q_PROPERTY(QString startMethod MEMBER startMethod)
    Q_PROPERTY(QString parentPresent MEMBER parentPresent)
    Q_PROPERTY(int messageCount MEMBER messageCount)
    Q_PROPERTY(int totalTokensUsed MEMBER totalTokensUsed)
    Q_PROPERTY(double totalCost MEMBER totalCost)
    Q_PROPERTY(int heartbeatCount MEMBER heartbeatCount)
    Q_PROPERTY(QDateTime lastHeartbeatAt MEMBER lastHeartbeatAt)
    Q_PROPERTY(QVariantList memories MEMBER memories)

public:
    // What the detail of `sessionId` reads, in one round trip.
    [[nodiscard]] static QList<SqlStatement> statements(const QString &childId, const QString &sessionId);
    // From the rows of statements(); false, with `error` set, when the session is gone.
    bool read(const QList<QList<QSqlRecord>> &rows, QString *error);

    QString status;
    bool live = false;
    QDateTime startedAt;
    QString outsideWakingHours;
    QDateTime endedAt;
    // -1 when neither a duration nor an end time says.
    int durationSeconds = -1;
    QString agentName;
    QString language;
    QString roomType;
    QString startMethod;
    // "yes", "no" or empty when the backend did not say.
    QString parentPresent;
    int messageCount = 0;
    int totalTokensUsed = 0;
    double totalCost = 0;
    int heartbeatCount = 0;
    QDateTime lastHeartbeatAt;
    QVariantList memories;

private:
    [[nodiscard]] static SqlStatement sessionStatement(const QString &childId, const QString &sessionId);
    void readSession(const QSqlRecord &query);
    [[nodiscard]] static SqlStatement memoriesStatement(const QString &childId, const QString &sessionId);
    void readMemories(const QList<QSqlRecord> &rows);
};
