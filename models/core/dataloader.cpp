#include "dataloader.h"

DataLoader::DataLoader(QObject *parent)
    : QObject(parent)
{
}

void DataLoader::setChildId(const QString &childId)
{
    if (m_childId == childId)
        return;
    m_childId = childId;
    Q_EMIT childIdChanged();
    childChanged();
}

void DataLoader::refresh()
{
    invalidate(Shown::Keep);
}

void DataLoader::invalidate(Shown shown)
{
    ++m_request;
    m_reads = 0;
    m_error = {};
    m_loading = wanted();
    // Loading and not loaded before cleared: what the clearing signals finds the loader between
    // two rows, waiting for the next.
    if (shown == Shown::Clear || !wanted()) {
        m_loaded = false;
        clear();
    }
    Q_EMIT statusChanged();
    if (m_loading && !m_scheduled) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &DataLoader::startScheduled, Qt::QueuedConnection);
    }
}

void DataLoader::startScheduled()
{
    m_scheduled = false;
    // A later change may have left nothing to read.
    if (!m_loading || m_reads > 0)
        return;
    load();
    if (m_reads == 0)
        readFinished({});
}

void DataLoader::readFinished(const DbError &error)
{
    if (error.isError() && !m_error.isError())
        m_error = error;
    if (--m_reads > 0)
        return;
    m_reads = 0;
    m_loading = false;
    m_loaded = !m_error.isError();
    Q_EMIT statusChanged();
}
