#include "transcriptmodel.h"
#include "database.h"


namespace {

const auto messagesOfSession = QStringLiteral(
    "SELECT c.id::text AS \"messageId\", c.\"messageType\", c.content, c.\"audioUrl\", c.\"tokensUsed\", c.cost, "
    "  c.\"createdAt\", c.\"createdAt\"::text AS \"createdAtKey\" "
    "FROM ai_conversations c "
    "WHERE c.\"sessionId\" = CAST(:session AS uuid) AND c.\"userId\" = CAST(:child AS uuid)");
const auto afterCursor = QStringLiteral(" AND (c.\"createdAt\", c.id) > (CAST(:cursorTime AS timestamp), CAST(:cursorId AS uuid))");
const auto oldestFirst = QStringLiteral(" ORDER BY c.\"createdAt\", c.id LIMIT :limit");

} // namespace

TranscriptModel::TranscriptModel(QObject *parent)
    : ChildRowsModel(parent)
{
    setPageSize(200);
}

QHash<int, QByteArray> TranscriptModel::roleNames() const
{
    return {
        {MessageIdRole, "messageId"},
        {FromChildRole, "fromChild"},
        {MessageTypeRole, "messageType"},
        {ContentRole, "content"},
        {AudioUrlRole, "audioUrl"},
        {TokensUsedRole, "tokensUsed"},
        {CostRole, "cost"},
        {CreatedAtRole, "createdAt"},
    };
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const QSqlRecord &record = recordAt(index.row());
    switch (role) {
    case FromChildRole:
        return record.value(QStringLiteral("messageType")).toString() == u"user";
    case CostRole:
        return record.value(QStringLiteral("cost")).toDouble();
    default:
        return KeysetListModel::data(index, role);
    }
}

void TranscriptModel::setSessionId(const QString &sessionId)
{
    if (m_sessionId == sessionId)
        return;
    m_sessionId = sessionId;
    Q_EMIT sourceChanged();
    scheduleReload(true);
}

bool TranscriptModel::preparePage(SqlStatement &query, const QSqlRecord *last, int limit) const
{
    if (childId().isEmpty() || m_sessionId.isEmpty())
        return false;
    query.prepare(messagesOfSession + (last ? afterCursor : QString()) + oldestFirst);
    query.bindValue(QStringLiteral(":session"), m_sessionId);
    query.bindValue(QStringLiteral(":child"), childId());
    if (last) {
        query.bindValue(QStringLiteral(":cursorTime"), last->value(QStringLiteral("createdAtKey")));
        query.bindValue(QStringLiteral(":cursorId"), last->value(QStringLiteral("messageId")));
    }
    query.bindValue(QStringLiteral(":limit"), limit);
    return true;
}
