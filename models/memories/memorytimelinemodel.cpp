#include "memorytimelinemodel.h"
#include "database.h"
#include "changehub.h"
#include "formats.h"

#include <QDateTime>

namespace {

const auto selectMemories = QStringLiteral(
    "SELECT mc.id::text AS \"memoryId\", mc.content, mc.summary, mc.\"memoryType\"::text AS \"memoryType\", "
    "  mc.category::text AS category, mc.importance, "
    "  CASE WHEN mc.importance < 0.3 THEN 'low' WHEN mc.importance < 0.7 THEN 'medium' ELSE 'high' END AS \"importanceLevel\", "
    "  mc.\"agentId\"::text AS \"agentId\", a.name AS \"agentName\", mc.\"sessionId\"::text AS \"sessionId\", "
    "  mc.\"createdAt\", mc.\"expiresAt\", mc.\"accessCount\", "
    // QDateTime keeps milliseconds, PostgreSQL microseconds: the keyset compares the exact text.
    "  mc.\"createdAt\"::text AS \"createdAtKey\", mc.archived "
    // Archived memories (the schema document's archive table) are the child's too: listed, marked.
    "FROM nido.memories(current_user, CAST(:child AS uuid), CAST(:filter AS jsonb), 'newest', "
    "  CAST(:cursorTime AS timestamp), CAST(:cursorId AS uuid), :limit) mc "
    "LEFT JOIN nido.visible_agents(current_user) a ON a.id = mc.\"agentId\" ORDER BY mc.\"createdAt\" DESC, mc.id DESC");

const auto countMemories = QStringLiteral("SELECT nido.memory_count(current_user, CAST(:child AS uuid), CAST(:filter AS jsonb))");

bool isExpired(const QSqlRecord &record)
{
    const QDateTime expires = Database::fromUtcTimestamp(record.value(QStringLiteral("expiresAt")));
    return expires.isValid() && expires < QDateTime::currentDateTime();
}

} // namespace

MemoryTimelineModel::MemoryTimelineModel(QObject *parent)
    : KeysetListModel(parent)
{
    setPageSize(60);
    // Edits and deletions made anywhere show at once.
    ChangeHub::follow(this, ChangeHub::Change::Memories, [this] { return childId(); }, [this] { refresh(); });
}

QHash<int, QByteArray> MemoryTimelineModel::roleNames() const
{
    return {
        {IdRole, "memoryId"},
        {ContentRole, "content"},
        {SummaryRole, "summary"},
        {MemoryTypeRole, "memoryType"},
        {CategoryRole, "category"},
        {ImportanceRole, "importance"},
        {ImportanceLevelRole, "importanceLevel"},
        {AgentIdRole, "agentId"},
        {AgentNameRole, "agentName"},
        {SessionIdRole, "sessionId"},
        {CreatedAtRole, "createdAt"},
        {ExpiresAtRole, "expiresAt"},
        {ExpiredRole, "expired"},
        {DayRole, "day"},
        {AccessCountRole, "accessCount"},
        {ArchivedRole, "archived"},
        {DetailsRole, "details"},
        {SpokenDetailsRole, "spokenDetails"},
    };
}

QVariant MemoryTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!holds(index))
        return {};
    const QSqlRecord &record = recordAt(index.row());
    switch (role) {
    case ExpiredRole:
        return isExpired(record);
    case DetailsRole:
    case SpokenDetailsRole:
        return details(record, role == SpokenDetailsRole);
    case DayRole:
        // Sections group by the parent's local day.
        return Database::fromUtcTimestamp(record.value(QStringLiteral("createdAt"))).date().toString(Qt::ISODate);
    default:
        return KeysetListModel::data(index, role);
    }
}

QString MemoryTimelineModel::details(const QSqlRecord &record, bool withDate) const
{
    const QDateTime created = Database::fromUtcTimestamp(record.value(QStringLiteral("createdAt")));
    const bool shared = record.value(QStringLiteral("agentId")).toString().isEmpty();
    QStringList parts = {withDate ? Formats::dateTime(created) : Formats::time(created),
                         Formats::category(record.value(QStringLiteral("category")).toString()),
                         Formats::memoryType(record.value(QStringLiteral("memoryType")).toString()),
                         shared ? tr("Shared by all agents") : Formats::agentName(record.value(QStringLiteral("agentName")).toString()),
                         Formats::importance(record.value(QStringLiteral("importance")).toDouble())};
    if (isExpired(record))
        parts << tr("Expired");
    if (record.value(QStringLiteral("archived")).toBool())
        parts << tr("Archived");
    return parts.join(withDate ? QStringLiteral(" · ") : QStringLiteral("  ·  "));
}

