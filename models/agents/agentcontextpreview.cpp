#include "agentcontextpreview.h"
#include "changehub.h"
#include "database.h"
#include "sessionsql.h"

#include "jsontext.h"
#include <QJsonObject>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace {

// The schema document's query 1 (the live episodic memories given to the agent or shared, by
// importance then newest, five), through the server's memory function, read ten deep: ties go by
// id, so the order is total, and its next five are the ones it just did not give.
const auto contextMemories = QStringLiteral(
    "SELECT q.id::text, q.content, COALESCE(q.summary, '') AS summary, q.importance, q.\"createdAt\", q.\"agentId\" IS NULL AS shared "
    "FROM nido.memories(current_user, CAST(:child AS uuid), "
    "  jsonb_build_object('archived', false, 'memoryType', 'episodic', 'givenTo', CAST(:agent AS text)), 'importance', NULL, NULL, 10) q "
    "ORDER BY q.importance DESC, q.\"createdAt\" DESC, q.id");
constexpr int memoriesGiven = 5;

const auto profileSql = QStringLiteral("SELECT p.age, COALESCE(p.preferences, '{}')::text FROM %1");
const auto personaSql = QStringLiteral("SELECT a.name, COALESCE(a.persona, '{}')::text FROM nido.visible_agents(current_user) a WHERE a.id = CAST(:agent AS uuid)");
// The latest session with this agent, its last twenty messages in order.
const auto conversationSql = QStringLiteral(
    "SELECT m.\"messageType\"::text, m.content, m.\"createdAt\" FROM ("
    "  SELECT c.\"messageType\", c.content, c.\"createdAt\", c.id FROM nido.messages_of_session(current_user, CAST(:child AS uuid), "
    "    (SELECT vs.id FROM %2 WHERE %1 = CAST(:agent AS uuid) ORDER BY vs.\"startedAt\" DESC LIMIT 1), NULL, NULL) c "
    "  ORDER BY c.\"createdAt\" DESC, c.id DESC LIMIT 20) m ORDER BY m.\"createdAt\", m.id");

QVariantMap memoryOf(const QSqlRecord &row)
{
    return {{QStringLiteral("id"), row.value(0)},
            {QStringLiteral("content"), row.value(1)},
            {QStringLiteral("summary"), row.value(2)},
            {QStringLiteral("importance"), row.value(3).toDouble()},
            {QStringLiteral("createdAt"), Database::fromUtcTimestamp(row.value(4)).toLocalTime()},
            {QStringLiteral("shared"), row.value(5).toBool()}};
}

} // namespace

AgentContextPreview::AgentContextPreview(QObject *parent)
    : DataLoader(parent)
{
    // What it is given changes with its persona and with the child's memories and profile.
    connect(ChangeHub::instance(), &ChangeHub::agentChanged, this, [this](const QString &agent) {
        if (agent == m_agentId)
            refresh();
    });
    ChangeHub::follow(this, ChangeHub::Change::Memories | ChangeHub::Change::Profile, [this] { return childId(); }, [this] { refresh(); });
}

void AgentContextPreview::setAgentId(const QString &agentId)
{
    if (m_agentId == agentId)
        return;
    m_agentId = agentId;
    Q_EMIT agentIdChanged();
    invalidate();
}

bool AgentContextPreview::wanted() const
{
    return DataLoader::wanted() && !m_agentId.isEmpty();
}

void AgentContextPreview::clear()
{
    m_preview = {};
    Q_EMIT previewChanged();
}

void AgentContextPreview::load()
{
    // A batch binds each statement's own placeholders among these.
    const auto statement = [child = childId(), agent = m_agentId](const QString &sql) {
        SqlStatement query;
        query.prepare(sql);
        query.bindValue(QStringLiteral(":child"), child);
        query.bindValue(QStringLiteral(":agent"), agent);
        return query;
    };
    readBatch<Preview>({statement(contextMemories), statement(profileSql.arg(SessionSql::childProfile())),
                        statement(personaSql), statement(conversationSql.arg(SessionSql::agentId(), SessionSql::childSessions()))},
                       [](SqlConnection &, QList<QList<QSqlRecord>> &rows, Preview &preview, QString *) {
                           readPreview(rows, preview);
                           return true;
                       },
                       [this](Preview &&preview) {
                           m_preview = std::move(preview);
                           Q_EMIT previewChanged();
                       });
}

void AgentContextPreview::readPreview(const QList<QList<QSqlRecord>> &rows, Preview &preview)
{
    const QList<QSqlRecord> &ranked = rows[0];
    for (const QSqlRecord &row : ranked.mid(0, memoriesGiven))
        preview.memories << memoryOf(row);
    const QLocale locale;
    for (const QSqlRecord &row : ranked.mid(memoriesGiven)) {
        QVariantMap memory = memoryOf(row);
        // Why it is not among the five, said truthfully for ties too.
        const QVariantMap lowest = preview.memories.constLast().toMap();
        const double importance = memory.value(QStringLiteral("importance")).toDouble();
        const double lowestImportance = lowest.value(QStringLiteral("importance")).toDouble();
        QString reason;
        if (importance < lowestImportance)
            reason = QCoreApplication::translate("AgentContextPreview", "Importance %1, below %2 (the least important memory given).")
                         .arg(locale.toString(importance, 'f', 2), locale.toString(lowestImportance, 'f', 2));
        else if (memory.value(QStringLiteral("createdAt")).toDateTime() < lowest.value(QStringLiteral("createdAt")).toDateTime())
            reason = QCoreApplication::translate("AgentContextPreview", "As important as the last memory given, but older (%1).")
                         .arg(locale.toString(memory.value(QStringLiteral("createdAt")).toDateTime(), QLocale::ShortFormat));
        else
            reason = QCoreApplication::translate("AgentContextPreview", "As important and as old as the last memory given: the query has no "
                                                                        "further order, and the database picked the others.");
        memory.insert(QStringLiteral("reason"), reason);
        preview.missedCut << memory;
    }
    if (!rows[1].isEmpty()) {
        const QSqlRecord &profile = rows[1].first();
        const QVariantMap preferences = parsedJson(profile.value(1).toString()).toObject().toVariantMap();
        preview.profile = {{QStringLiteral("age"), profile.value(0)},
                           {QStringLiteral("avoidTopics"), preferences.value(QStringLiteral("avoidTopics")).toStringList()},
                           {QStringLiteral("interests"), preferences.value(QStringLiteral("interests")).toStringList()},
                           {QStringLiteral("learningStyle"), preferences.value(QStringLiteral("learningStyle")).toString()}};
    }
    if (!rows[2].isEmpty()) {
        const QSqlRecord &agent = rows[2].first();
        const QVariantMap persona = parsedJson(agent.value(1).toString()).toObject().toVariantMap();
        preview.persona = {{QStringLiteral("name"), agent.value(0)},
                           {QStringLiteral("instructions"), persona.value(QStringLiteral("instructions")).toString()},
                           {QStringLiteral("tone"), persona.value(QStringLiteral("tone")).toString()}};
    }
    for (const QSqlRecord &message : rows[3]) {
        preview.conversation << QVariantMap{{QStringLiteral("messageType"), message.value(0)},
                                            {QStringLiteral("content"), message.value(1)},
                                            {QStringLiteral("createdAt"), Database::fromUtcTimestamp(message.value(2)).toLocalTime()}};
    }
}
