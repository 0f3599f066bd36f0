#include "formwriter.h"
#include "jsontext.h"
#include "sqlconnection.h"

#include <QJsonObject>
#include <QMap>

namespace {

constexpr int attempts = 3;

// NULL, a missing key and JSON null all mean "not set".
bool same(const QJsonValue &a, const QJsonValue &b)
{
    const bool aUnset = a.isNull() || a.isUndefined();
    const bool bUnset = b.isNull() || b.isUndefined();
    return aUnset || bUnset ? aUnset == bUnset : jsonText(a) == jsonText(b);
}

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QString quoted(const QString &column)
{
    return u'"' + column + u'"';
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

FormWriter::Outcome FormWriter::save(SqlConnection &db, const Store &store, const QString &record, const FormSnapshot &base,
                                     const QList<Edit> &edits)
{
    Outcome outcome;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        if (!db.transaction(&outcome.error))
            return outcome;
        const auto current = store.read(db, record, true, &outcome.error);
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
        const auto after = store.read(db, record, false, &outcome.error);
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

QString FormWriter::Assignments::setList() const
{
    QStringList set;
    for (int i = 0; i < columns.size(); ++i)
        set << columns[i] + QStringLiteral(" = ") + expressions[i];
    return set.join(QStringLiteral(", "));
}

FormWriter::Assignments FormWriter::assignments(const QList<Edit> &edits, const QStringList &columns, const QStringList &jsonColumns,
                                                const QHash<QString, QString> &casts, bool emptyRow)
{
    QMap<QString, QString> expressions; // column -> its new value as SQL
    Assignments result;
    for (int i = 0; i < edits.size(); ++i) {
        const Edit &edit = edits[i];
        const QString column = edit.path.section(u'.', 0, 0);
        if (!columns.contains(column) && !jsonColumns.contains(column))
            continue;
        const QString value = QStringLiteral(":v%1").arg(i);
        if (!jsonColumns.contains(column)) {
            const QString cast = casts.value(column);
            expressions.insert(column, cast.isEmpty() ? value : QStringLiteral("CAST(%1 AS %2)").arg(value, cast));
            result.values.insert(value, edit.value.isUndefined() || edit.value.isNull() ? nullText() : edit.value.toVariant());
            continue;
        }
        const QString path = QStringLiteral(":p%1").arg(i);
        const QString inner = expressions.value(column, emptyRow ? QStringLiteral("NULL") : quoted(column));
        expressions.insert(column, QStringLiteral("nido.jsonb_put(%1, CAST(%2 AS text[]), CAST(%3 AS jsonb))").arg(inner, path, value));
        result.values.insert(path, keysLiteral(edit.path));
        // NULL removes the key (nido.jsonb_put).
        result.values.insert(value, edit.value.isUndefined() || edit.value.isNull() ? nullText() : QVariant(jsonText(edit.value)));
    }
    for (auto it = expressions.cbegin(); it != expressions.cend(); ++it) {
        result.columns << quoted(it.key());
        result.expressions << it.value();
    }
    return result;
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

bool FormWriter::run(SqlConnection &db, const QString &sql, const QString &record, const QVariantMap &values, int *rows, QString *state,
                     QString *error)
{
    QSqlQuery &query = db.prepared(sql);
    query.bindValue(QStringLiteral(":record"), record);
    // A name the statement does not hold is ignored by the driver.
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (!db.exec(query, error)) {
        *state = query.lastError().nativeErrorCode();
        return false;
    }
    *rows = query.numRowsAffected();
    query.finish();
    return true;
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
