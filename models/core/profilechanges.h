#pragma once

#include <QObject>
#include <QString>

// Tells the pages that read a child's profile (the overview, activity) that a save changed it, so
// that a new limit or new waking hours show at once.
class ProfileChanges : public QObject
{
    Q_OBJECT

public:
    static ProfileChanges *instance();

Q_SIGNALS:
    void saved(const QString &childId);

private:
    using QObject::QObject;
};
