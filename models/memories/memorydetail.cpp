#include "memorydetail.h"
#include "databaseworker.h"

#include <QUuid>

MemoryDetail::MemoryDetail(QObject *parent)
    : QObject(parent)
{
}

void MemoryDetail::setChildId(const QString &childId)
{
    if (m_childId == childId)
        return;
    m_childId = childId;
    Q_EMIT childIdChanged();
    load(true);
}

void MemoryDetail::setMemoryId(const QString &memoryId)
{
    if (m_memoryId == memoryId)
        return;
    m_memoryId = memoryId;
    Q_EMIT memoryIdChanged();
    load(true);
}

void MemoryDetail::reload()
{
    load(false);
}

void MemoryDetail::load(bool logView)
{
    const quint64 generation = ++m_generation;
    const bool wanted = !m_childId.isEmpty() && !QUuid::fromString(m_memoryId).isNull();
    // After an edit the pane keeps what it shows until the new values arrive.
    if (logView || !wanted) {
        m_memory = {};
        m_loaded = false;
    }
    m_errorString.clear();
    m_loading = wanted;
    Q_EMIT loadedChanged();
    if (!wanted)
        return;
    struct Result {
        MemoryInfo memory;
        QString error;
        bool ok = false;
    };
    DatabaseWorker::instance()->run<Result>(
        this,
        [child = m_childId, memoryId = m_memoryId, logView](SqlConnection &db) {
            Result result;
            result.ok = result.memory.load(db, child, memoryId, &result.error)
                && (!logView || MemoryInfo::logView(db, child, memoryId, &result.error));
            return result;
        },
        [this, generation](Result result) {
            if (generation != m_generation)
                return;
            m_memory = std::move(result.memory);
            m_loaded = result.ok;
            m_errorString = result.error;
            m_loading = false;
            Q_EMIT loadedChanged();
        });
}
