#pragma once

#include <QList>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <QBarSet>

// A chart's bars given new values with the least work QtCharts allows: a value or two changed is
// replaced in place, more are given as one list (QML's `values` takes every bar away one at a
// time, each a layout of the whole chart). QML calls it as BarValues.show(set, values).
class BarValues : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    Q_INVOKABLE static void show(QBarSet *set, const QList<qreal> &values);
};
