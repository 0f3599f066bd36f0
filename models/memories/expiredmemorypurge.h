#pragma once

#include <QHash>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class SqlConnection;

// Expired means deleted: memories past their expiry (a retention policy's, or the backend's) are
// deleted through the same path as a parent's deletion, in short batches (nido.purge_expired,
// migration 16). The window runs it while it is open; `nido purge-expired` runs it from a timer.
class ExpiredMemoryPurge : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)

public:
    static constexpr int batchSize = 1000;

    explicit ExpiredMemoryPurge(QObject *parent = nullptr);
    ~ExpiredMemoryPurge() override;

    [[nodiscard]] bool active() const { return m_timer.isActive(); }
    void setActive(bool active);

    // One batch: the memories it deleted, by child; empty once nothing expired is left.
    static bool purgeBatch(SqlConnection &db, QHash<QString, int> *deleted, QString *error);

Q_SIGNALS:
    void activeChanged();

private:
    void run();
    void finish(const QHash<QString, int> &deleted, const QString &error);

    QTimer m_timer;
    QThread *m_thread = nullptr;
};
