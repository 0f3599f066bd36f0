#include "memorystatistics.h"
#include "database.h"
#include "memoryfilter.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

MemoryStatistics::MemoryStatistics(QObject *parent)
    : QObject(parent)
{
}

void MemoryStatistics::setChildId(const QString &childId)
{
    if (m_childId == childId)
        return;
    m_childId = childId;
    Q_EMIT childIdChanged();
    refresh();
}

void MemoryStatistics::setDays(int days)
{
    days = qBound(1, days, 366);
    if (m_days == days)
        return;
    m_days = days;
    Q_EMIT daysChanged();
    refresh();
}

void MemoryStatistics::refresh()
{
    m_dashboard.clear();
    m_topMemories.clear();
    m_dayLabels.clear();
    m_perDayByCategory.clear();
    m_highestDayCount = 0;
    m_errorString.clear();
    if (!m_childId.isEmpty())
        loadDashboard() && loadTopMemories() && loadPerDay();
    Q_EMIT statisticsChanged();
}

bool MemoryStatistics::loadDashboard()
{
    QSqlQuery query;
    query.prepare(QStringLiteral(
        "SELECT mc.\"memoryType\"::text, mc.category::text, COUNT(*) AS count, AVG(mc.importance) AS avg_importance, "
        "  MAX(mc.\"createdAt\") AS latest "
        "FROM memory_contexts mc WHERE mc.\"userId\" = CAST(:child AS uuid) "
        "GROUP BY mc.\"memoryType\", mc.category ORDER BY count DESC, 1, 2"));
    query.bindValue(QStringLiteral(":child"), m_childId);
    if (!Database::execute(query)) {
        m_errorString = Database::errorText(query);
        return false;
    }
    while (query.next()) {
        m_dashboard.append(QVariantMap{{QStringLiteral("memoryType"), query.value(0)},
                                       {QStringLiteral("category"), query.value(1)},
                                       {QStringLiteral("count"), query.value(2).toInt()},
                                       {QStringLiteral("averageImportance"), query.value(3).toDouble()},
                                       {QStringLiteral("latest"), Database::fromUtcTimestamp(query.value(4))}});
    }
    return true;
}

bool MemoryStatistics::loadTopMemories()
{
    QSqlQuery query;
    query.prepare(QStringLiteral(
        "SELECT mc.id::text, LEFT(mc.content, 100) AS preview, mc.importance, mc.\"accessCount\", mc.category::text, "
        "  a.name AS agent "
        "FROM memory_contexts mc LEFT JOIN agents a ON a.id = mc.\"agentId\" "
        "WHERE mc.\"userId\" = CAST(:child AS uuid) "
        "ORDER BY mc.importance DESC, mc.\"accessCount\" DESC, mc.id LIMIT 10"));
    query.bindValue(QStringLiteral(":child"), m_childId);
    if (!Database::execute(query)) {
        m_errorString = Database::errorText(query);
        return false;
    }
    while (query.next()) {
        m_topMemories.append(QVariantMap{{QStringLiteral("id"), query.value(0)},
                                         {QStringLiteral("preview"), query.value(1)},
                                         {QStringLiteral("importance"), query.value(2).toDouble()},
                                         {QStringLiteral("accessCount"), query.value(3).toInt()},
                                         {QStringLiteral("category"), query.value(4)},
                                         {QStringLiteral("agent"), query.value(5)}});
    }
    return true;
}

bool MemoryStatistics::loadPerDay()
{
    const QDate today = QDate::currentDate();
    const QDate first = today.addDays(1 - m_days);
    // Days are the parent's: shift the stored UTC times by the local offset before cutting them.
    const int offsetSeconds = QDateTime::currentDateTime().offsetFromUtc();
    QSqlQuery query;
    query.prepare(QStringLiteral(
        "SELECT CAST(mc.\"createdAt\" + make_interval(secs => :offset) AS date)::text, mc.category::text, COUNT(*) "
        "FROM memory_contexts mc WHERE mc.\"userId\" = CAST(:child AS uuid) AND mc.\"createdAt\" >= CAST(:from AS timestamp) "
        "GROUP BY 1, 2"));
    query.bindValue(QStringLiteral(":offset"), offsetSeconds);
    query.bindValue(QStringLiteral(":child"), m_childId);
    query.bindValue(QStringLiteral(":from"), Database::utcTimestamp(QDateTime(first, QTime(0, 0))));
    if (!Database::execute(query)) {
        m_errorString = Database::errorText(query);
        return false;
    }
    QHash<QString, QList<qreal>> counts;
    for (const QString &category : MemoryFilter::allCategories())
        counts.insert(category, QList<qreal>(m_days, 0));
    while (query.next()) {
        const int day = int(first.daysTo(QDate::fromString(query.value(0).toString(), Qt::ISODate)));
        if (day >= 0 && day < m_days)
            counts[query.value(1).toString()][day] = query.value(2).toInt();
    }
    QList<int> totals(m_days, 0);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        m_perDayByCategory.insert(it.key(), QVariant::fromValue(it.value()));
        for (int day = 0; day < m_days; ++day)
            totals[day] += int(it.value().at(day));
    }
    for (int day = 0; day < m_days; ++day) {
        m_dayLabels << QLocale().toString(first.addDays(day), m_days > 7 ? QStringLiteral("d/M") : QStringLiteral("ddd d"));
        m_highestDayCount = qMax(m_highestDayCount, totals.at(day));
    }
    return true;
}
