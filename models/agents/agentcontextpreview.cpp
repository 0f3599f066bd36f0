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
// importance then newest, five), through the server's memory function; ties go by id.
const auto givenMemories = QStringLiteral(
    "SELECT q.id::text, q.content, COALESCE(q.summary, '') AS summary, q.importance, q.\"createdAt\", q.\"agentId\" IS NULL AS shared "
    "FROM nido.memories(current_user, CAST(:child AS uuid), "
    "  jsonb_build_object('archived', false, 'memoryType', 'episodic', 'givenTo', CAST(:agent AS text)), 'importance', NULL, NULL, %1) q "
    "%2 ORDER BY q.importance DESC, q.\"createdAt\" DESC, q.id LIMIT 5");
const auto contextMemories = givenMemories.arg(QStringLiteral("5"), QString());
// The next five in query 1's order, beside the ones it gave.
const auto nearMisses = givenMemories.arg(QStringLiteral("10"), QStringLiteral("WHERE NOT (q.id = ANY (CAST(:given AS uuid[])))"));

QVariantMap memoryOf(const QSqlQuery &query)
{
    return {{QStringLiteral("id"), query.value(0)},
            {QStringLiteral("content"), query.value(1)},
            {QStringLiteral("summary"), query.value(2)},
            {QStringLiteral("importance"), query.value(3).toDouble()},
            {QStringLiteral("createdAt"), Database::fromUtcTimestamp(query.value(4)).toLocalTime()},
            {QStringLiteral("shared"), query.value(5).toBool()}};
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
    read<Preview>(
        [child = childId(), agent = m_agentId](SqlConnection &db, Preview &preview, QString *error) {
            return readPreview(db, child, agent, preview, error);
        },
        [this](Preview &&preview) {
            m_preview = std::move(preview);
            Q_EMIT previewChanged();
        });
}

bool AgentContextPreview::readPreview(SqlConnection &db, const QString &childId, const QString &agentId, Preview &preview, QString *error)
{
    QSqlQuery &memories = db.prepared(contextMemories);
    memories.bindValue(QStringLiteral(":child"), childId);
    memories.bindValue(QStringLiteral(":agent"), agentId);
    if (!db.exec(memories, error))
        return false;
    QStringList given;
    while (memories.next()) {
        preview.memories << memoryOf(memories);
        given << memories.value(0).toString();
    }
    memories.finish();

    QSqlQuery &missed = db.prepared(nearMisses);
    missed.bindValue(QStringLiteral(":child"), childId);
    missed.bindValue(QStringLiteral(":agent"), agentId);
    missed.bindValue(QStringLiteral(":given"), QString(u'{' + given.join(u',') + u'}'));
    if (!db.exec(missed, error))
        return false;
    const QLocale locale;
    while (missed.next() && !preview.memories.isEmpty()) {
        QVariantMap memory = memoryOf(missed);
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
    missed.finish();

    QSqlQuery &profile = db.prepared(QStringLiteral(
        "SELECT p.age, COALESCE(p.preferences, '{}')::text FROM %1").arg(SessionSql::childProfile()));
    profile.bindValue(QStringLiteral(":child"), childId);
    if (!db.exec(profile, error))
        return false;
    if (profile.next()) {
        const QVariantMap preferences = parsedJson(profile.value(1).toString()).toObject().toVariantMap();
        preview.profile = {{QStringLiteral("age"), profile.value(0)},
                           {QStringLiteral("avoidTopics"), preferences.value(QStringLiteral("avoidTopics")).toStringList()},
                           {QStringLiteral("interests"), preferences.value(QStringLiteral("interests")).toStringList()},
                           {QStringLiteral("learningStyle"), preferences.value(QStringLiteral("learningStyle")).toString()}};
    }
    profile.finish();

    QSqlQuery &agent = db.prepared(QStringLiteral("SELECT a.name, COALESCE(a.persona, '{}')::text FROM nido.visible_agents(current_user) a WHERE a.id = CAST(:agent AS uuid)"));
    agent.bindValue(QStringLiteral(":agent"), agentId);
    if (!db.exec(agent, error))
        return false;
    if (agent.next()) {
        const QVariantMap persona = parsedJson(agent.value(1).toString()).toObject().toVariantMap();
        preview.persona = {{QStringLiteral("name"), agent.value(0)},
                           {QStringLiteral("instructions"), persona.value(QStringLiteral("instructions")).toString()},
                           {QStringLiteral("tone"), persona.value(QStringLiteral("tone")).toString()}};
    }
    agent.finish();

    // The latest session with this agent, its last twenty messages in order.
    QSqlQuery &conversation = db.prepared(QStringLiteral(
        "SELECT m.\"messageType\"::text, m.content, m.\"createdAt\" FROM ("
        "  SELECT c.\"messageType\", c.content, c.\"createdAt\", c.id FROM nido.messages_of_session(current_user, CAST(:child AS uuid), "
        "    (SELECT vs.id FROM %2 WHERE %1 = CAST(:agent AS uuid) ORDER BY vs.\"startedAt\" DESC LIMIT 1), NULL, NULL) c "
        "  ORDER BY c.\"createdAt\" DESC, c.id DESC LIMIT 20) m ORDER BY m.\"createdAt\", m.id").arg(SessionSql::agentId(), SessionSql::childSessions()));
    conversation.bindValue(QStringLiteral(":child"), childId);
    conversation.bindValue(QStringLiteral(":agent"), agentId);
    if (!db.exec(conversation, error))
        return false;
    while (conversation.next()) {
        preview.conversation << QVariantMap{{QStringLiteral("messageType"), conversation.value(0)},
                                            {QStringLiteral("content"), conversation.value(1)},
                                            {QStringLiteral("createdAt"), Database::fromUtcTimestamp(conversation.value(2)).toLocalTime()}};
    }
    conversation.finish();
    return true;
}
