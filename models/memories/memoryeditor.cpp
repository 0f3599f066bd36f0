#include "memoryeditor.h"
#include "caregiveraudit.h"
#include "database.h"
#include "memorytimelinemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace {

constexpr int maximumTextLength = 50000;

// Field name in the changes map -> column, and how the bound value is cast.
struct Column {
    const char *field;
    const char *assignment;
};
constexpr Column editableColumns[] = {
    {"content", "content = :content"},
    {"summary", "summary = :summary"},
    {"importance", "importance = :importance"},
    {"category", "category = CAST(:category AS memory_contexts_category_enum)"},
    {"memoryType", "\"memoryType\" = CAST(:memoryType AS memory_contexts_memorytype_enum)"},
    {"agentId", "\"agentId\" = CAST(NULLIF(:agentId, '') AS uuid)"},
    {"expiresAt", "\"expiresAt\" = CAST(NULLIF(:expiresAt, '') AS timestamp)"},
};

QString boundValue(const QString &field, const QVariant &value)
{
    if (field == u"expiresAt") {
        const QDateTime when = value.toDateTime();
        return when.isValid() ? Database::utcTimestamp(when) : QString();
    }
    return value.toString();
}

} // namespace

QString MemoryEditor::fieldLabel(const QString &field)
{
    if (field == u"content")
        return tr("text");
    if (field == u"summary")
        return tr("summary");
    if (field == u"importance")
        return tr("importance");
    if (field == u"category")
        return tr("category");
    if (field == u"memoryType")
        return tr("type");
    if (field == u"agentId")
        return tr("agent");
    return tr("expiry");
}

MemoryEditor::MemoryEditor(QObject *parent)
    : QObject(parent)
{
}

void MemoryEditor::setChildId(const QString &childId)
{
    if (m_childId == childId)
        return;
    // Staged changes belong to the child they were made for.
    discardAll();
    m_childId = childId;
    Q_EMIT childIdChanged();
}

QStringList MemoryEditor::pendingDescriptions() const
{
    QStringList descriptions;
    for (const Change &change : m_pending)
        descriptions << change.description;
    return descriptions;
}

QStringList MemoryEditor::pendingDeletionIds() const
{
    QStringList ids;
    for (const Change &change : m_pending)
        ids << change.deleteIds;
    return ids;
}

bool MemoryEditor::refuse(const QString &reason)
{
    setErrorString(reason);
    return false;
}

bool MemoryEditor::stageEdit(const QString &memoryId, const QVariantMap &changes)
{
    if (m_childId.isEmpty() || QUuid::fromString(memoryId).isNull())
        return refuse(tr("Choose a memory first."));
    QVariantMap fields;
    for (const Column &column : editableColumns) {
        const QString field = QLatin1String(column.field);
        if (changes.contains(field))
            fields.insert(field, changes.value(field));
    }
    if (fields.isEmpty() || fields.size() != changes.size())
        return refuse(tr("Nothing Nido can change was given."));
    if (fields.contains(QStringLiteral("content"))) {
        const QString content = fields.value(QStringLiteral("content")).toString();
        if (content.trimmed().isEmpty())
            return refuse(tr("The memory's text cannot be empty."));
        if (content.size() > maximumTextLength)
            return refuse(tr("The memory's text is longer than %1 characters.").arg(maximumTextLength));
    }
    if (fields.value(QStringLiteral("summary")).toString().size() > maximumTextLength)
        return refuse(tr("The summary is longer than %1 characters.").arg(maximumTextLength));
    if (fields.contains(QStringLiteral("importance"))) {
        bool ok = false;
        const double importance = fields.value(QStringLiteral("importance")).toDouble(&ok);
        if (!ok || importance < 0.0 || importance > 1.0)
            return refuse(tr("Importance goes from 0 to 1."));
    }
    if (fields.contains(QStringLiteral("category"))
        && !MemoryFilter::allCategories().contains(fields.value(QStringLiteral("category")).toString()))
        return refuse(tr("\"%1\" is not a memory category.").arg(fields.value(QStringLiteral("category")).toString()));
    if (fields.contains(QStringLiteral("memoryType"))
        && !MemoryFilter::allTypes().contains(fields.value(QStringLiteral("memoryType")).toString()))
        return refuse(tr("\"%1\" is not a memory type.").arg(fields.value(QStringLiteral("memoryType")).toString()));
    const QString agentId = fields.value(QStringLiteral("agentId")).toString();
    if (!agentId.isEmpty() && QUuid::fromString(agentId).isNull())
        return refuse(tr("That agent does not exist."));
    const QVariant expiresAt = fields.value(QStringLiteral("expiresAt"));
    if (expiresAt.isValid() && !expiresAt.isNull() && !expiresAt.toDateTime().isValid()
        && !expiresAt.toString().isEmpty())
        return refuse(tr("The expiry is not a valid date."));

    QStringList names;
    for (const QString &field : fields.keys())
        names << fieldLabel(field);
    m_pending.append({memoryId, fields, {}, tr("Change the %1 of a memory").arg(names.join(QStringLiteral(", ")))});
    setErrorString({});
    Q_EMIT pendingChanged();
    return true;
}

