#include "unsavedchanges.h"
#include "childprofileeditor.h"
#include "draftstore.h"

#include <QVariantMap>

bool UnsavedChanges::any()
{
    return ChildProfileEditor::anyUnsaved();
}

void UnsavedChanges::discardAll()
{
    ChildProfileEditor::discardAllUnsaved();
}

QVariantList UnsavedChanges::leftDrafts()
{
    QVariantList drafts;
    for (const DraftStore::Draft &draft : DraftStore::all()) {
        drafts << QVariantMap{{QStringLiteral("form"), draft.form},
                              {QStringLiteral("childId"), draft.childId},
                              {QStringLiteral("savedAt"), draft.savedAt.toLocalTime()}};
    }
    return drafts;
}
