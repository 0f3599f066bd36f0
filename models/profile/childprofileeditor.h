#pragma once

#include "formeditor.h"

// A form over the chosen child's row: the profile page and the routines page each have one.
class ChildProfileEditor : public FormEditor
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(bool hasProfile READ hasProfile NOTIFY stateChanged)

public:
    [[nodiscard]] bool hasProfile() const;

protected:
    ChildProfileEditor(const QList<FormField> &fields, const QString &form, QObject *parent);

    void childChanged() override;
    void announceSaved() override;
};
