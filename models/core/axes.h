#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

// Round steps for the charts' value axes, on the screens and in the reports alike: 1, 2 or 5 × 10ⁿ,
// whole numbers for counts, so that a parent reads 0, 20, 40, 60 minutes and never 0, 21, 42, 63
// (or 18.4, 36.8). QML calls them as Axes.step(…).
class Axes : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    // The step for about `ticks` intervals up to `highest`.
    Q_INVOKABLE static double step(double highest, int ticks, bool whole);
    // The first multiple of `interval` at or above `highest`, at least one step above `floor`.
    Q_INVOKABLE static double top(double highest, double interval, double floor = 0);
    // The first multiple of `interval` at or below `lowest`, and never above 0.
    Q_INVOKABLE static double bottom(double lowest, double interval);
};
