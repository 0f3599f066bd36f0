#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// What the window asks before it closes or switches child: whether a profile or routines form
// holds edits not yet saved. Those edits are on disk as drafts either way.
class UnsavedChanges : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    Q_INVOKABLE static bool any();
    // The parent chose to throw the edits away: the forms show the saved row and the drafts go.
    Q_INVOKABLE static void discardAll();
    // Drafts left on disk by an earlier Nido (killed, or closed keeping them), newest first:
    // {form: "profile" or "routines", childId, savedAt}.
    Q_INVOKABLE static QVariantList leftDrafts();
};
