#pragma once

#include "sessioninfo.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

// The session a page shows, read on the database worker, and, while it is live, a signal each
// time heartbeats or messages arrive.
class SessionDetail : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY sourceChanged)
    Q_PROPERTY(QString sessionId READ sessionId WRITE setSessionId NOTIFY sourceChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY detailChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY detailChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY detailChanged)
    Q_PROPERTY(SessionInfo session READ session NOTIFY detailChanged)

public:
    explicit SessionDetail(QObject *parent = nullptr);
    ~SessionDetail() override;

    [[nodiscard]] QString childId() const { return m_childId; }
    void setChildId(const QString &childId);
    [[nodiscard]] QString sessionId() const { return m_sessionId; }
    void setSessionId(const QString &sessionId);

    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] QString errorString() const { return m_errorString; }
    [[nodiscard]] const SessionInfo &session() const { return m_session; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void sourceChanged();
    void detailChanged();
    // New heartbeats or messages arrived for this (live) session.
    void activityArrived();

private:
    void load(bool keepShown);
    void updateWatch();

    QString m_childId;
    QString m_sessionId;
    QString m_watchedSession;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_activityArrived = false;
    bool m_loaded = false;
    QString m_errorString;
    SessionInfo m_session;
};
