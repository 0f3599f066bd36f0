#pragma once

#include <QHash>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class SqlConnection;

// What the window does in its own time, on a connection of its own, a minute after it opens and then
// hourly. Expired means deleted: memories past their expiry (a retention policy's, or the backend's)
// are deleted through the same path as a parent's deletion, in short batches (nido.purge_expired,
// migration 16); `nido purge-expired` does it from the system timer. And the heartbeats' minutes of
// the last 31 days are counted (migration 26), so that the pages find them counted.
class Upkeep : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)

public:
    static constexpr int batchSize = 1000;

    explicit Upkeep(QObject *parent = nullptr);
    ~Upkeep() override;

    [[nodiscard]] bool active() const { return m_timer.isActive(); }
    void setActive(bool active);

    // One batch of expired memories: those it deleted, by child; empty once nothing expired is left.
    static bool purgeExpiredBatch(SqlConnection &db, QHash<QString, int> *deleted, QString *error);
    // The heartbeats' minutes of the caller's children's last 31 days not counted yet.
    static bool countRecentMinutes(SqlConnection &db, QString *error);

Q_SIGNALS:
    void activeChanged();

private:
    void run();
    void finish(const QHash<QString, int> &deleted, const QString &error);

    QTimer m_timer;
    QThread *m_thread = nullptr;
};
