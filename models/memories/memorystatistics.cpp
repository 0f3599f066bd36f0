#include "memorystatistics.h"
#include "changehub.h"
#include "database.h"
#include "localdays.h"
#include "memoryfilter.h"

#include <QDateTime>
#include <QLocale>

MemoryStatistics::MemoryStatistics(QObject *parent)
    : PeriodStatistics(parent)
{
    ChangeHub::follow(this, ChangeHub::Change::Memories, [this] { return childId(); }, [this] { refresh(); });
}

void MemoryStatistics::clear()
{
    m_figures = {};
    Q_EMIT statisticsChanged();
}

void MemoryStatistics::load()
{
    readFigures<Figures>(
        [child = childId(), period = period()](SqlConnection &db, Figures &figures, QString *error) {
            return figures.loadDashboard(db, child, error) && figures.loadTopMemories(db, child, error)
                && figures.loadPerDay(db, child, period, error);
        },
        &m_figures);
}

bool MemoryStatistics::Figures::loadDashboard(SqlConnection &db, const QString &childId, QString *error)
{
    QSqlQuery &query = db.prepared(QStringLiteral(
        "SELECT t.\"memoryType\", t.category, SUM(t.memories)::bigint AS count, "
        "  (SUM(t.importance) / SUM(t.memories))::float8 AS avg_importance, MAX(t.\"newestAt\") AS latest "
        "FROM nido.memory_tally(current_user, CAST(:child AS uuid), NULL) t "
        "GROUP BY t.\"memoryType\", t.category ORDER BY count DESC, 1, 2"));
    query.bindValue(QStringLiteral(":child"), childId);
    if (!db.exec(query, error))
        return false;
    while (query.next()) {
        dashboard.append(QVariantMap{{QStringLiteral("memoryType"), query.value(0)},
                                       {QStringLiteral("category"), query.value(1)},
                                       {QStringLiteral("count"), query.value(2).toInt()},
                                       {QStringLiteral("averageImportance"), query.value(3).toDouble()},
                                       {QStringLiteral("latest"), Database::fromUtcTimestamp(query.value(4))}});
    }
    return true;
}

bool MemoryStatistics::Figures::loadTopMemories(SqlConnection &db, const QString &childId, QString *error)
{
    QSqlQuery &query = db.prepared(QStringLiteral(
        "SELECT mc.id::text, LEFT(mc.content, 100) AS preview, mc.importance, mc.\"accessCount\", mc.category::text, "
        "  a.name AS agent "
        "FROM nido.memories(current_user, CAST(:child AS uuid), NULL, 'weight', NULL, NULL, 10) mc "
        "LEFT JOIN nido.visible_agents(current_user) a ON a.id = mc.\"agentId\" "
        "ORDER BY mc.importance DESC, mc.\"accessCount\" DESC, mc.id"));
    query.bindValue(QStringLiteral(":child"), childId);
    if (!db.exec(query, error))
        return false;
    while (query.next()) {
        topMemories.append(QVariantMap{{QStringLiteral("id"), query.value(0)},
                                         {QStringLiteral("preview"), query.value(1)},
                                         {QStringLiteral("importance"), query.value(2).toDouble()},
                                         {QStringLiteral("accessCount"), query.value(3).toInt()},
                                         {QStringLiteral("category"), query.value(4)},
                                         {QStringLiteral("agent"), query.value(5)}});
    }
    return true;
}

bool MemoryStatistics::Figures::loadPerDay(SqlConnection &db, const QString &childId, const LocalDays &period, QString *error)
{
    QSqlQuery &query = db.prepared(QStringLiteral(
        "SELECT d.i, mc.category::text, COUNT(*) FROM %1 "
        "JOIN nido.memories(current_user, CAST(:child AS uuid), jsonb_build_object("
        "  'from', (SELECT min(s) FROM unnest(CAST(:starts AS timestamp[])) s), "
        "  'before', (SELECT max(e) FROM unnest(CAST(:ends AS timestamp[])) e)), 'newest', NULL, NULL, NULL) mc "
        "  ON mc.\"createdAt\" >= d.s AND mc.\"createdAt\" < d.e "
        "GROUP BY 1, 2").arg(LocalDays::rowsSql()));
    period.bind(query);
    query.bindValue(QStringLiteral(":child"), childId);
    if (!db.exec(query, error))
        return false;
    const int days = period.count();
    QHash<QString, QList<qreal>> counts;
    for (const QString &category : MemoryFilter::allCategories())
        counts.insert(category, QList<qreal>(days, 0));
    while (query.next()) {
        const int day = query.value(0).toInt() - 1;
        const auto category = counts.find(query.value(1).toString());
        if (day >= 0 && day < days && category != counts.end())
            (*category)[day] = query.value(2).toInt();
    }
    QList<int> totals(days, 0);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        perDayByCategory.insert(it.key(), QVariant::fromValue(it.value()));
        for (int day = 0; day < days; ++day)
            totals[day] += int(it.value().at(day));
    }
    for (int total : std::as_const(totals))
        highestDayCount = qMax(highestDayCount, total);
    dayLabels = period.labels();
    return true;
}
