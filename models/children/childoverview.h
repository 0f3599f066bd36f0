#pragma once

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

// Today and this week at a glance for one child: time talked against the routine's screen-time
// limit, sessions, memories and device alerts. Every figure is aggregated by PostgreSQL.
class ChildOverview : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY figuresChanged)
    Q_PROPERTY(QString childName READ childName NOTIFY figuresChanged)
    Q_PROPERTY(int dailyLimitMinutes READ dailyLimitMinutes NOTIFY figuresChanged)
    Q_PROPERTY(double todayMinutes READ todayMinutes NOTIFY figuresChanged)
    Q_PROPERTY(int todaySessions READ todaySessions NOTIFY figuresChanged)
    Q_PROPERTY(double weekMinutes READ weekMinutes NOTIFY figuresChanged)
    Q_PROPERTY(int weekSessions READ weekSessions NOTIFY figuresChanged)
    Q_PROPERTY(int daysOverLimit READ daysOverLimit NOTIFY figuresChanged)
    Q_PROPERTY(QList<qreal> weekMinutesPerDay READ weekMinutesPerDay NOTIFY figuresChanged)
    Q_PROPERTY(QStringList weekDayNames READ weekDayNames NOTIFY figuresChanged)
    Q_PROPERTY(int memoriesTotal READ memoriesTotal NOTIFY figuresChanged)
    Q_PROPERTY(int memoriesThisWeek READ memoriesThisWeek NOTIFY figuresChanged)
    Q_PROPERTY(int deviceErrorsThisWeek READ deviceErrorsThisWeek NOTIFY figuresChanged)
    Q_PROPERTY(int deviceWarningsThisWeek READ deviceWarningsThisWeek NOTIFY figuresChanged)
    Q_PROPERTY(QDateTime lastSessionStart READ lastSessionStart NOTIFY figuresChanged)
    Q_PROPERTY(QString lastSessionAgent READ lastSessionAgent NOTIFY figuresChanged)
    Q_PROPERTY(double lastSessionMinutes READ lastSessionMinutes NOTIFY figuresChanged)
    Q_PROPERTY(bool lastSessionLive READ lastSessionLive NOTIFY figuresChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY figuresChanged)

public:
    explicit ChildOverview(QObject *parent = nullptr);

    [[nodiscard]] QString childId() const { return m_childId; }
    void setChildId(const QString &childId);
    // Tests pin "now"; the app uses the clock.
    void setReferenceTime(const QDateTime &localTime) { m_referenceTime = localTime; }

    [[nodiscard]] bool ready() const { return m_ready; }
    [[nodiscard]] QString childName() const { return m_childName; }
    [[nodiscard]] int dailyLimitMinutes() const { return m_dailyLimitMinutes; }
    [[nodiscard]] double todayMinutes() const { return m_todayMinutes; }
    [[nodiscard]] int todaySessions() const { return m_todaySessions; }
    [[nodiscard]] double weekMinutes() const { return m_weekMinutes; }
    [[nodiscard]] int weekSessions() const { return m_weekSessions; }
    [[nodiscard]] int daysOverLimit() const { return m_daysOverLimit; }
    [[nodiscard]] QList<qreal> weekMinutesPerDay() const { return m_weekMinutesPerDay; }
    [[nodiscard]] QStringList weekDayNames() const { return m_weekDayNames; }
    [[nodiscard]] int memoriesTotal() const { return m_memoriesTotal; }
    [[nodiscard]] int memoriesThisWeek() const { return m_memoriesThisWeek; }
    [[nodiscard]] int deviceErrorsThisWeek() const { return m_deviceErrorsThisWeek; }
    [[nodiscard]] int deviceWarningsThisWeek() const { return m_deviceWarningsThisWeek; }
    [[nodiscard]] QDateTime lastSessionStart() const { return m_lastSessionStart; }
    [[nodiscard]] QString lastSessionAgent() const { return m_lastSessionAgent; }
    [[nodiscard]] double lastSessionMinutes() const { return m_lastSessionMinutes; }
    [[nodiscard]] bool lastSessionLive() const { return m_lastSessionLive; }
    [[nodiscard]] QString errorString() const { return m_errorString; }

    [[nodiscard]] QDate weekStart() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void childIdChanged();
    void figuresChanged();

private:
    [[nodiscard]] QDateTime now() const;
    bool loadProfile();
    bool loadWeek();
    bool loadMemoriesAndAlerts();
    bool loadLastSession();
    void clearFigures();

    QString m_childId;
    QDateTime m_referenceTime;
    bool m_ready = false;
    QString m_childName;
    int m_dailyLimitMinutes = -1;
    double m_todayMinutes = 0;
    int m_todaySessions = 0;
    double m_weekMinutes = 0;
    int m_weekSessions = 0;
    int m_daysOverLimit = 0;
    QList<qreal> m_weekMinutesPerDay;
    QStringList m_weekDayNames;
    int m_memoriesTotal = 0;
    int m_memoriesThisWeek = 0;
    int m_deviceErrorsThisWeek = 0;
    int m_deviceWarningsThisWeek = 0;
    QDateTime m_lastSessionStart;
    QString m_lastSessionAgent;
    double m_lastSessionMinutes = 0;
    bool m_lastSessionLive = false;
    QString m_errorString;
};
