#include "agentknowledge.h"
#include "changehub.h"
#include "database.h"
#include "sessionsql.h"
#include "sqlconnection.h"

#include <QHash>
#include <QMap>

namespace {
// One row per agent and category, the shared memories counted for every agent. The categories come
// in the schema's enum order (an unknown one, written by a newer backend, last by name).
const auto knowledgeSql = QStringLiteral(
    "WITH given AS ("
    "  SELECT t.\"agentId\", t.category, SUM(t.memories) AS n "
    "  FROM nido.memory_tally(current_user, CAST(:child AS uuid), jsonb_build_object('archived', false, 'activeAt', CAST(:now AS text))) t "
    "  GROUP BY 1, 2), "
    "child_agents AS ("
    "  SELECT a.id, a.name FROM nido.visible_agents(current_user) a "
    "  WHERE a.\"ownerUserId\" = CAST(:child AS uuid) "
    "    OR a.id IN (SELECT t.\"agentId\" FROM given t) "
    "    OR a.id IN (SELECT %2 FROM %1)), "
    "known AS (SELECT category, sort_order AS position FROM nido.memory_categories()) "
    "SELECT a.id::text, a.name, g.category, SUM(g.n) "
    "FROM child_agents a JOIN given g ON g.\"agentId\" = a.id OR g.\"agentId\" IS NULL "
    "LEFT JOIN known k ON k.category = g.category "
    "GROUP BY a.id, a.name, g.category, k.position "
    "ORDER BY k.position NULLS LAST, g.category, a.name, a.id")
                              .arg(SessionSql::childSessions(), SessionSql::agentId());
}

AgentKnowledge::AgentKnowledge(QObject *parent)
    : DataLoader(parent)
{
    ChangeHub::follow(this, ChangeHub::Change::Memories, [this] { return childId(); }, [this] { refresh(); });
    connect(ChangeHub::instance(), &ChangeHub::agentChanged, this, [this] { refresh(); });
}

int AgentKnowledge::count(const QString &agentId, const QString &category) const
{
    const qsizetype column = m_categories.indexOf(category);
    for (const QVariant &agent : m_agents) {
        const QVariantMap row = agent.toMap();
        if (row.value(QStringLiteral("agentId")).toString() == agentId && column >= 0)
            return row.value(QStringLiteral("counts")).toList().value(column).toInt();
    }
    return -1;
}

void AgentKnowledge::clear()
{
    m_categories.clear();
    m_agents.clear();
    Q_EMIT knowledgeChanged();
}

void AgentKnowledge::load()
{
    const QDateTime now = m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
    SqlStatement query;
    query.prepare(knowledgeSql);
    query.bindValue(QStringLiteral(":child"), childId());
    query.bindValue(QStringLiteral(":now"), Database::utcTimestamp(now));
    readBatch<Knowledge>(
        {query},
        [](SqlConnection &, QList<QList<QSqlRecord>> &rows, Knowledge &knowledge, QString *) {
            // Rows come by category; agents are listed by name.
            QMap<QPair<QString, QString>, QHash<QString, int>> counts;
            for (const QSqlRecord &row : rows[0]) {
                const QString category = row.value(2).toString();
                if (!knowledge.categories.contains(category))
                    knowledge.categories << category;
                counts[{row.value(1).toString(), row.value(0).toString()}][category] = row.value(3).toInt();
            }
            for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
                QVariantList cells;
                int total = 0;
                for (const QString &category : std::as_const(knowledge.categories)) {
                    cells << it.value().value(category);
                    total += it.value().value(category);
                }
                knowledge.agents << QVariantMap{{QStringLiteral("agentId"), it.key().second},
                                                {QStringLiteral("name"), it.key().first},
                                                {QStringLiteral("counts"), cells},
                                                {QStringLiteral("total"), total}};
            }
            return true;
        },
        [this](Knowledge &&knowledge) {
            m_categories = std::move(knowledge.categories);
            m_agents = std::move(knowledge.agents);
            Q_EMIT knowledgeChanged();
        });
}
