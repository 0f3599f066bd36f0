#include "formwriter.h"
#include "jsontext.h"
#include "sqlconnection.h"

#include <QJsonObject>

namespace {

constexpr int attempts = 3;

// NULL, a missing key and JSON null all mean "not set".
bool same(const QJsonValue &a, const QJsonValue &b)
{
    const bool aUnset = a.isNull() || a.isUndefined();
    const bool bUnset = b.isNull() || b.isUndefined();
    return aUnset || bUnset ? aUnset == bUnset : jsonText(a) == jsonText(b);
}

// The keys inside a JSON column of an edit's path, as a text[] literal: each quoted, so that a key
// with a comma or a brace is one key.
QString keysLiteral(const QString &path)
{
    QStringList keys;
    for (QString key : path.section(u'.', 1).split(u'.'))
        keys << u'"' + key.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")) + u'"';
    return u'{' + keys.join(u',') + u'}';
}

} // namespace

std::optional<FormSnapshot> FormWriter::read(SqlConnection &db, const Store &store, const QString &record, bool forUpdate, QString *error)
{
    QList<QList<QSqlRecord>> rows;
    if (!db.execBatch(store.statements(record, forUpdate), &rows, error)) {
        if (forUpdate && db.failure(*error).kind() == DbError::Kind::PermissionDenied)
            *error = store.refused();
        return std::nullopt;
    }
    return store.snapshot(rows, forUpdate, error);
}

FormWriter::Outcome FormWriter::save(SqlConnection &db, const Store &store, const QString &record, const FormSnapshot &base,
                                     const QList<Edit> &edits)
{
    Outcome outcome;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        if (!db.transaction(&outcome.error))
            return outcome;
        const auto current = read(db, store, record, true, &outcome.error);
        if (!current) {
            db.rollback();
            return outcome;
        }
        outcome.current = *current;
        outcome.conflicts.clear();
        for (const Edit &edit : edits) {
            const QJsonValue theirs = current->at(edit.path);
            if (!same(theirs, base.at(edit.path)) && !same(theirs, edit.value))
                outcome.conflicts << edit.path;
        }
        if (!outcome.conflicts.isEmpty()) {
            db.rollback();
            outcome.result = Outcome::Conflict;
            return outcome;
        }
        bool raced = false;
        if (!store.write(db, record, *current, edits, &raced, &outcome.error)) {
            db.rollback();
            if (raced && attempt < attempts)
                continue;
            return outcome;
        }
        const auto after = read(db, store, record, false, &outcome.error);
        if (!after) {
            db.rollback();
            return outcome;
        }
        if (!db.commit(&outcome.error))
            return outcome;
        outcome.current = *after;
        outcome.result = Outcome::Saved;
        return outcome;
    }
    return outcome;
}

QJsonArray FormWriter::editList(const QList<Edit> &edits, const QStringList &columns)
{
    QJsonArray list;
    for (const Edit &edit : edits) {
        const QString column = edit.path.section(u'.', 0, 0);
        if (!columns.contains(column))
            continue;
        list.append(QJsonObject{{QStringLiteral("column"), column},
                                {QStringLiteral("path"), keysLiteral(edit.path)},
                                {QStringLiteral("value"), edit.value.isUndefined() ? QJsonValue::Null : edit.value}});
    }
    return list;
}

QJsonObject FormWriter::changes(const FormSnapshot &current, const QList<Edit> &edits)
{
    QJsonObject changes;
    for (const Edit &edit : edits) {
        const QJsonValue theirs = current.at(edit.path);
        changes.insert(edit.path, QJsonObject{{QStringLiteral("from"), theirs.isUndefined() ? QJsonValue::Null : theirs},
                                              {QStringLiteral("to"), edit.value.isUndefined() ? QJsonValue::Null : edit.value}});
    }
    return changes;
}
