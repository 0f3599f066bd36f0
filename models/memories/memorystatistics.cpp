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
    const LocalDays days = period();
    readFigures<Figures>(
        {Figures::dashboardStatement(childId()), Figures::topMemoriesStatement(childId()), Figures::perDayStatement(childId(), days)},
        [days](SqlConnection &, QList<QList<QSqlRecord>> &rows, Figures &figures, QString *) {
            figures.readDashboard(rows.at(0));
            figures.readTopMemories(rows.at(1));
            figures.readPerDay(rows.at(2), days);
            return true;
        },
        &m_figures);
}

SqlStatement MemoryStatistics::Figures::dashboardStatement(const QString &childId)
{
    SqlStatement query;
    query.prepare(QStringLiteral(
        "SELECT t.\"memoryType\", t.category, SUM(t.memories)::bigint AS count, "
        "  (SUM(t.importance) / SUM(t.memories))::float8 AS avg_importance, MAX(t.\"newestAt\") AS latest "
        "FROM nido.memory_tally(current_user, CAST(:child AS uuid), NULL) t "
        "GROUP BY t.\"memoryType\", t.category ORDER BY count DESC, 1, 2"));
    query.bindValue(QStringLiteral(":child"), childId);
    return query;
}

void MemoryStatistics::Figures::readDashboard(const QList<QSqlRecord> &rows)
{
    for (const QSqlRecord &row : rows) {
        dashboard.append(QVariantMap{{QStringLiteral("memoryType"), row.value(0)},
                                       {QStringLiteral("category"), row.value(1)},
                                       {QStringLiteral("count"), row.value(2).toInt()},
                                       {QStringLiteral("averageImportance"), row.value(3).toDouble()},
                                       {QStringLiteral("latest"), Database::fromUtcTimestamp(row.value(4))}});
    }
}

SqlStatement MemoryStatistics::Figures::topMemoriesStatement(const QString &childId)
{
    SqlStatement query;
    query.prepare(QStringLiteral(
        "SELECT mc.id::text, LEFT(mc.content, 100) AS preview, mc.importance, mc.\"accessCount\", mc.category::text, "
        "  a.name AS agent "
        "FROM nido.memories(current_user, CAST(:child AS uuid), NULL, 'weight', NULL, NULL, 10) mc "
        "LEFT JOIN nido.visible_agents(current_user) a ON a.id = mc.\"agentId\" "
        "ORDER BY mc.importance DESC, mc.\"accessCount\" DESC, mc.id"));
    query.bindValue(QStringLiteral(":child"), childId);
    return query;
}

void MemoryStatistics::Figures::readTopMemories(const QList<QSqlRecord> &rows)
{
    for (const QSqlRecord &row : rows) {
        topMemories.append(QVariantMap{{QStringLiteral("id"), row.value(0)},
                                         {QStringLiteral("preview"), row.value(1)},
                                         {QStringLiteral("importance"), row.value(2).toDouble()},
                                         {QStringLiteral("accessCount"), row.value(3).toInt()},
                                         {QStringLiteral("category"), row.value(4)},
                                         {QStringLiteral("agent"), row.value(5)}});
    }
}

SqlStatement MemoryStatistics::Figures::perDayStatement(const QString &childId, const LocalDays &period)
{
    SqlStatement query;
    query.prepare(QStringLiteral(
        "SELECT d.i, mc.category::text, COUNT(*) FROM %1 "
        "JOIN nido.memories(current_user, CAST(:child AS uuid), jsonb_build_object("
        "  'from', (SELECT min(s) FROM unnest(CAST(:starts AS timestamp[])) s), "
        "  'before', (SELECT max(e) FROM unnest(CAST(:ends AS timestamp[])) e)), 'newest', NULL, NULL, NULL) mc "
        "  ON mc.\"createdAt\" >= d.s AND mc.\"createdAt\" < d.e "
        "GROUP BY 1, 2").arg(LocalDays::rowsSql()));
    period.bind(query);
    query.bindValue(QStringLiteral(":child"), childId);
    return query;
}

void MemoryStatistics::Figures::readPerDay(const QList<QSqlRecord> &rows, const LocalDays &period)
{
    const int days = period.count();
    QHash<QString, QList<qreal>> counts;
    for (const QString &category : MemoryFilter::allCategories())
        counts.insert(category, QList<qreal>(days, 0));
    for (const QSqlRecord &row : rows) {
        const int day = row.value(0).toInt() - 1;
        const auto category = counts.find(row.value(1).toString());
        if (day >= 0 && day < days && category != counts.end())
            (*category)[day] = row.value(2).toInt();
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
}
