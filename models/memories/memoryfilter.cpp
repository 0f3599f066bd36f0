#include "memoryfilter.h"
#include "database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "sqlstatement.h"

QString MemoryFilter::json() const
{
    QJsonObject filter;
    if (!memoryType.isEmpty())
        filter.insert(QStringLiteral("memoryType"), memoryType);
    if (!categories.isEmpty())
        filter.insert(QStringLiteral("categories"), QJsonArray::fromStringList(categories));
    // An agent's scope before an agent is chosen keeps nothing (null), as it always has.
    const QJsonValue agent = agentId.isEmpty() ? QJsonValue() : QJsonValue(agentId);
    if (scope == Scope::Shared)
        filter.insert(QStringLiteral("shared"), true);
    else if (scope == Scope::Agent)
        filter.insert(QStringLiteral("agent"), agent);
    else if (scope == Scope::GivenTo)
        filter.insert(QStringLiteral("givenTo"), agent);
    if (!importanceLevel.isEmpty())
        filter.insert(QStringLiteral("importance"), importanceLevel);
    const QString now = Database::utcTimestamp(QDateTime::currentDateTime());
    if (expiry == Expiry::Expired)
        filter.insert(QStringLiteral("expiredAt"), now);
    else if (expiry == Expiry::Active)
        filter.insert(QStringLiteral("activeAt"), now);
    if (from.isValid())
        filter.insert(QStringLiteral("from"), Database::utcTimestamp(QDateTime(from, QTime(0, 0))));
    if (to.isValid())
        filter.insert(QStringLiteral("before"), Database::utcTimestamp(QDateTime(to.addDays(1), QTime(0, 0))));
    if (!searchText.trimmed().isEmpty())
        filter.insert(QStringLiteral("search"), searchText);
    return QString::fromUtf8(QJsonDocument(filter).toJson(QJsonDocument::Compact));
}

void MemoryFilter::bind(SqlStatement &query) const
{
    query.bindValue(QStringLiteral(":child"), childId);
    query.bindValue(QStringLiteral(":filter"), json());
}

bool MemoryFilter::operator==(const MemoryFilter &other) const
{
    return childId == other.childId && memoryType == other.memoryType && categories == other.categories
        && scope == other.scope && agentId == other.agentId && importanceLevel == other.importanceLevel
        && expiry == other.expiry && from == other.from && to == other.to && searchText == other.searchText;
}

const QStringList &MemoryFilter::allCategories()
{
    static const QStringList categories = {
        QStringLiteral("conversation"), QStringLiteral("interest"), QStringLiteral("emotion"),
        QStringLiteral("achievement"), QStringLiteral("routine"), QStringLiteral("preference"),
        QStringLiteral("learning"), QStringLiteral("family"), QStringLiteral("other")};
    return categories;
}

const QStringList &MemoryFilter::allTypes()
{
    static const QStringList types = {QStringLiteral("episodic"), QStringLiteral("semantic"), QStringLiteral("procedural")};
    return types;
}
