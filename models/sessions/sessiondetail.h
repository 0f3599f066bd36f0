#pragma once

#include "dataloader.h"
#include "sessioninfo.h"

// The session a page shows, read on the database worker, and, while it is live, a signal each
// time heartbeats or messages arrive.
class SessionDetail : public DataLoader
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString sessionId READ sessionId WRITE setSessionId NOTIFY sessionIdChanged)
    Q_PROPERTY(SessionInfo session READ session NOTIFY detailChanged)

public:
    explicit SessionDetail(QObject *parent = nullptr);
    ~SessionDetail() override;

    [[nodiscard]] QString sessionId() const { return m_sessionId; }
    void setSessionId(const QString &sessionId);
    [[nodiscard]] const SessionInfo &session() const { return m_session; }

Q_SIGNALS:
    void sessionIdChanged();
    void detailChanged();
    // New heartbeats or messages arrived for this (live) session.
    void activityArrived();

protected:
    [[nodiscard]] bool wanted() const override;
    void clear() override;
    void load() override;

private:
    void updateWatch();

    QString m_sessionId;
    QString m_watchedSession;
    bool m_activityArrived = false;
    SessionInfo m_session;
};
