#include "childprofileeditor.h"
#include "changehub.h"
#include "profilestore.h"

ChildProfileEditor::ChildProfileEditor(const QList<FormField> &fields, const QString &form, QObject *parent)
    : FormEditor(fields, form, ProfileStore::store(), parent)
{
}

bool ChildProfileEditor::hasProfile() const
{
    return base().columns.value(QStringLiteral("hasProfile")).toBool();
}

void ChildProfileEditor::childChanged()
{
    setRecord(childId());
}

void ChildProfileEditor::announceSaved()
{
    Q_EMIT ChangeHub::instance()->profileChanged(childId());
}
