#pragma once

#include "profilesnapshot.h"

#include <QJsonValue>
#include <QList>
#include <QStringList>

class SqlConnection;

// Saves a parent's edits of the child's row in one transaction, against the row as the parent
// last saw it (`base`). Each edit puts one field's value at its path and leaves everything else
// in the column, keys Nido does not know included, exactly as it is on the server. A field that
// someone else changed since `base` to another value than the parent's is a conflict: nothing is
// written, and the parent chooses.
class ProfileWriter
{
public:
    struct Edit {
        QString path;
        QJsonValue value; // Undefined removes the key (a column: NULL)
    };
    struct Outcome {
        enum Result { Saved, Conflict, Failed };
        Result result = Failed;
        QString error;
        // The row now on the server: after the save, or the one the conflicts are against.
        ProfileSnapshot current;
        QStringList conflicts;
    };

    static Outcome save(SqlConnection &db, const QString &childId, const ProfileSnapshot &base, const QList<Edit> &edits);

private:
    static bool write(SqlConnection &db, const QString &childId, const ProfileSnapshot &current, const QList<Edit> &edits,
                      bool *raced, QString *error);
};
