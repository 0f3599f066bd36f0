#pragma once

#include <QObject>
#include <QString>

// Where editors announce what they changed, and where the models that show it listen, so that no
// page keeps a list of what to reload (Elisa's trackModified): a saved profile shows its new limit
// on the overview, deleted memories leave its counts, a saved persona reaches "What it sees".
class ChangeHub : public QObject
{
    Q_OBJECT

public:
    static ChangeHub *instance();

Q_SIGNALS:
    void profileChanged(const QString &childId);
    void memoriesChanged(const QString &childId);
    void agentChanged(const QString &agentId);
    // A caregiver's own reviews: memories read, mentions found fine, categories marked sensitive.
    void attentionChanged(const QString &childId);

private:
    using QObject::QObject;
};
