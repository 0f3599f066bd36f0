#include "changehub.h"

ChangeHub *ChangeHub::instance()
{
    static ChangeHub hub;
    return &hub;
}

void ChangeHub::follow(QObject *receiver, Changes changes, std::function<QString()> child, std::function<void()> refresh)
{
    const auto onChild = [child, refresh](const QString &changed) {
        if (changed == child())
            refresh();
    };
    if (changes.testFlag(Change::Profile))
        connect(instance(), &ChangeHub::profileChanged, receiver, onChild);
    if (changes.testFlag(Change::Memories))
        connect(instance(), &ChangeHub::memoriesChanged, receiver, onChild);
    if (changes.testFlag(Change::Attention))
        connect(instance(), &ChangeHub::attentionChanged, receiver, onChild);
}
