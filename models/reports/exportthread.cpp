#include "exportthread.h"
#include "sqlconnection.h"

#include <QCoreApplication>

namespace {

// Exports a parent makes one after another (a week's report, then each session's) share it.
constexpr int idleMs = 60000;

} // namespace

ExportThread *ExportThread::instance()
{
    // Never deleted: shutdown() ends the thread while the application still exists.
    static auto *exports = new ExportThread;
    return exports;
}

ExportThread::ExportThread()
{
    m_thread.setObjectName(QStringLiteral("nido-exports"));
    m_context = new QObject;
    m_idle = new QTimer(m_context);
    m_idle->setSingleShot(true);
    m_idle->setInterval(idleMs);
    QObject::connect(m_idle, &QTimer::timeout, m_context, [this] { m_connection.reset(); });
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    qAddPostRoutine([] { instance()->shutdown(); });
}

void ExportThread::run(const QString &conninfo, Task task)
{
    ExportThread *exports = instance();
    QMetaObject::invokeMethod(exports->m_context, [exports, conninfo, task = std::move(task)] {
        if (!exports->m_connection || exports->m_conninfo != conninfo) {
            exports->m_connection.reset();
            exports->m_connection = std::make_unique<SqlConnection>(QStringLiteral("nido-exports"));
            exports->m_connection->setConninfo(conninfo);
            exports->m_conninfo = conninfo;
        }
        exports->m_idle->stop();
        task(*exports->m_connection);
        exports->m_idle->start();
    }, Qt::QueuedConnection);
}

void ExportThread::shutdown()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_context, [this] { m_connection.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}
