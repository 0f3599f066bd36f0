#include "unsavedchanges.h"
#include "childprofileeditor.h"

bool UnsavedChanges::any()
{
    return ChildProfileEditor::anyUnsaved();
}

void UnsavedChanges::discardAll()
{
    ChildProfileEditor::discardAllUnsaved();
}
