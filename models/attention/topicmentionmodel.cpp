#include "topicmentionmodel.h"
#include "changehub.h"
#include "reviewcall.h"
#include "sessionsql.h"

namespace {

const QString selectMentions = QStringLiteral(
    "SELECT m.\"messageId\"::text AS \"messageId\", m.topic, m.content, m.\"messageType\" = 'user' AS \"fromChild\", "
    "  CASE WHEN m.\"messageType\" = 'user' THEN u.\"firstName\" ELSE a.name END AS speaker, "
    "  (SELECT p.content FROM nido.messages_of_session(current_user, m.\"userId\", vs.id, NULL, m.\"createdAt\" + interval '1 microsecond') p "
    "     WHERE (p.\"createdAt\", p.id) < (m.\"createdAt\", m.\"messageId\") ORDER BY p.\"createdAt\" DESC, p.id DESC LIMIT 1) AS \"previousLine\", "
    "  m.\"sessionId\"::text AS \"sessionId\", vs.\"startedAt\" AS \"sessionStartedAt\", vs.status::text = 'active' AS live, "
    "  m.\"createdAt\", m.fine, m.\"createdAt\"::text AS \"createdAtKey\" "
    "FROM nido.child_topic_mentions(current_user, CAST(:child AS uuid)) m "
    "JOIN %1 ON vs.id = m.\"sessionId\" "
    "CROSS JOIN %2 "
    "LEFT JOIN nido.visible_agents(current_user) a ON a.id = nido.session_agent_id(vs.metadata) "
    "WHERE true").arg(SessionSql::childSessions(), SessionSql::child());

const auto notFine = QStringLiteral(" AND NOT m.fine");
const auto afterCursor = QStringLiteral(
    " AND (m.\"createdAt\", m.\"messageId\", m.topic) < (CAST(:cursorTime AS timestamp), CAST(:cursorId AS uuid), :cursorTopic)");
const auto newestFirst = QStringLiteral(" ORDER BY m.\"createdAt\" DESC, m.\"messageId\" DESC, m.topic DESC LIMIT :limit");
const auto countMentions = QStringLiteral("SELECT COUNT(*) FROM nido.child_topic_mentions(current_user, CAST(:child AS uuid)) m WHERE true");

} // namespace

TopicMentionModel::TopicMentionModel(QObject *parent)
    : KeysetListModel(parent)
{
    setPageSize(50);
    // A topic added or removed in the profile, or a mention found fine.
    ChangeHub::follow(this, ChangeHub::Change::Profile | ChangeHub::Change::Attention, [this] { return m_childId; }, [this] { refresh(); });
}

QHash<int, QByteArray> TopicMentionModel::roleNames() const
{
    return {
        {MessageIdRole, "messageId"},
        {TopicRole, "topic"},
        {ContentRole, "content"},
        {FromChildRole, "fromChild"},
        {SpeakerRole, "speaker"},
        {PreviousLineRole, "previousLine"},
        {SessionIdRole, "sessionId"},
        {SessionStartedAtRole, "sessionStartedAt"},
        {LiveRole, "live"},
        {CreatedAtRole, "createdAt"},
        {FineRole, "fine"},
    };
}

QString TopicMentionModel::rowKey(const QSqlRecord &record) const
{
    return record.value(QStringLiteral("messageId")).toString() + u'|' + record.value(QStringLiteral("topic")).toString();
}

void TopicMentionModel::setChildId(const QString &childId)
{
    if (childId == m_childId)
        return;
    m_childId = childId;
    Q_EMIT filterChanged();
    scheduleReload(true);
}

void TopicMentionModel::setIncludeFine(bool include)
{
    if (include == m_includeFine)
        return;
    m_includeFine = include;
    Q_EMIT filterChanged();
    scheduleReload(true);
}

bool TopicMentionModel::preparePage(SqlStatement &query, const QSqlRecord *last, int limit) const
{
    if (m_childId.isEmpty())
        return false;
    query.prepare(selectMentions + (m_includeFine ? QString() : notFine) + (last ? afterCursor : QString()) + newestFirst);
    query.bindValue(QStringLiteral(":child"), m_childId);
    if (last) {
        query.bindValue(QStringLiteral(":cursorTime"), last->value(QStringLiteral("createdAtKey")));
        query.bindValue(QStringLiteral(":cursorId"), last->value(QStringLiteral("messageId")));
        query.bindValue(QStringLiteral(":cursorTopic"), last->value(QStringLiteral("topic")));
    }
    query.bindValue(QStringLiteral(":limit"), limit);
    return true;
}

bool TopicMentionModel::prepareTotal(SqlStatement &query) const
{
    if (m_childId.isEmpty())
        return false;
    query.prepare(countMentions + (m_includeFine ? QString() : notFine));
    query.bindValue(QStringLiteral(":child"), m_childId);
    return true;
}

void TopicMentionModel::markFine(const QString &messageId, const QString &topic)
{
    if (m_childId.isEmpty() || messageId.isEmpty())
        return;
    SqlStatement call;
    call.prepare(QStringLiteral("SELECT nido.mark_mention_fine(current_user, CAST(:child AS uuid), CAST(:message AS uuid), :topic)"));
    call.bindValue(QStringLiteral(":child"), m_childId);
    call.bindValue(QStringLiteral(":message"), messageId);
    call.bindValue(QStringLiteral(":topic"), topic);
    ReviewCall::run(this, m_childId, call, [this](const DbError &error) {
        if (error.isError())
            Q_EMIT reviewFailed(error.detail());
    });
}
