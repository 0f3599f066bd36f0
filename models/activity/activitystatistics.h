#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// A child's activity per day over the last 7, 30 or 90 days, aggregated by PostgreSQL: minutes
// talked against the routine's screen-time limit, sessions, sessions that started outside waking
// hours (before wakeTime or after bedTime), and tokens and cost per agent.
class ActivityStatistics : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)
    Q_PROPERTY(int days READ days WRITE setDays NOTIFY daysChanged)
    Q_PROPERTY(QStringList dayLabels READ dayLabels NOTIFY statisticsChanged)
    Q_PROPERTY(QList<qreal> minutesPerDay READ minutesPerDay NOTIFY statisticsChanged)
    Q_PROPERTY(QList<qreal> sessionsPerDay READ sessionsPerDay NOTIFY statisticsChanged)
    Q_PROPERTY(QList<qreal> outsideWakingHoursPerDay READ outsideWakingHoursPerDay NOTIFY statisticsChanged)
    Q_PROPERTY(int dailyLimitMinutes READ dailyLimitMinutes NOTIFY statisticsChanged)
    Q_PROPERTY(int daysOverLimit READ daysOverLimit NOTIFY statisticsChanged)
    Q_PROPERTY(QString wakeTime READ wakeTime NOTIFY statisticsChanged)
    Q_PROPERTY(QString bedTime READ bedTime NOTIFY statisticsChanged)
    Q_PROPERTY(QVariantList agentUsage READ agentUsage NOTIFY statisticsChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY statisticsChanged)

public:
    explicit ActivityStatistics(QObject *parent = nullptr);

    [[nodiscard]] QString childId() const { return m_childId; }
    void setChildId(const QString &childId);
    [[nodiscard]] int days() const { return m_days; }
    void setDays(int days);
    [[nodiscard]] QStringList dayLabels() const { return m_dayLabels; }
    [[nodiscard]] QList<qreal> minutesPerDay() const { return m_minutesPerDay; }
    [[nodiscard]] QList<qreal> sessionsPerDay() const { return m_sessionsPerDay; }
    [[nodiscard]] QList<qreal> outsideWakingHoursPerDay() const { return m_outsidePerDay; }
    [[nodiscard]] int dailyLimitMinutes() const { return m_dailyLimitMinutes; }
    [[nodiscard]] int daysOverLimit() const { return m_daysOverLimit; }
    [[nodiscard]] QString wakeTime() const { return m_wakeTime; }
    [[nodiscard]] QString bedTime() const { return m_bedTime; }
    [[nodiscard]] QVariantList agentUsage() const { return m_agentUsage; }
    [[nodiscard]] QString errorString() const { return m_errorString; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void childIdChanged();
    void daysChanged();
    void statisticsChanged();

private:
    bool loadRoutine();
    bool loadDays();
    bool loadAgents();

    QString m_childId;
    int m_days = 30;
    QStringList m_dayLabels;
    QList<qreal> m_minutesPerDay;
    QList<qreal> m_sessionsPerDay;
    QList<qreal> m_outsidePerDay;
    int m_dailyLimitMinutes = -1;
    int m_daysOverLimit = 0;
    QString m_wakeTime;
    QString m_bedTime;
    QVariantList m_agentUsage;
    QString m_errorString;
};
