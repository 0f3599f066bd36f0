#pragma once

#include "childprofileeditor.h"

// The child's profile page: names, age, preferences, family context and development milestones.
class ProfileEditor : public ChildProfileEditor
{
    Q_OBJECT
    QML_ELEMENT
    // The family-context keys Nido does not know, as {key, value} with the value as JSON text:
    // shown, and kept exactly on save.
    Q_PROPERTY(QVariantList otherFamilyContext READ otherFamilyContext NOTIFY valuesChanged)
    // The child's devices as the voice service lists them (familyContext.devices), by name.
    Q_PROPERTY(QStringList deviceNames READ deviceNames NOTIFY valuesChanged)

public:
    explicit ProfileEditor(QObject *parent = nullptr);

    [[nodiscard]] QVariantList otherFamilyContext() const;
    [[nodiscard]] QStringList deviceNames() const;

protected:
    void addCrossFieldProblems(QVariantMap &errors) const override;
};
