#pragma once

#include "limitsplit.h"
#include "wakinghours.h"

#include "periodstatistics.h"

#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// A child's activity per day over the last 7, 30 or 90 days, aggregated by PostgreSQL: minutes
// talked against the routine's screen-time limit, sessions, sessions that started outside waking
// hours (before wakeTime or from bedTime on, a bedtime after midnight included), and tokens and
// cost per agent. Days are the family's local days, exact across daylight-saving changes.
class ActivityStatistics : public PeriodStatistics
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList dayLabels READ dayLabels NOTIFY statisticsChanged)
    Q_PROPERTY(QList<qreal> minutesPerDay READ minutesPerDay NOTIFY statisticsChanged)
    Q_PROPERTY(QList<qreal> withinLimitPerDay READ withinLimitPerDay NOTIFY statisticsChanged)
    Q_PROPERTY(QList<qreal> overLimitPerDay READ overLimitPerDay NOTIFY statisticsChanged)
    Q_PROPERTY(QList<qreal> overByPerDay READ overByPerDay NOTIFY statisticsChanged)
    Q_PROPERTY(QList<qreal> sessionsPerDay READ sessionsPerDay NOTIFY statisticsChanged)
    Q_PROPERTY(QList<qreal> outsideWakingHoursPerDay READ outsideWakingHoursPerDay NOTIFY statisticsChanged)
    Q_PROPERTY(QList<qreal> insideWakingHoursPerDay READ insideWakingHoursPerDay NOTIFY statisticsChanged)
    Q_PROPERTY(int dailyLimitMinutes READ dailyLimitMinutes NOTIFY statisticsChanged)
    Q_PROPERTY(int daysOverLimit READ daysOverLimit NOTIFY statisticsChanged)
    Q_PROPERTY(QString wakeTime READ wakeTime NOTIFY statisticsChanged)
    Q_PROPERTY(QString bedTime READ bedTime NOTIFY statisticsChanged)
    Q_PROPERTY(QVariantList agentUsage READ agentUsage NOTIFY statisticsChanged)

public:
    explicit ActivityStatistics(QObject *parent = nullptr);

    [[nodiscard]] QStringList dayLabels() const { return m_figures.dayLabels; }
    [[nodiscard]] QList<qreal> minutesPerDay() const { return m_figures.days.minutes; }
    // Each day's minutes, in one list or the other: days within the limit (every day when there
    // is none), days over it; and by how much those went over.
    [[nodiscard]] QList<qreal> withinLimitPerDay() const { return m_figures.days.withinLimit; }
    [[nodiscard]] QList<qreal> overLimitPerDay() const { return m_figures.days.overLimit; }
    [[nodiscard]] QList<qreal> overByPerDay() const { return m_figures.days.overBy; }
    [[nodiscard]] QList<qreal> sessionsPerDay() const { return m_figures.sessionsPerDay; }
    [[nodiscard]] QList<qreal> outsideWakingHoursPerDay() const { return m_figures.outsideWakingHoursPerDay; }
    [[nodiscard]] QList<qreal> insideWakingHoursPerDay() const { return m_figures.insideWakingHoursPerDay; }
    [[nodiscard]] int dailyLimitMinutes() const { return m_figures.days.limit; }
    [[nodiscard]] int daysOverLimit() const { return m_figures.days.daysOver; }
    [[nodiscard]] QString wakeTime() const { return m_figures.wakingHours.wake; }
    [[nodiscard]] QString bedTime() const { return m_figures.wakingHours.bed; }
    [[nodiscard]] QVariantList agentUsage() const { return m_figures.agentUsage; }

protected:
    void clear() override;
    void load() override;

private:
    // Read on the database worker, in one job.
    struct Figures {
        [[nodiscard]] static SqlStatement routineStatement(const QString &childId);
        void readRoutine(const QList<QSqlRecord> &rows);
        [[nodiscard]] static SqlStatement daysStatement(const QString &childId, const LocalDays &period);
        void readDays(const QList<QSqlRecord> &rows, const LocalDays &period);
        [[nodiscard]] static SqlStatement agentsStatement(const QString &childId, const LocalDays &period);
        void readAgents(const QList<QSqlRecord> &rows);

        QStringList dayLabels;
        LimitSplit days;
        QList<qreal> sessionsPerDay;
        QList<qreal> outsideWakingHoursPerDay;
        QList<qreal> insideWakingHoursPerDay;
        WakingHours wakingHours;
        QVariantList agentUsage;
    };

    Figures m_figures;
};
