#pragma once

#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

class SqlConnection;

// The thread every export runs on, one after another, with a connection of its own kept between
// them: a new connection costs PostgreSQL a new backend (about 30 ms here) with cold caches, which
// was most of a session PDF's or a child export's time beyond its SQL. It is closed after a minute
// without exports: a caregiver's login holds few connections (CaregiverAdmin), and an idle window
// needs only the worker's. Exports never share the window's database worker: a long one must not
// hold the pages' reads.
class ExportThread
{
public:
    using Task = std::function<void(SqlConnection &db)>;

    // Runs `task` on the export thread, connected to `conninfo` (the connection is made again when
    // it changes, and opened again when the server dropped it: `task` calls ensureOpen()).
    static void run(const QString &conninfo, Task task);

private:
    ExportThread();
    ~ExportThread() = default;
    static ExportThread *instance();
    void shutdown();

    QThread m_thread;
    QObject *m_context = nullptr;
    QTimer *m_idle = nullptr;
    // Made and used on m_thread only.
    std::unique_ptr<SqlConnection> m_connection;
    QString m_conninfo;
};
