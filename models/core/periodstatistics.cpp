#include "periodstatistics.h"

PeriodStatistics::PeriodStatistics(QObject *parent)
    : QObject(parent)
{
}

void PeriodStatistics::setChildId(const QString &childId)
{
    if (m_childId == childId)
        return;
    m_childId = childId;
    Q_EMIT childIdChanged();
    refresh();
}

void PeriodStatistics::setDays(int days)
{
    days = qBound(1, days, 366);
    if (m_days == days)
        return;
    m_days = days;
    Q_EMIT daysChanged();
    refresh();
}

void PeriodStatistics::refresh()
{
    const quint64 request = ++m_request;
    clearFigures();
    m_loading = !m_childId.isEmpty();
    Q_EMIT statisticsChanged();
    if (m_loading)
        loadFigures(request, LocalDays::lastDays(m_days));
}

bool PeriodStatistics::figuresArrived(quint64 request)
{
    if (request != m_request)
        return false;
    m_loading = false;
    return true;
}
