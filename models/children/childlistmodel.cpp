#include "childlistmodel.h"
#include "databaseworker.h"
#include "changehub.h"
#include "sessionsql.h"


namespace {

// Every child Nido shows, by first name; a child without one by email.
const QString children = QStringLiteral(
    "SELECT u.id::text AS id, u.\"firstName\", u.\"lastName\", %1 AS \"displayName\", p.age, "
    "  COALESCE(u.\"firstName\", '') AS \"sortKey\" "
    "FROM nido.visible_children(current_user) u LEFT JOIN nido.visible_profiles(current_user) p ON p.\"userId\" = u.id ")
                                .arg(SessionSql::childName());
const auto byName = QStringLiteral("ORDER BY COALESCE(u.\"firstName\", ''), u.id LIMIT :limit");
const QString firstPage = children + byName;
// A backend may leave a name NULL, which a row comparison would never pass.
const QString nextPage = children + QStringLiteral("WHERE (COALESCE(u.\"firstName\", ''), u.id) > (:firstName, CAST(:id AS uuid)) ") + byName;
const QString oneChild = children + QStringLiteral("WHERE u.id = CAST(:child AS uuid)");

} // namespace

ChildListModel::ChildListModel(QObject *parent)
    : KeysetListModel(parent)
{
    reload();
    // A renamed child is renamed in the switcher at once, without a reload that would move the
    // choice.
    connect(ChangeHub::instance(), &ChangeHub::profileChanged, this, &ChildListModel::rereadChild);
}

void ChildListModel::rereadChild(const QString &childId)
{
    auto job = [childId](SqlConnection &db) {
        SqlStatement statement;
        statement.prepare(oneChild);
        statement.bindValue(QStringLiteral(":child"), childId);
        QList<QSqlRecord> rows;
        QString error;
        db.exec(statement, &rows, &error);
        return rows;
    };
    DatabaseWorker::instance()->run<QList<QSqlRecord>>(this, job, [this, childId](const QList<QSqlRecord> &rows) {
        if (!rows.isEmpty())
            replaceRecord(indexOfId(childId), rows.constFirst());
    });
}

QHash<int, QByteArray> ChildListModel::roleNames() const
{
    return {
        {IdRole, "id"},
        {FirstNameRole, "firstName"},
        {LastNameRole, "lastName"},
        {DisplayNameRole, "displayName"},
        {AgeRole, "age"},
    };
}

int ChildListModel::indexOfId(const QString &childId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (recordAt(row).value(QStringLiteral("id")).toString() == childId)
            return row;
    }
    return -1;
}

bool ChildListModel::preparePage(SqlStatement &query, const QSqlRecord *last, int limit) const
{
    query.prepare(last ? nextPage : firstPage);
    if (last) {
        query.bindValue(QStringLiteral(":firstName"), last->value(QStringLiteral("sortKey")));
        query.bindValue(QStringLiteral(":id"), last->value(QStringLiteral("id")));
    }
    query.bindValue(QStringLiteral(":limit"), limit);
    return true;
}
