#include "reviewinboxmodel.h"
#include "changehub.h"
#include "database.h"
#include "reviewcall.h"
#include "sessionsql.h"
#include "formats.h"
#include "jsontext.h"

namespace {

const auto nilSession = QStringLiteral("00000000-0000-0000-0000-000000000000");

// A page is chosen first, on the memories alone: by band, then conversation, newest first (a
// conversation dated by its newest memory, the memories of none together), and a conversation's
// memories together. Only then is each of its rows looked up: its session and agents, what the
// child last said before it was made (its source line), and the avoided topics it touches
// (nido.mentions, in the memory's language). 20,000 new memories sort in milliseconds that way.
const auto selectInbox = QStringLiteral(
    "WITH page AS ("
    "  SELECT * FROM ("
    "    SELECT u.*, max(u.\"createdAt\") OVER (PARTITION BY u.band, u.\"sessionId\") AS \"groupNewest\", "
    "      COALESCE(u.\"sessionId\", CAST(:nil AS uuid)) AS \"groupId\" "
    "    FROM nido.unreviewed_memories(current_user, CAST(:child AS uuid)) u) u "
    "  WHERE true %1 %2 LIMIT :limit), "
    "topics AS (SELECT t.topic FROM nido.child_avoided_topics(current_user, CAST(:child AS uuid)) t) "
    "SELECT u.id::text AS \"memoryId\", u.content, u.summary, u.category::text AS category, "
    "  u.\"memoryType\"::text AS \"memoryType\", u.importance, u.band, "
    "  CASE WHEN jsonb_typeof(u.metadata -> 'confidence') = 'number' "
    "    THEN LEAST(GREATEST((u.metadata -> 'confidence')::numeric, 0), 1)::float8 END AS confidence, "
    "  u.\"agentId\"::text AS \"agentId\", a.name AS \"agentName\", "
    "  sa.id::text AS \"sessionAgentId\", sa.name AS \"sessionAgentName\", "
    "  u.\"sessionId\"::text AS \"sessionId\", vs.\"startedAt\" AS \"sessionStartedAt\", u.\"createdAt\", "
    "  u.\"updatedAt\" > u.\"createdAt\" + interval '1 second' AS changed, "
    "  (SELECT m.content FROM nido.messages_of_session(current_user, CAST(:child AS uuid), vs.id, NULL, u.\"createdAt\" + interval '1 microsecond') m "
    "     WHERE m.\"messageType\" = 'user' ORDER BY m.\"createdAt\" DESC LIMIT 1) AS \"sourceLine\", "
    "  array_to_json(ARRAY(SELECT t.topic FROM topics t "
    "     WHERE nido.mentions(COALESCE(u.metadata ->> 'language', vs.language), u.content || ' ' || COALESCE(u.summary, ''), t.topic) "
    "     ORDER BY t.topic))::text AS \"touchedTopics\", "
    // The keyset, as exact text: PostgreSQL keeps microseconds, QDateTime milliseconds.
    "  u.\"groupNewest\"::text AS \"groupKey\", u.\"groupId\"::text AS \"groupIdKey\", u.\"createdAt\"::text AS \"createdAtKey\" "
    "FROM page u "
    "LEFT JOIN nido.visible_agents(current_user) a ON a.id = u.\"agentId\" "
    "LEFT JOIN %3 ON vs.id = u.\"sessionId\" "
    "LEFT JOIN nido.visible_agents(current_user) sa ON sa.id = nido.session_agent_id(vs.metadata) "
    "%2");

const auto afterCursor = QStringLiteral(
    "AND (u.band > :band OR (u.band = :band AND (u.\"groupNewest\", u.\"groupId\", u.\"createdAt\", u.id) "
    "  < (CAST(:groupKey AS timestamp), CAST(:groupIdKey AS uuid), CAST(:createdAtKey AS timestamp), CAST(:id AS uuid))))");

const auto inboxOrder = QStringLiteral(
    "ORDER BY u.band, u.\"groupNewest\" DESC, u.\"groupId\" DESC, u.\"createdAt\" DESC, u.id DESC");

const auto countInbox = QStringLiteral("SELECT total FROM nido.unreviewed_counts(current_user, CAST(:child AS uuid))");

} // namespace

ReviewInboxModel::ReviewInboxModel(QObject *parent)
    : KeysetListModel(parent)
{
    setPageSize(50);
    ChangeHub::follow(this, ChangeHub::Change::Memories | ChangeHub::Change::Attention | ChangeHub::Change::Profile,
                      [this] { return m_childId; }, [this] { refresh(); });
}

