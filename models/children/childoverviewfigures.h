#pragma once

#include "limitsplit.h"
#include "sqlstatement.h"
#include "wakinghours.h"

#include <QDateTime>
#include <QList>
#include <QSqlRecord>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

// One child's figures for today and this week, read in one job of the database worker.
struct ChildOverviewFigures {
    Q_GADGET
    QML_VALUE_TYPE(childOverviewFigures)
    Q_PROPERTY(QString childName MEMBER childName)
    Q_PROPERTY(int dailyLimitMinutes MEMBER dailyLimitMinutes)
    Q_PROPERTY(double todayMinutes MEMBER todayMinutes)
    Q_PROPERTY(int todaySessions MEMBER todaySessions)
    Q_PROPERTY(double weekMinutes MEMBER weekMinutes)
    // The 7 days before those: the daily average a parent compares with.
    Q_PROPERTY(double previousWeekMinutes MEMBER previousWeekMinutes)
    Q_PROPERTY(int weekSessions MEMBER weekSessions)
    Q_PROPERTY(int daysOverLimit READ daysOverLimit)
    // Sessions started in the last 7 days outside the routines' waking hours (0 when they are not
    // set), and the newest of them: when, whether still going, and why it is outside.
    Q_PROPERTY(int nightSessionsThisWeek MEMBER nightSessionsThisWeek)
    Q_PROPERTY(QString lastNightSessionId MEMBER lastNightSessionId)
    Q_PROPERTY(QDateTime lastNightSessionStart MEMBER lastNightSessionStart)
    Q_PROPERTY(bool lastNightSessionLive MEMBER lastNightSessionLive)
    Q_PROPERTY(QString lastNightSessionReason MEMBER lastNightSessionReason)
    Q_PROPERTY(bool knowsWakingHours READ knowsWakingHours)
    Q_PROPERTY(QList<qreal> weekMinutesPerDay READ weekMinutesPerDay)
    Q_PROPERTY(QList<qreal> weekWithinLimit READ weekWithinLimit)
    Q_PROPERTY(QList<qreal> weekOverLimit READ weekOverLimit)
    Q_PROPERTY(QList<qreal> weekOverBy READ weekOverBy)
    Q_PROPERTY(QStringList weekDayNames MEMBER weekDayNames)
    Q_PROPERTY(int memoriesTotal MEMBER memoriesTotal)
    Q_PROPERTY(int memoriesThisWeek MEMBER memoriesThisWeek)
    Q_PROPERTY(int deviceErrorsThisWeek MEMBER deviceErrorsThisWeek)
    Q_PROPERTY(int deviceWarningsThisWeek MEMBER deviceWarningsThisWeek)
    Q_PROPERTY(QDateTime lastSessionStart MEMBER lastSessionStart)
    Q_PROPERTY(QString lastSessionId MEMBER lastSessionId)
    Q_PROPERTY(QString lastSessionAgent MEMBER lastSessionAgent)
    Q_PROPERTY(double lastSessionMinutes MEMBER lastSessionMinutes)
    Q_PROPERTY(bool lastSessionLive MEMBER lastSessionLive)
    Q_PROPERTY(QDateTime lastSessionSilentSince MEMBER lastSessionSilentSince)

public:
    // The statements that read the figures of `childId` for the 7 days that start on `weekStart`
    // (the last 7, today's included), with `now` as the present, in one round trip; then, on the
    // worker, the figures from their rows. False, with `error` set, when the child is gone.
    [[nodiscard]] static QList<SqlStatement> statements(const QString &childId, QDate weekStart, const QDateTime &now);
    bool read(const QList<QList<QSqlRecord>> &rows, QDate weekStart, const QDateTime &now, QString *error);

    QString childName;
    int dailyLimitMinutes = -1;
    double previousWeekMinutes = 0;
    double todayMinutes = 0;
    int todaySessions = 0;
    double weekMinutes = 0;
    int weekSessions = 0;
    int nightSessionsThisWeek = 0;
    QString lastNightSessionId;
    QDateTime lastNightSessionStart;
    bool lastNightSessionLive = false;
    QString lastNightSessionReason;
    WakingHours wakingHours;
    [[nodiscard]] bool knowsWakingHours() const { return wakingHours.known(); }
    LimitSplit week;
    [[nodiscard]] int daysOverLimit() const { return week.daysOver; }
    [[nodiscard]] QList<qreal> weekMinutesPerDay() const { return week.minutes; }
    [[nodiscard]] QList<qreal> weekWithinLimit() const { return week.withinLimit; }
    [[nodiscard]] QList<qreal> weekOverLimit() const { return week.overLimit; }
    [[nodiscard]] QList<qreal> weekOverBy() const { return week.overBy; }
    QStringList weekDayNames;
    int memoriesTotal = 0;
    int memoriesThisWeek = 0;
    int deviceErrorsThisWeek = 0;
    int deviceWarningsThisWeek = 0;
    QDateTime lastSessionStart;
    QString lastSessionId;
    QString lastSessionAgent;
    double lastSessionMinutes = 0;
    bool lastSessionLive = false;
    // Set when the last session is still "active" but has shown no sign of life for a while: the
    // time of its last one, until which it is counted.
    QDateTime lastSessionSilentSince;

private:
    [[nodiscard]] static SqlStatement profileStatement(const QString &childId);
    void readProfile(const QSqlRecord &profile);
    [[nodiscard]] static SqlStatement weekStatement(const QString &childId, QDate weekStart, const QDateTime &now);
    void readWeek(const QList<QSqlRecord> &days, QDate weekStart, const QDateTime &now);
    [[nodiscard]] static SqlStatement lastNightSessionStatement(const QString &childId, QDate weekStart, const QDateTime &now);
    void readLastNightSession(const QList<QSqlRecord> &rows);
    [[nodiscard]] static SqlStatement memoriesStatement(const QString &childId, QDate weekStart);
    [[nodiscard]] static SqlStatement alertsStatement(const QString &childId, QDate weekStart);
    void readMemoriesAndAlerts(const QSqlRecord &memories, const QSqlRecord &alerts);
    [[nodiscard]] static SqlStatement lastSessionStatement(const QString &childId, const QDateTime &now);
    void readLastSession(const QList<QSqlRecord> &rows);
};
