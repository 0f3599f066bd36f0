#pragma once

#include "formsnapshot.h"
#include "sqlstatement.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QSqlRecord>
#include <QStringList>

#include <functional>
#include <optional>

class SqlConnection;

// Saves a form's edits in one transaction, against the row as the parent last saw it (`base`).
// Each edit puts one field's value at its path and leaves everything else in the column, keys
// Nido does not know included, exactly as it is on the server. A field that someone else changed
// since `base` to another value than the parent's is a conflict: nothing is written, and the
// parent chooses, field by field.
class FormWriter
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
        FormSnapshot current;
        QStringList conflicts;
    };
    // Where a form's row lives: the statements that read it (one round trip, with a page's other
    // reads; locked for a save), the row made of their rows, what a lock the caller may not take
    // says, and how edits reach the row. `raced`: start again.
    struct Store {
        std::function<QList<SqlStatement>(const QString &record, bool forUpdate)> statements;
        std::function<std::optional<FormSnapshot>(const QList<QList<QSqlRecord>> &rows, bool forUpdate, QString *error)> snapshot;
        std::function<QString()> refused;
        std::function<bool(SqlConnection &, const QString &record, const FormSnapshot &current, const QList<Edit> &, bool *raced,
                           QString *error)>
            write;
    };

    // The row as it now is; for a save, locked.
    static std::optional<FormSnapshot> read(SqlConnection &db, const Store &store, const QString &record, bool forUpdate, QString *error);
    static Outcome save(SqlConnection &db, const Store &store, const QString &record, const FormSnapshot &base, const QList<Edit> &edits);

    // The edits of `columns` as the server's edit functions take them (nido.apply_edits): each
    // {"column", "path": the keys inside it as a text[] literal (for a JSON column), "value"}, in order.
    static QJsonArray editList(const QList<Edit> &edits, const QStringList &columns);
    // "from"/"to" of each edit, for an audit row.
    static QJsonObject changes(const FormSnapshot &current, const QList<Edit> &edits);
};
