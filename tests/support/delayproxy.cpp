#include "delayproxy.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QLocalSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <deque>

namespace {

// Bytes in flight in one direction, oldest first.
struct Lane
{
    struct Chunk
    {
        qint64 dueNs;
        QByteArray bytes;
    };
    std::deque<Chunk> chunks;
    // The sending side hung up: the receiving side is closed once the chunks are delivered.
    bool sourceClosed = false;
};

// One accepted client and its own connection to the server. Lives in the proxy's thread.
class ProxyPipe : public QObject
{
public:
    ProxyPipe(QTcpSocket *client, const QString &socketPath, const std::atomic<int> &delayMs, QObject *parent)
        : QObject(parent)
        , m_client(client)
        , m_server(new QLocalSocket(this))
        , m_delayMs(delayMs)
    {
        m_client->setParent(this);
        // Nagle's algorithm would hold back small messages on top of the delay we add.
        m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setSingleShot(true);
        m_clock.start();

        connect(&m_timer, &QTimer::timeout, this, &ProxyPipe::deliver);
        connect(m_client, &QTcpSocket::readyRead, this, [this] { receive(m_up, m_client, m_down); });
        connect(m_server, &QLocalSocket::readyRead, this, [this] { receive(m_down, m_server, m_up); });
        // Queued, so that closing one socket from within deliver() does not re-enter it.
        connect(m_client, &QTcpSocket::stateChanged, this, &ProxyPipe::onStateChanged, Qt::QueuedConnection);
        connect(m_server, &QLocalSocket::stateChanged, this, &ProxyPipe::onStateChanged, Qt::QueuedConnection);
        m_server->connectToServer(socketPath);
    }

private:
    bool clientWritable() const { return m_client->state() == QAbstractSocket::ConnectedState; }
    bool serverWritable() const { return m_server->state() == QLocalSocket::ConnectedState; }

    void receive(Lane &lane, QIODevice *from, const Lane &reverse)
    {
        const QByteArray bytes = from->readAll();
        // The reverse lane's source is this lane's destination: once it is gone, drop.
        if (bytes.isEmpty() || reverse.sourceClosed)
            return;
        lane.chunks.push_back({m_clock.nsecsElapsed() + m_delayMs.load() * qint64(1000000), bytes});
        schedule();
    }

    void onStateChanged()
    {
        // Handles the server socket becoming connected too: bytes waiting for it go out now.
        if (!m_up.sourceClosed && m_client->state() == QAbstractSocket::UnconnectedState) {
            if (m_client->isReadable())
                receive(m_up, m_client, m_down);
            m_up.sourceClosed = true;
            m_down.chunks.clear();
        }
        if (!m_down.sourceClosed && m_server->state() == QLocalSocket::UnconnectedState) {
            if (m_server->isReadable())
                receive(m_down, m_server, m_up);
            m_down.sourceClosed = true;
            m_up.chunks.clear();
        }
        deliver();
    }

    void deliver()
    {
        const qint64 now = m_clock.nsecsElapsed();
        if (serverWritable())
            flush(m_up, m_server, now);
        if (clientWritable())
            flush(m_down, m_client, now);
        // Both disconnect calls write out what is still buffered before closing.
        if (m_up.sourceClosed && m_up.chunks.empty() && m_server->state() != QLocalSocket::UnconnectedState)
            m_server->disconnectFromServer();
        if (m_down.sourceClosed && m_down.chunks.empty() && m_client->state() != QAbstractSocket::UnconnectedState)
            m_client->disconnectFromHost();
        if (m_up.sourceClosed && m_down.sourceClosed) {
            m_timer.stop();
            deleteLater();
            return;
        }
        schedule();
    }

    // Strictly in order: a chunk waits for those before it, even if setDelay() shortened its own delay.
    static void flush(Lane &lane, QIODevice *to, qint64 now)
    {
        while (!lane.chunks.empty() && lane.chunks.front().dueNs <= now) {
            to->write(lane.chunks.front().bytes);
            lane.chunks.pop_front();
        }
    }

