#include "guistallmeter.h"

#include <algorithm>

GuiStallMeter::GuiStallMeter(QObject *parent)
    : QObject(parent)
{
    // A coarse timer may fire up to 5% late by design, which would read as a stall.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &GuiStallMeter::tick);
    m_clock.start();
}

void GuiStallMeter::start()
{
    // A stall right after start() counts, so the first gap runs from here.
    m_lastTickNs = m_clock.nsecsElapsed();
    m_timer.start();
}

void GuiStallMeter::stop()
{
    if (!m_timer.isActive())
        return;
    // A stall that ends just before stop() has had no tick to record it yet.
    tick();
    m_timer.stop();
}

void GuiStallMeter::reset()
{
    m_longestGapNs = 0;
    m_lastTickNs = m_clock.nsecsElapsed();
}

qint64 GuiStallMeter::longestStallMs() const
{
    qint64 gapNs = m_longestGapNs;
    if (m_timer.isActive())
        gapNs = std::max(gapNs, gapSinceLastTickNs());
    return std::max<qint64>(0, gapNs / 1000000 - intervalMs);
}

void GuiStallMeter::tick()
{
    m_longestGapNs = std::max(m_longestGapNs, gapSinceLastTickNs());
    m_lastTickNs = m_clock.nsecsElapsed();
}

qint64 GuiStallMeter::gapSinceLastTickNs() const
{
    return m_clock.nsecsElapsed() - m_lastTickNs;
}
