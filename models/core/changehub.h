#pragma once

#include <QFlags>
#include <QObject>
#include <QString>

#include <functional>

// Where editors announce what they changed, and where the models that show it listen, so that no
// page keeps a list of what to reload (Elisa's trackModified): a saved profile shows its new limit
// on the overview, deleted memories leave its counts, a saved persona reaches "What it sees".
class ChangeHub : public QObject
{
    Q_OBJECT

public:
    static ChangeHub *instance();

    enum class Change { Profile = 0x1, Memories = 0x2, Attention = 0x4 };
    Q_DECLARE_FLAGS(Changes, Change)

    // `refresh` runs on `receiver` whenever one of `changes` is announced for the child `child()`
    // names at that moment: how a model follows the child it shows.
    static void follow(QObject *receiver, Changes changes, std::function<QString()> child, std::function<void()> refresh);

Q_SIGNALS:
    void profileChanged(const QString &childId);
    void memoriesChanged(const QString &childId);
    void agentChanged(const QString &agentId);
    // A caregiver's own reviews: memories read, mentions found fine, categories marked sensitive.
    void attentionChanged(const QString &childId);

private:
    using QObject::QObject;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ChangeHub::Changes)
