#include "memorydetail.h"
#include "changehub.h"

#include <QUuid>

MemoryDetail::MemoryDetail(QObject *parent)
    : DataLoader(parent)
{
    // After an edit or a deletion the pane shows what is stored now (or that it is gone).
    ChangeHub::follow(this, ChangeHub::Change::Memories, [this] { return childId(); }, [this] { refresh(); });
    connect(this, &DataLoader::childIdChanged, this, [this] { m_opened = true; });
}

void MemoryDetail::setMemoryId(const QString &memoryId)
{
    if (m_memoryId == memoryId)
        return;
    m_memoryId = memoryId;
    m_opened = true;
    Q_EMIT memoryIdChanged();
    invalidate();
}

bool MemoryDetail::wanted() const
{
    return DataLoader::wanted() && !QUuid::fromString(m_memoryId).isNull();
}

void MemoryDetail::clear()
{
    m_memory = {};
    Q_EMIT memoryChanged();
}

void MemoryDetail::load()
{
    const bool logView = std::exchange(m_opened, false);
    read<MemoryInfo>(
        [child = childId(), memoryId = m_memoryId, logView](SqlConnection &db, MemoryInfo &memory, QString *error) {
            // The access log is memory_contexts' (its foreign key, its caregivers' rule): an archived
            // memory's view is not logged there.
            return memory.load(db, child, memoryId, error) && (!logView || memory.archived || MemoryInfo::logView(db, child, memoryId, error));
        },
        [this](MemoryInfo &&memory) {
            m_memory = std::move(memory);
            Q_EMIT memoryChanged();
        });
}