bool MemoryEditor::stageDelete(const QStringList &memoryIds)
{
    if (m_childId.isEmpty() || memoryIds.isEmpty())
        return refuse(tr("Choose the memories to delete first."));
    for (const QString &id : memoryIds) {
        if (QUuid::fromString(id).isNull())
            return refuse(tr("\"%1\" is not a memory.").arg(id));
    }
    m_pending.append({{}, {}, memoryIds, tr("Delete %n memory(ies)", "", int(memoryIds.size()))});
    setErrorString({});
    Q_EMIT pendingChanged();
    return true;
}

QStringList MemoryEditor::matchingIds(MemoryTimelineModel *timeline)
{
    if (!timeline || timeline->filter().childId != m_childId || m_childId.isEmpty()) {
        refuse(tr("The timeline shows another child."));
        return {};
    }
    QSqlQuery query;
    query.prepare(QStringLiteral("SELECT mc.id::text FROM memory_contexts mc WHERE mc.\"userId\" = CAST(:child AS uuid)")
                  + timeline->filter().conditions());
    timeline->filter().bind(query);
    if (!Database::execute(query)) {
        refuse(Database::errorText(query));
        return {};
    }
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

int MemoryEditor::countMatching(MemoryTimelineModel *timeline)
{
    return int(matchingIds(timeline).size());
}

bool MemoryEditor::stageDeleteMatching(MemoryTimelineModel *timeline)
{
    const QStringList ids = matchingIds(timeline);
    if (ids.isEmpty())
        return m_errorString.isEmpty() ? refuse(tr("No memory matches the filter.")) : false;
    return stageDelete(ids);
}

void MemoryEditor::undo()
{
    if (m_pending.isEmpty())
        return;
    m_pending.removeLast();
    Q_EMIT pendingChanged();
}

void MemoryEditor::discardAll()
{
    if (m_pending.isEmpty())
        return;
    m_pending.clear();
    Q_EMIT pendingChanged();
}

bool MemoryEditor::confirm()
{
    if (m_pending.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database();
    if (!db.transaction())
        return refuse(db.lastError().text().isEmpty() ? tr("The connection to the database was lost.") : db.lastError().text());
    for (const Change &change : std::as_const(m_pending)) {
        const bool ok = change.deleteIds.isEmpty() ? applyEdit(change) : applyDeletion(change);
        if (!ok) {
            // Nothing is lost: the staged changes stay for another try.
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return refuse(error);
    }
    m_pending.clear();
    setErrorString({});
    Q_EMIT pendingChanged();
    Q_EMIT applied();
    return true;
}

bool MemoryEditor::applyEdit(const Change &change)
{
    QSqlQuery current;
    current.prepare(QStringLiteral(
        "SELECT content, summary, importance, category::text AS category, \"memoryType\"::text AS \"memoryType\", "
        "\"agentId\"::text AS \"agentId\", \"expiresAt\" FROM memory_contexts "
        "WHERE id = CAST(:id AS uuid) AND \"userId\" = CAST(:child AS uuid) FOR UPDATE"));
    current.bindValue(QStringLiteral(":id"), change.memoryId);
    current.bindValue(QStringLiteral(":child"), m_childId);
    if (!Database::execute(current))
        return refuse(Database::errorText(current));
    if (!current.next())
        return refuse(stillVisible({change.memoryId}).isEmpty()
                          ? tr("The memory was deleted meanwhile; nothing was changed.")
                          : tr("You may view this child's memories but not change them; nothing was changed."));

    QStringList assignments;
    QJsonObject log;
    for (const Column &column : editableColumns) {
        const QString field = QLatin1String(column.field);
        if (!change.fields.contains(field))
            continue;
        assignments << QLatin1String(column.assignment);
        const QVariant before = current.record().value(field);
        log.insert(field, QJsonObject{{QStringLiteral("from"), QJsonValue::fromVariant(before)},
                                      {QStringLiteral("to"), boundValue(field, change.fields.value(field))}});
    }
    QSqlQuery update;
    update.prepare(QStringLiteral("UPDATE memory_contexts SET %1 WHERE id = CAST(:id AS uuid) AND \"userId\" = CAST(:child AS uuid)")
                       .arg(assignments.join(QStringLiteral(", "))));
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it)
        update.bindValue(u':' + it.key(), boundValue(it.key(), it.value()));
    update.bindValue(QStringLiteral(":id"), change.memoryId);
    update.bindValue(QStringLiteral(":child"), m_childId);
    if (!Database::execute(update))
        return refuse(Database::errorText(update));

    QSqlQuery audit;
    audit.prepare(QStringLiteral("INSERT INTO memory_access_log (\"memoryId\", \"accessedAt\", \"accessType\", metadata) "
                                 "VALUES (CAST(:id AS uuid), LOCALTIMESTAMP, 'caregiver_edit', CAST(:metadata AS jsonb))"));
    audit.bindValue(QStringLiteral(":id"), change.memoryId);
    audit.bindValue(QStringLiteral(":metadata"),
                    QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("by"), QStringLiteral("caregiver")},
                                                                {QStringLiteral("changes"), log}})
                                          .toJson(QJsonDocument::Compact)));
    if (!Database::execute(audit))
        return refuse(Database::errorText(audit));
    QString error;
    if (!CaregiverAudit::record(QStringLiteral("edit"), m_childId, change.memoryId, log, &error))
        return refuse(error);
    return true;
}

