#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures how long the thread it lives in (the GUI thread) fails to run its event loop:
// a 5 ms timer that should tick steadily, and the largest gap between its ticks.
class GuiStallMeter : public QObject
{
    Q_OBJECT
public:
    static constexpr int intervalMs = 5;

    explicit GuiStallMeter(QObject *parent = nullptr);

    void start();
    void stop();
    // Forgets the stalls seen so far; keeps running if it was.
    void reset();
    // The largest gap between ticks beyond the nominal interval, never negative.
    // While running, the gap since the last tick counts too.
    qint64 longestStallMs() const;

private:
    void tick();
    qint64 gapSinceLastTickNs() const;

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    qint64 m_longestGapNs = 0;
};
