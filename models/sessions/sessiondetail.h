#pragma once

#include <QDateTime>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// One session's figures and metadata, the memories it created, and, while it is live, a signal
// each time heartbeats or messages arrive.
class SessionDetail : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY sourceChanged)
    Q_PROPERTY(QString sessionId READ sessionId WRITE setSessionId NOTIFY sourceChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY detailChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY detailChanged)
    Q_PROPERTY(QString status READ status NOTIFY detailChanged)
    Q_PROPERTY(bool live READ live NOTIFY detailChanged)
    Q_PROPERTY(QDateTime startedAt READ startedAt NOTIFY detailChanged)
    Q_PROPERTY(QDateTime endedAt READ endedAt NOTIFY detailChanged)
    Q_PROPERTY(int durationSeconds READ durationSeconds NOTIFY detailChanged)
    Q_PROPERTY(QString agentName READ agentName NOTIFY detailChanged)
    Q_PROPERTY(QString language READ language NOTIFY detailChanged)
    Q_PROPERTY(QString roomType READ roomType NOTIFY detailChanged)
    Q_PROPERTY(QString startMethod READ startMethod NOTIFY detailChanged)
    Q_PROPERTY(QString parentPresent READ parentPresent NOTIFY detailChanged)
    Q_PROPERTY(int messageCount READ messageCount NOTIFY detailChanged)
    Q_PROPERTY(int totalTokensUsed READ totalTokensUsed NOTIFY detailChanged)
    Q_PROPERTY(double totalCost READ totalCost NOTIFY detailChanged)
    Q_PROPERTY(int heartbeatCount READ heartbeatCount NOTIFY detailChanged)
    Q_PROPERTY(QDateTime lastHeartbeatAt READ lastHeartbeatAt NOTIFY detailChanged)
    Q_PROPERTY(QVariantList memories READ memories NOTIFY detailChanged)

public:
    explicit SessionDetail(QObject *parent = nullptr);
    ~SessionDetail() override;

    [[nodiscard]] QString childId() const { return m_childId; }
    void setChildId(const QString &childId);
    [[nodiscard]] QString sessionId() const { return m_sessionId; }
    void setSessionId(const QString &sessionId);

    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] QString errorString() const { return m_errorString; }
    [[nodiscard]] QString status() const { return m_status; }
    [[nodiscard]] bool live() const { return m_status == u"active"; }
    [[nodiscard]] QDateTime startedAt() const { return m_startedAt; }
    [[nodiscard]] QDateTime endedAt() const { return m_endedAt; }
    [[nodiscard]] int durationSeconds() const { return m_durationSeconds; }
    [[nodiscard]] QString agentName() const { return m_agentName; }
    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] QString roomType() const { return m_roomType; }
    [[nodiscard]] QString startMethod() const { return m_startMethod; }
    // "yes", "no" or empty when the backend did not say.
    [[nodiscard]] QString parentPresent() const { return m_parentPresent; }
    [[nodiscard]] int messageCount() const { return m_messageCount; }
    [[nodiscard]] int totalTokensUsed() const { return m_totalTokensUsed; }
    [[nodiscard]] double totalCost() const { return m_totalCost; }
    [[nodiscard]] int heartbeatCount() const { return m_heartbeatCount; }
    [[nodiscard]] QDateTime lastHeartbeatAt() const { return m_lastHeartbeatAt; }
    [[nodiscard]] QVariantList memories() const { return m_memories; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void sourceChanged();
    void detailChanged();
    // New heartbeats or messages arrived for this (live) session.
    void activityArrived();

private:
    bool loadSession();
    bool loadMemories();
    void updateWatch();

    QString m_childId;
    QString m_sessionId;
    QString m_watchedSession;
    bool m_loaded = false;
    QString m_errorString;
    QString m_status;
    QDateTime m_startedAt;
    QDateTime m_endedAt;
    int m_durationSeconds = 0;
    QString m_agentName;
    QString m_language;
    QString m_roomType;
    QString m_startMethod;
    QString m_parentPresent;
    int m_messageCount = 0;
    int m_totalTokensUsed = 0;
    double m_totalCost = 0;
    int m_heartbeatCount = 0;
    QDateTime m_lastHeartbeatAt;
    QVariantList m_memories;
};
