#include "transcriptmodel.h"
#include "database.h"

#include <QDateTime>


namespace {

const auto messagesOfSession = QStringLiteral(
    "SELECT c.id::text AS \"messageId\", c.\"messageType\", c.content, c.\"audioUrl\", c.\"tokensUsed\", c.cost, "
    "  c.\"createdAt\", c.\"createdAt\"::text AS \"createdAtKey\" "
    "FROM nido.messages_of_session(current_user, CAST(:child AS uuid), CAST(:session AS uuid), NULL, NULL) c WHERE true");
// A message's createdAt is its transaction's start: one committed late can sort before the last row
// read. So the next rows are those of the last minute on that were not read yet (a late one lands
// at the end), not only those after the last row.
const auto afterCursor = QStringLiteral(
    " AND c.\"createdAt\" > CAST(:cursorTime AS timestamp) - interval '1 minute' AND c.id <> ALL(CAST(:recent AS uuid[]))");
constexpr qint64 lateCommitSeconds = 60;
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
    if (!holds(index))
        return {};
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
        // The rows already read within that minute, so that none comes twice.
        const QDateTime lastAt = last->value(QStringLiteral("createdAt")).toDateTime();
        QStringList recent;
        for (int row = rowCount() - 1; row >= 0; --row) {
            const QSqlRecord &record = recordAt(row);
            if (record.value(QStringLiteral("createdAt")).toDateTime().secsTo(lastAt) > lateCommitSeconds + 1)
                break;
            recent << record.value(QStringLiteral("messageId")).toString();
        }
        query.bindValue(QStringLiteral(":recent"), QString(u'{' + recent.join(u',') + u'}'));
    }
    query.bindValue(QStringLiteral(":limit"), limit);
    return true;
}
