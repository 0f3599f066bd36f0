#pragma once

#include "memoryinfo.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

// The memory the detail pane shows, read on the database worker. Opening a memory writes a
// caregiver_view row to memory_access_log (the AI's accessCount is left alone); reading it again
// after an edit does not, since the parent did not open it again.
class MemoryDetail : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)
    Q_PROPERTY(QString memoryId READ memoryId WRITE setMemoryId NOTIFY memoryIdChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadedChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY loadedChanged)
    Q_PROPERTY(MemoryInfo memory READ memory NOTIFY loadedChanged)

public:
    explicit MemoryDetail(QObject *parent = nullptr);

    [[nodiscard]] QString childId() const { return m_childId; }
    void setChildId(const QString &childId);
    [[nodiscard]] QString memoryId() const { return m_memoryId; }
    void setMemoryId(const QString &memoryId);

    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] QString errorString() const { return m_errorString; }
    [[nodiscard]] const MemoryInfo &memory() const { return m_memory; }

public Q_SLOTS:
    // Reads the memory again (after an edit) without logging a view.
    void reload();

Q_SIGNALS:
    void childIdChanged();
    void memoryIdChanged();
    void loadedChanged();

private:
    void load(bool logView);

    QString m_childId;
    QString m_memoryId;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_loaded = false;
    QString m_errorString;
    MemoryInfo m_memory;
};
