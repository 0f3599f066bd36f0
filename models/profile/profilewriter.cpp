#include "profilewriter.h"
#include "jsontext.h"
#include "caregiveraudit.h"
#include "sqlconnection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace {

constexpr int attempts = 3;


// NULL, a missing key and JSON null all mean "not set".
bool same(const QJsonValue &a, const QJsonValue &b)
{
    const bool aUnset = a.isNull() || a.isUndefined();
    const bool bUnset = b.isNull() || b.isUndefined();
    return aUnset || bUnset ? aUnset == bUnset : a == b;
}

// The value bound for a jsonb parameter: NULL removes the key (nido.jsonb_put).
QVariant boundJson(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QVariant(QMetaType(QMetaType::QString));
    return jsonText(value);
}

QVariant columnValue(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() ? QVariant(QMetaType(QMetaType::QString)) : value.toVariant();
}

QString quoted(const QString &column) { return u'"' + column + u'"'; }

} // namespace

ProfileWriter::Outcome ProfileWriter::save(SqlConnection &db, const QString &childId, const ProfileSnapshot &base,
                                           const QList<Edit> &edits)
{
    Outcome outcome;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        if (!db.transaction(&outcome.error))
            return outcome;
        const auto current = ProfileSnapshot::read(db, childId, ProfileSnapshot::Lock::ForUpdate, &outcome.error);
        if (!current) {
            db.rollback();
            return outcome;
        }
        outcome.current = *current;
        QJsonObject changes;
        for (const Edit &edit : edits) {
            const QJsonValue theirs = current->at(edit.path);
            if (!same(theirs, base.at(edit.path)) && !same(theirs, edit.value))
                outcome.conflicts << edit.path;
            changes.insert(edit.path, QJsonObject{{QStringLiteral("from"), theirs.isUndefined() ? QJsonValue::Null : theirs},
                                                  {QStringLiteral("to"), edit.value.isUndefined() ? QJsonValue::Null : edit.value}});
        }
        if (!outcome.conflicts.isEmpty()) {
            db.rollback();
            outcome.result = Outcome::Conflict;
            return outcome;
        }
        bool raced = false;
        if (!write(db, childId, *current, edits, &raced, &outcome.error)) {
            db.rollback();
            if (raced && attempt < attempts)
                continue;
            return outcome;
        }
        // A caregiver's save is audited by the server itself (migration 0008).
        const auto after = CaregiverAudit::record(db, QStringLiteral("edit"), childId, {}, QJsonObject{{QStringLiteral("profile"), changes}},
                                                  &outcome.error)
            ? ProfileSnapshot::read(db, childId, ProfileSnapshot::Lock::None, &outcome.error)
            : std::nullopt;
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

bool ProfileWriter::write(SqlConnection &db, const QString &childId, const ProfileSnapshot &current, const QList<Edit> &edits,
                          bool *raced, QString *error)
{
    QStringList userAssignments;
    QMap<QString, QString> profileExpressions; // column -> its new value as SQL
    QVariantMap values;
    for (int i = 0; i < edits.size(); ++i) {
        const Edit &edit = edits[i];
        const QString column = edit.path.section(u'.', 0, 0);
        const QString value = QStringLiteral(":v%1").arg(i);
        if (column == u"firstName" || column == u"lastName") {
            userAssignments << quoted(column) + QStringLiteral(" = ") + value;
            values.insert(value, columnValue(edit.value));
        } else if (column == u"age") {
            profileExpressions.insert(column, QStringLiteral("CAST(%1 AS integer)").arg(value));
            values.insert(value, columnValue(edit.value));
        } else {
            const QString path = QStringLiteral(":p%1").arg(i);
            const QString inner = profileExpressions.value(column, current.hasProfile ? quoted(column) : QStringLiteral("NULL"));
            profileExpressions.insert(column, QStringLiteral("nido.jsonb_put(%1, CAST(%2 AS text[]), CAST(%3 AS jsonb))").arg(inner, path, value));
            values.insert(path, QString(u'{' + edit.path.section(u'.', 1).split(u'.').join(u',') + u'}'));
            values.insert(value, boundJson(edit.value));
        }
    }

    const auto run = [&](const QString &sql, int *rows) {
        QSqlQuery &query = db.prepared(sql);
        query.bindValue(QStringLiteral(":child"), childId);
        // A name the statement does not hold is ignored by the driver.
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            query.bindValue(it.key(), it.value());
        if (!db.exec(query, error)) {
            const QString state = query.lastError().nativeErrorCode();
            if (state == u"42501")
                *error = QCoreApplication::translate("ProfileWriter", "You may view this child's profile but not change it; nothing was saved.");
            else if (state == u"22000")
                *error = QCoreApplication::translate("ProfileWriter", "The backend stored something other than a group of fields where Nido would write (%1); nothing was saved.")
                             .arg(query.lastError().databaseText());
            return false;
        }
        *rows = query.numRowsAffected();
        query.finish();
        return true;
    };

    int rows = 0;
    if (!userAssignments.isEmpty()
        && !run(QStringLiteral("UPDATE users SET %1 WHERE id = CAST(:child AS uuid)").arg(userAssignments.join(QStringLiteral(", "))), &rows))
        return false;
    if (profileExpressions.isEmpty())
        return true;

    QStringList columns;
    QStringList expressions;
    for (auto it = profileExpressions.cbegin(); it != profileExpressions.cend(); ++it) {
        columns << quoted(it.key());
        expressions << it.value();
    }
    if (current.hasProfile) {
        QStringList assignments;
        for (int i = 0; i < columns.size(); ++i)
            assignments << columns[i] + QStringLiteral(" = ") + expressions[i];
        return run(QStringLiteral("UPDATE user_profiles SET %1 WHERE \"userId\" = CAST(:child AS uuid)").arg(assignments.join(QStringLiteral(", "))),
                   &rows);
    }
    // The first save of a child without a profile row; columns the parent left alone keep their
    // defaults. Another writer may have created the row meanwhile: then the save starts again.
    if (!run(QStringLiteral("INSERT INTO user_profiles (\"userId\", %1) VALUES (CAST(:child AS uuid), %2) ON CONFLICT (\"userId\") DO NOTHING")
                 .arg(columns.join(QStringLiteral(", ")), expressions.join(QStringLiteral(", "))),
             &rows))
        return false;
    if (rows == 0) {
        *raced = true;
        *error = QCoreApplication::translate("ProfileWriter", "The profile was created by someone else at this very moment; nothing was saved.");
        return false;
    }
    return true;
}
