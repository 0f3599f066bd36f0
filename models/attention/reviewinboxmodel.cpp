#include "reviewinboxmodel.h"
#include "changehub.h"
#include "database.h"
#include "databaseworker.h"
#include "formats.h"
#include "jsontext.h"

#include <QLocale>

namespace {

const auto nilSession = QStringLiteral("00000000-0000-0000-0000-000000000000");

// Memories of no conversation come last in their band, together. The source line is what the child last said before the memory was made; the topics, those of
// the profile's avoided topics the memory touches (nido.mentions, in the memory's language).
const auto selectInbox = QStringLiteral(
    "SELECT u.id::text AS \"memoryId\", u.content, u.summary, u.category::text AS category, "
    "  u.\"memoryType\"::text AS \"memoryType\", u.importance, u.band, "
    "  CASE WHEN jsonb_typeof(u.metadata -> 'confidence') = 'number' "
    "    THEN LEAST(GREATEST((u.metadata -> 'confidence')::numeric, 0), 1)::float8 END AS confidence, "
    "  u.\"agentId\"::text AS \"agentId\", a.name AS \"agentName\", "
    "  sa.id::text AS \"sessionAgentId\", sa.name AS \"sessionAgentName\", "
    "  u.\"sessionId\"::text AS \"sessionId\", s.\"startedAt\" AS \"sessionStartedAt\", u.\"createdAt\", "
    "  u.\"updatedAt\" > u.\"createdAt\" + interval '1 second' AS changed, "
    "  (SELECT m.content FROM ai_conversations m WHERE m.\"sessionId\" = u.\"sessionId\" AND m.\"userId\" = u.\"userId\" "
    "     AND m.\"messageType\" = 'user' AND m.\"createdAt\" <= u.\"createdAt\" ORDER BY m.\"createdAt\" DESC LIMIT 1) AS \"sourceLine\", "
    "  array_to_json(ARRAY(SELECT t.topic FROM nido.avoided_topics t WHERE t.\"userId\" = u.\"userId\" "
    "     AND nido.mentions(COALESCE(u.metadata ->> 'language', s.language), u.content || ' ' || COALESCE(u.summary, ''), t.topic) "
    "     ORDER BY t.topic))::text AS \"touchedTopics\", "
    // The keyset, as exact text: PostgreSQL keeps microseconds, QDateTime milliseconds.
    "  COALESCE(s.\"startedAt\", '-infinity')::text AS \"sessionKey\", "
    "  COALESCE(u.\"sessionId\", CAST(:nil AS uuid))::text AS \"sessionIdKey\", u.\"createdAt\"::text AS \"createdAtKey\" "
    "FROM nido.unreviewed_memories u "
    "LEFT JOIN agents a ON a.id = u.\"agentId\" "
    // One session looked up by its key per memory: the planner cannot count a child's memories
    // (migration 7), and would otherwise hash every family's sessions.
    "LEFT JOIN LATERAL (SELECT vs.\"startedAt\", vs.language, vs.metadata FROM voice_sessions vs "
    "  WHERE vs.id = u.\"sessionId\" AND vs.\"userId\" = u.\"userId\" LIMIT 1) s ON true "
    "LEFT JOIN agents sa ON sa.id = nido.session_agent_id(s.metadata) "
    "WHERE u.\"userId\" = CAST(:child AS uuid)");

const auto afterCursor = QStringLiteral(
    " AND (u.band > :band OR (u.band = :band AND (COALESCE(s.\"startedAt\", '-infinity'), COALESCE(u.\"sessionId\", CAST(:nil AS uuid)), u.\"createdAt\", u.id) "
    "   < (CAST(:sessionKey AS timestamp), CAST(:sessionIdKey AS uuid), CAST(:createdAtKey AS timestamp), CAST(:id AS uuid))))");

const auto inboxOrder = QStringLiteral(
    " ORDER BY u.band, COALESCE(s.\"startedAt\", '-infinity') DESC, COALESCE(u.\"sessionId\", CAST(:nil AS uuid)) DESC, "
    "u.\"createdAt\" DESC, u.id DESC LIMIT :limit");

const auto countInbox = QStringLiteral("SELECT COUNT(*) FROM nido.unreviewed_memories u WHERE u.\"userId\" = CAST(:child AS uuid)");

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
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
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
    return record.value(QStringLiteral("band")).toString() + u'|' + record.value(QStringLiteral("sessionIdKey")).toString();
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
    query.prepare(selectInbox + (last ? afterCursor : QString()) + inboxOrder);
    query.bindValue(QStringLiteral(":nil"), nilSession);
    query.bindValue(QStringLiteral(":child"), m_childId);
    if (last) {
        query.bindValue(QStringLiteral(":band"), last->value(QStringLiteral("band")));
        query.bindValue(QStringLiteral(":sessionKey"), last->value(QStringLiteral("sessionKey")));
        query.bindValue(QStringLiteral(":sessionIdKey"), last->value(QStringLiteral("sessionIdKey")));
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
    DatabaseWorker::instance()->run<QString>(
        this, DatabaseWorker::Retry::Never,
        [child = m_childId, ids = Database::uuidArray(memoryIds), sessionId](SqlConnection &db) {
            QString error;
            QSqlQuery &query = db.prepared(QStringLiteral(
                "SELECT nido.mark_reviewed(current_user, CAST(:child AS uuid), CAST(:ids AS uuid[]), CAST(:session AS uuid))"));
            query.bindValue(QStringLiteral(":child"), child);
            query.bindValue(QStringLiteral(":ids"), ids);
            query.bindValue(QStringLiteral(":session"), sessionId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(sessionId));
            db.exec(query, &error);
            query.finish();
            return error;
        },
        [this, child = m_childId](const QString &error) {
            if (!error.isEmpty()) {
                Q_EMIT reviewFailed(error);
                return;
            }
            Q_EMIT ChangeHub::instance()->attentionChanged(child);
        });
}
