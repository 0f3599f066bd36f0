#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

// Tells open session views that a session received heartbeats or messages. Listens to the
// notices of Nido's trigger (migration 0004) on the database worker's connection, and asks now and
// then whether a watched session ended, which no notice tells; where the trigger is not
// installed (a backend's database Nido has not migrated) it polls instead.
class SessionActivityNotifier : public QObject
{
    Q_OBJECT

public:
    [[nodiscard]] static SessionActivityNotifier *instance();

    // Views register the sessions they show; polling, when needed, asks only about those.
    void watch(const QString &sessionId);
    void unwatch(const QString &sessionId);
    [[nodiscard]] bool listening() const { return m_listening; }

Q_SIGNALS:
    void activity(const QString &sessionId);

private:
    explicit SessionActivityNotifier(QObject *parent = nullptr);
    void start();
    void poll();

    QStringList m_watched;
    QHash<QString, QString> m_lastSeen;
    QTimer m_pollTimer;
    QTimer m_noticeDelay;
    bool m_started = false;
    bool m_listening = false;
    bool m_polling = false;
    bool m_pollAgain = false;
};
