#include "memoryfilter.h"
#include "database.h"

#include <QDateTime>
#include "sqlstatement.h"

QString MemoryFilter::conditions() const
{
    QString sql;
    if (!memoryType.isEmpty())
        sql += QStringLiteral(" AND mc.\"memoryType\" = CAST(:memoryType AS memory_contexts_memorytype_enum)");
    if (!categories.isEmpty())
        sql += QStringLiteral(" AND mc.category = ANY(CAST(:categories AS memory_contexts_category_enum[]))");
    if (scope == Scope::Shared)
        sql += QStringLiteral(" AND mc.\"agentId\" IS NULL");
    else if (scope == Scope::Agent)
        sql += QStringLiteral(" AND mc.\"agentId\" = CAST(:agentId AS uuid)");
    else if (scope == Scope::GivenTo)
        sql += QStringLiteral(" AND (mc.\"agentId\" = CAST(:agentId AS uuid) OR mc.\"agentId\" IS NULL)");
    if (importanceLevel == u"low")
        sql += QStringLiteral(" AND mc.importance < 0.3");
    else if (importanceLevel == u"medium")
        sql += QStringLiteral(" AND mc.importance >= 0.3 AND mc.importance < 0.7");
    else if (importanceLevel == u"high")
        sql += QStringLiteral(" AND mc.importance >= 0.7");
    if (expiry == Expiry::Expired)
        sql += QStringLiteral(" AND mc.\"expiresAt\" IS NOT NULL AND mc.\"expiresAt\" < CAST(:now AS timestamp)");
    else if (expiry == Expiry::Active)
        sql += QStringLiteral(" AND (mc.\"expiresAt\" IS NULL OR mc.\"expiresAt\" >= CAST(:now AS timestamp))");
    if (from.isValid())
        sql += QStringLiteral(" AND mc.\"createdAt\" >= CAST(:from AS timestamp)");
    if (to.isValid())
        sql += QStringLiteral(" AND mc.\"createdAt\" < CAST(:to AS timestamp)");
    if (!searchText.trimmed().isEmpty())
        sql += QStringLiteral(" AND nido.memory_search_document(mc.content, mc.summary, mc.metadata) @@ "
                              "(websearch_to_tsquery('pg_catalog.spanish', :search) || "
                              "websearch_to_tsquery('pg_catalog.english', :search))");
    return sql;
}

void MemoryFilter::bind(SqlStatement &query) const
{
    query.bindValue(QStringLiteral(":child"), childId);
    if (!memoryType.isEmpty())
        query.bindValue(QStringLiteral(":memoryType"), memoryType);
    if (!categories.isEmpty())
        query.bindValue(QStringLiteral(":categories"), QString(u'{' + categories.join(u',') + u'}'));
    if (scope == Scope::Agent || scope == Scope::GivenTo)
        query.bindValue(QStringLiteral(":agentId"), agentId);
    if (expiry != Expiry::All)
        query.bindValue(QStringLiteral(":now"), Database::utcTimestamp(QDateTime::currentDateTime()));
    if (from.isValid())
        query.bindValue(QStringLiteral(":from"), Database::utcTimestamp(QDateTime(from, QTime(0, 0))));
    if (to.isValid())
        query.bindValue(QStringLiteral(":to"), Database::utcTimestamp(QDateTime(to.addDays(1), QTime(0, 0))));
    if (!searchText.trimmed().isEmpty())
        query.bindValue(QStringLiteral(":search"), searchText);
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
