#include "unsavedchanges.h"
#include "formeditor.h"
#include "draftstore.h"

#include <QVariantMap>

bool UnsavedChanges::any()
{
    return FormEditor::anyUnsaved();
}

void UnsavedChanges::discardAll()
{
    FormEditor::discardAllUnsaved();
}

QVariantList UnsavedChanges::leftDrafts()
{
    QVariantList drafts;
    for (const DraftStore::Draft &draft : DraftStore::left()) {
        // An agent's draft is offered when that agent is opened: it names no child.
        if (draft.form == u"agent")
            continue;
        drafts << QVariantMap{{QStringLiteral("form"), draft.form},
                              {QStringLiteral("childId"), draft.childId},
                              {QStringLiteral("savedAt"), draft.savedAt.toLocalTime()}};
    }
    return drafts;
}
