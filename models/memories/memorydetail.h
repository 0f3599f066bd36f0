#pragma once

#include "dataloader.h"
#include "memoryinfo.h"

// The memory the detail pane shows, read on the database worker. Opening a memory writes a
// caregiver_view row to memory_access_log (the AI's accessCount is left alone); reading it again
// after an edit does not, since the parent did not open it again.
class MemoryDetail : public DataLoader
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString memoryId READ memoryId WRITE setMemoryId NOTIFY memoryIdChanged)
    Q_PROPERTY(MemoryInfo memory READ memory NOTIFY memoryChanged)

public:
    explicit MemoryDetail(QObject *parent = nullptr);

    [[nodiscard]] QString memoryId() const { return m_memoryId; }
    void setMemoryId(const QString &memoryId);
    [[nodiscard]] const MemoryInfo &memory() const { return m_memory; }

Q_SIGNALS:
    void memoryIdChanged();
    void memoryChanged();

protected:
    [[nodiscard]] bool wanted() const override;
    void clear() override;
    void load() override;

private:
    QString m_memoryId;
    // The parent opened another memory (or child): the next read logs a view.
    bool m_opened = false;
    MemoryInfo m_memory;
};