bool MemoryEditor::applyDeletion(const Change &change)
{
    // The access log rows go with the memory (ON DELETE CASCADE): the outbox row is what remains.
    QSqlQuery deletion;
    deletion.prepare(QStringLiteral(
        "WITH gone AS (DELETE FROM memory_contexts WHERE \"userId\" = CAST(:child AS uuid) "
        "  AND id = ANY(CAST(:ids AS uuid[])) "
        "  RETURNING id, \"userId\", \"chromaCollectionId\", \"chromaCollectionName\") "
        "INSERT INTO nido.memory_deletion_outbox (\"memoryId\", \"userId\", \"chromaCollectionId\", \"chromaCollectionName\") "
        "SELECT id, \"userId\", \"chromaCollectionId\", \"chromaCollectionName\" FROM gone"));
    deletion.bindValue(QStringLiteral(":child"), m_childId);
    deletion.bindValue(QStringLiteral(":ids"), QString(u'{' + change.deleteIds.join(u',') + u'}'));
    if (!Database::execute(deletion))
        return refuse(Database::errorText(deletion));
    // Row-level security hides from DELETE what a caregiver may only view: such rows stay.
    if (!stillVisible(change.deleteIds).isEmpty())
        return refuse(tr("You may not delete this child's memories; nothing was deleted."));
    QString error;
    if (!CaregiverAudit::record(QStringLiteral("delete"), m_childId, {},
                                QJsonObject{{QStringLiteral("memoryIds"), QJsonArray::fromStringList(change.deleteIds)}}, &error))
        return refuse(error);
    return true;
}

QStringList MemoryEditor::stillVisible(const QStringList &memoryIds) const
{
    QSqlQuery query;
    query.prepare(QStringLiteral("SELECT id::text FROM memory_contexts WHERE \"userId\" = CAST(:child AS uuid) "
                                 "AND id = ANY(CAST(:ids AS uuid[]))"));
    query.bindValue(QStringLiteral(":child"), m_childId);
    query.bindValue(QStringLiteral(":ids"), QString(u'{' + memoryIds.join(u',') + u'}'));
    QStringList visible;
    if (Database::execute(query)) {
        while (query.next())
            visible << query.value(0).toString();
    }
    return visible;
}

void MemoryEditor::setErrorString(const QString &error)
{
    if (m_errorString == error)
        return;
    m_errorString = error;
    Q_EMIT errorStringChanged();
}