QString MemoryTimelineModel::newestShownKey() const
{
    return rowCount() > 0 ? recordAt(0).value(QStringLiteral("createdAtKey")).toString() : QString();
}

bool MemoryTimelineModel::preparePage(SqlStatement &query, const QSqlRecord *last, int limit) const
{
    if (!m_filter.isValid())
        return false;
    query.prepare(selectMemories);
    m_filter.bind(query);
    query.bindValue(QStringLiteral(":cursorTime"), last ? last->value(QStringLiteral("createdAtKey")) : QVariant());
    query.bindValue(QStringLiteral(":cursorId"), last ? last->value(QStringLiteral("memoryId")) : QVariant());
    query.bindValue(QStringLiteral(":limit"), limit);
    return true;
}

bool MemoryTimelineModel::prepareTotal(SqlStatement &query) const
{
    if (!m_filter.isValid())
        return false;
    query.prepare(countMemories);
    m_filter.bind(query);
    return true;
}

void MemoryTimelineModel::changeFilter(const MemoryFilter &filter)
{
    if (filter == m_filter)
        return;
    // Every filter shows other memories: what was shown goes at once rather than mislead.
    m_filter = filter;
    Q_EMIT filterChanged();
    scheduleReload(true);
}

void MemoryTimelineModel::setChildId(const QString &childId)
{
    editFilter([&](MemoryFilter &f) {
        // One child's agents are not the next one's: a filter on one would hide everything.
        if (f.childId != childId && (f.scope == MemoryFilter::Scope::Agent || f.scope == MemoryFilter::Scope::GivenTo)) {
            f.scope = MemoryFilter::Scope::All;
            f.agentId.clear();
        }
        f.childId = childId;
    });
}

void MemoryTimelineModel::setMemoryType(const QString &memoryType)
{
    editFilter([&](MemoryFilter &f) { f.memoryType = MemoryFilter::allTypes().contains(memoryType) ? memoryType : QString(); });
}

void MemoryTimelineModel::setCategories(const QStringList &categories)
{
    editFilter([&](MemoryFilter &f) {
        f.categories.clear();
        for (const QString &category : categories) {
            if (MemoryFilter::allCategories().contains(category) && !f.categories.contains(category))
                f.categories << category;
        }
    });
}

void MemoryTimelineModel::setScope(Scope scope)
{
    editFilter([&](MemoryFilter &f) { f.scope = MemoryFilter::Scope(scope); });
}

void MemoryTimelineModel::setAgentId(const QString &agentId)
{
    editFilter([&](MemoryFilter &f) { f.agentId = agentId; });
}

void MemoryTimelineModel::setImportanceLevel(const QString &level)
{
    editFilter([&](MemoryFilter &f) {
        const bool known = level == u"low" || level == u"medium" || level == u"high";
        f.importanceLevel = known ? level : QString();
    });
}

void MemoryTimelineModel::setExpiry(Expiry expiry)
{
    editFilter([&](MemoryFilter &f) { f.expiry = MemoryFilter::Expiry(expiry); });
}

void MemoryTimelineModel::setFrom(QDate from)
{
    editFilter([&](MemoryFilter &f) { f.from = from; });
}

void MemoryTimelineModel::setTo(QDate to)
{
    editFilter([&](MemoryFilter &f) { f.to = to; });
}

void MemoryTimelineModel::setSearchText(const QString &text)
{
    editFilter([&](MemoryFilter &f) { f.searchText = text.left(searchLengthLimit); });
}

void MemoryTimelineModel::showLastDays(int days)
{
    editFilter([&](MemoryFilter &f) {
        f.from = days > 0 ? QDate::currentDate().addDays(1 - days) : QDate();
        f.to = QDate();
    });
}