    void schedule()
    {
        qint64 nextNs = -1;
        const auto consider = [&nextNs](const Lane &lane, bool writable) {
            // A lane whose destination is not connected yet waits for onStateChanged() instead.
            if (writable && !lane.chunks.empty() && (nextNs < 0 || lane.chunks.front().dueNs < nextNs))
                nextNs = lane.chunks.front().dueNs;
        };
        consider(m_up, serverWritable());
        consider(m_down, clientWritable());
        if (nextNs < 0) {
            m_timer.stop();
            return;
        }
        // Rounded up: the timer counts whole milliseconds and must never deliver early.
        const qint64 waitNs = std::max<qint64>(0, nextNs - m_clock.nsecsElapsed());
        m_timer.start(int((waitNs + 999999) / 1000000));
    }

    QTcpSocket *m_client;
    QLocalSocket *m_server;
    const std::atomic<int> &m_delayMs;
    Lane m_up;   // client to server
    Lane m_down; // server to client
    QTimer m_timer;
    QElapsedTimer m_clock;
};

} // namespace

class DelayProxyWorker : public QObject
{
public:
    DelayProxyWorker(const QString &socketPath, const std::atomic<int> &delayMs, std::atomic<int> &connections)
        : m_socketPath(socketPath)
        , m_delayMs(delayMs)
        , m_connections(connections)
    {
    }

    // Runs in the proxy's thread, so that the server and every socket it creates belong there.
    bool listen(quint16 *port, QString *error)
    {
        m_tcpServer = new QTcpServer(this);
        connect(m_tcpServer, &QTcpServer::newConnection, this, &DelayProxyWorker::accept);
        if (!m_tcpServer->listen(QHostAddress::LocalHost, 0)) {
            *error = m_tcpServer->errorString();
            return false;
        }
        *port = m_tcpServer->serverPort();
        return true;
    }

private:
    void accept()
    {
        while (QTcpSocket *client = m_tcpServer->nextPendingConnection()) {
            ++m_connections;
            new ProxyPipe(client, m_socketPath, m_delayMs, this);
        }
    }

    const QString m_socketPath;
    const std::atomic<int> &m_delayMs;
    std::atomic<int> &m_connections;
    QTcpServer *m_tcpServer = nullptr;
};

DelayProxy::DelayProxy(const QString &unixSocketPath, int oneWayDelayMs, QObject *parent)
    : QObject(parent)
    , m_socketPath(unixSocketPath)
    , m_delayMs(oneWayDelayMs)
{
    m_thread.setObjectName(QStringLiteral("DelayProxy"));
}

DelayProxy::~DelayProxy()
{
    if (!m_worker)
        return;
    // QThread deletes it in its own thread once the event loop has stopped: sockets must
    // not be destroyed from another thread.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.quit();
    m_thread.wait();
}

bool DelayProxy::start(QString *error)
{
    if (m_worker) {
        if (m_port == 0 && error)
            *error = QStringLiteral("DelayProxy::start() failed before");
        return m_port != 0;
    }
    m_worker = new DelayProxyWorker(m_socketPath, m_delayMs, m_connections);
    m_worker->moveToThread(&m_thread);
    m_thread.start();

    bool listening = false;
    QString listenError;
    QMetaObject::invokeMethod(
        m_worker, [&] { listening = m_worker->listen(&m_port, &listenError); }, Qt::BlockingQueuedConnection);
    if (!listening && error)
        *error = QStringLiteral("DelayProxy cannot listen: %1").arg(listenError);
    return listening;
}

quint16 DelayProxy::port() const
{
    return m_port;
}

int DelayProxy::connectionCount() const
{
    return m_connections.load();
}

void DelayProxy::setDelay(int oneWayDelayMs)
{
    m_delayMs.store(oneWayDelayMs);
}

int DelayProxy::delay() const
{
    return m_delayMs.load();
}
