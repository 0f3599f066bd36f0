#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

// Tells open session views that a session they show received heartbeats or messages, or ended, by
// asking the server about those sessions every 1.5 s while any is shown.
class SessionActivityNotifier : public QObject
{
    Q_OBJECT

public:
    [[nodiscard]] static SessionActivityNotifier *instance();

    // Views register the sessions they show; polling, when needed, asks only about those.
    void watch(const QString &sessionId);
    void unwatch(const QString &sessionId);

Q_SIGNALS:
    void activity(const QString &sessionId);

private:
    explicit SessionActivityNotifier(QObject *parent = nullptr);
    void poll();

    QStringList m_watched;
    QHash<QString, QString> m_lastSeen;
    QTimer m_pollTimer;
    bool m_polling = false;
    bool m_pollAgain = false;
};