QHash<int, QByteArray> ReviewInboxModel::roleNames() const
{
    return {
        {IdRole, "memoryId"},
        {ContentRole, "content"},
        {SummaryRole, "summary"},
        {CategoryRole, "category"},
        {MemoryTypeRole, "memoryType"},
        {ImportanceRole, "importance"},
        {BandRole, "band"},
        {ConfidenceRole, "confidence"},
        {AgentIdRole, "agentId"},
        {AgentNameRole, "agentName"},
        {SessionAgentIdRole, "sessionAgentId"},
        {SessionAgentNameRole, "sessionAgentName"},
        {SessionIdRole, "sessionId"},
        {SessionStartedAtRole, "sessionStartedAt"},
        {CreatedAtRole, "createdAt"},
        {ChangedRole, "changed"},
        {SourceLineRole, "sourceLine"},
        {TouchedTopicsRole, "touchedTopics"},
        {SectionRole, "section"},
        {SectionStartRole, "sectionStart"},
        {BandStartRole, "bandStart"},
    };
}

QVariant ReviewInboxModel::data(const QModelIndex &index, int role) const
{
    if (!holds(index))
        return {};
    const QSqlRecord &record = recordAt(index.row());
    switch (role) {
    case ConfidenceRole: {
        const QVariant confidence = record.value(QStringLiteral("confidence"));
        return confidence.isNull() ? -1.0 : confidence.toDouble();
    }
    case TouchedTopicsRole:
        // As a parent reads them: «one», «another».
        return Formats::quoted(parsedJson(record.value(QStringLiteral("touchedTopics")).toString()).toVariant().toStringList());
    case SectionRole:
        // One band and one conversation.
        return sectionOf(index.row());
    case SectionStartRole:
        return index.row() == 0 || sectionOf(index.row() - 1) != sectionOf(index.row());
    case BandStartRole:
        return index.row() == 0 || recordAt(index.row() - 1).value(QStringLiteral("band")) != record.value(QStringLiteral("band"));
    default:
        return KeysetListModel::data(index, role);
    }
}

QString ReviewInboxModel::sectionOf(int row) const
{
    const QSqlRecord &record = recordAt(row);
    return record.value(QStringLiteral("band")).toString() + u'|' + record.value(QStringLiteral("groupIdKey")).toString();
}

void ReviewInboxModel::setChildId(const QString &childId)
{
    if (childId == m_childId)
        return;
    m_childId = childId;
    Q_EMIT childIdChanged();
    scheduleReload(true);
}

bool ReviewInboxModel::preparePage(SqlStatement &query, const QSqlRecord *last, int limit) const
{
    if (m_childId.isEmpty())
        return false;
    query.prepare(selectInbox.arg(last ? afterCursor : QString(), inboxOrder, SessionSql::childSessions()));
    query.bindValue(QStringLiteral(":nil"), nilSession);
    query.bindValue(QStringLiteral(":child"), m_childId);
    if (last) {
        query.bindValue(QStringLiteral(":band"), last->value(QStringLiteral("band")));
        query.bindValue(QStringLiteral(":groupKey"), last->value(QStringLiteral("groupKey")));
        query.bindValue(QStringLiteral(":groupIdKey"), last->value(QStringLiteral("groupIdKey")));
        query.bindValue(QStringLiteral(":createdAtKey"), last->value(QStringLiteral("createdAtKey")));
        query.bindValue(QStringLiteral(":id"), last->value(QStringLiteral("memoryId")));
    }
    query.bindValue(QStringLiteral(":limit"), limit);
    return true;
}

bool ReviewInboxModel::prepareTotal(SqlStatement &query) const
{
    if (m_childId.isEmpty())
        return false;
    query.prepare(countInbox);
    query.bindValue(QStringLiteral(":child"), m_childId);
    return true;
}

void ReviewInboxModel::markReviewed(const QStringList &memoryIds)
{
    if (!memoryIds.isEmpty())
        mark(memoryIds, {});
}

void ReviewInboxModel::markSessionReviewed(const QString &sessionId)
{
    if (!sessionId.isEmpty())
        mark({}, sessionId);
}

void ReviewInboxModel::mark(const QStringList &memoryIds, const QString &sessionId)
{
    if (m_childId.isEmpty())
        return;
    SqlStatement call;
    call.prepare(QStringLiteral("SELECT nido.mark_reviewed(current_user, CAST(:child AS uuid), CAST(:ids AS uuid[]), CAST(:session AS uuid))"));
    call.bindValue(QStringLiteral(":child"), m_childId);
    call.bindValue(QStringLiteral(":ids"), Database::uuidArray(memoryIds));
    call.bindValue(QStringLiteral(":session"), sessionId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(sessionId));
    ReviewCall::run(this, m_childId, call, [this](const DbError &error) {
        if (error.isError())
            Q_EMIT reviewFailed(error.detail());
    });
}
