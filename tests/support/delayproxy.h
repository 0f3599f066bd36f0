#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>

class DelayProxyWorker;

// A TCP front for a PostgreSQL unix socket that adds latency, so tests can see how the
// app behaves against a remote server. Its sockets live in a thread of their own: a test
// measuring the GUI thread for stalls then sees only the app's own work there.
class DelayProxy : public QObject
{
    Q_OBJECT
public:
    // unixSocketPath: absolute, e.g. "/tmp/nido-test-1234abcd/sock/.s.PGSQL.5432".
    explicit DelayProxy(const QString &unixSocketPath, int oneWayDelayMs = 25, QObject *parent = nullptr);
    ~DelayProxy() override;

    // Listens on 127.0.0.1 at a free port. True when listening.
    bool start(QString *error = nullptr);
    quint16 port() const;
    // Connections accepted so far.
    int connectionCount() const;
    // Applies to bytes received from now on; a round trip costs twice this.
    void setDelay(int oneWayDelayMs);
    int delay() const;

private:
    QString m_socketPath;
    std::atomic<int> m_delayMs;
    std::atomic<int> m_connections{0};
    quint16 m_port = 0;
    QThread m_thread;
    DelayProxyWorker *m_worker = nullptr;
};
