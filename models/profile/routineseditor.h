#pragma once

#include "childprofileeditor.h"

// The routines page: wake and bed time, meals and snacks, and the daily screen-time limit.
class RoutinesEditor : public ChildProfileEditor
{
    Q_OBJECT
    QML_ELEMENT

public:
    explicit RoutinesEditor(QObject *parent = nullptr);

    // "7:30" as 450 minutes since midnight; -1 for what is not a time of day.
    Q_INVOKABLE static int minutesOfDay(const QString &clock) { return FormField::minutesOfDay(clock); }

protected:
    void addCrossFieldProblems(QVariantMap &errors) const override;
};
