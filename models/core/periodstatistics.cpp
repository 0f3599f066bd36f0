#include "periodstatistics.h"

PeriodStatistics::PeriodStatistics(QObject *parent)
    : DataLoader(parent)
{
}

void PeriodStatistics::setDays(int days)
{
    days = qBound(1, days, 366);
    if (m_days == days)
        return;
    m_days = days;
    Q_EMIT daysChanged();
    invalidate();
}
