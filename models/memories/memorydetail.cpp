#include "memorydetail.h"
#include "caregiveraudit.h"
#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace {

// Messages shown around the moment a memory was made: most of what led to it, a little after.
constexpr int messagesBefore = 6;
constexpr int messagesAfter = 2;

const QStringList knownMetadataKeys = {
    QStringLiteral("tags"), QStringLiteral("emotions"), QStringLiteral("topics"), QStringLiteral("entities"),
    QStringLiteral("language"), QStringLiteral("confidence"), QStringLiteral("source"),
    QStringLiteral("messageCount"), QStringLiteral("durationSeconds")};

// The backend may store a string where a list belongs: show what is there rather than nothing.
QStringList stringList(const QJsonValue &value)
{
    QStringList items;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            items << (item.isString() ? item.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
    } else if (value.isString()) {
        items << value.toString();
    }
    return items;
}

} // namespace

MemoryDetail::MemoryDetail(QObject *parent)
    : QObject(parent)
{
}

void MemoryDetail::setChildId(const QString &childId)
{
    if (m_childId == childId)
        return;
    m_childId = childId;
    Q_EMIT childIdChanged();
    reload();
}

void MemoryDetail::setMemoryId(const QString &memoryId)
{
    if (m_memoryId == memoryId)
        return;
    m_memoryId = memoryId;
    Q_EMIT memoryIdChanged();
    reload();
}

void MemoryDetail::clear()
{
    m_loaded = false;
    m_errorString.clear();
    m_content.clear();
    m_summary.clear();
    m_memoryType.clear();
    m_category.clear();
    m_importance = 0;
    m_accessCount = 0;
    m_lastAccessedAt = m_createdAt = m_updatedAt = m_expiresAt = m_sessionStartedAt = {};
    m_agentId.clear();
    m_agentName.clear();
    m_sessionId.clear();
    m_chromaCollectionId.clear();
    m_chromaCollectionName.clear();
    m_tags.clear();
    m_emotions.clear();
    m_topics.clear();
    m_entities.clear();
    m_language.clear();
    m_confidence = -1;
    m_source.clear();
    m_messageCount = m_durationSeconds = -1;
    m_otherMetadata.clear();
    m_contextMessages.clear();
}

void MemoryDetail::reload()
{
    clear();
    if (!m_childId.isEmpty() && !QUuid::fromString(m_memoryId).isNull())
        m_loaded = loadMemory() && loadContextMessages() && logView();
    Q_EMIT loadedChanged();
}

bool MemoryDetail::loadMemory()
{
    QSqlQuery query;
    query.prepare(QStringLiteral(
        "SELECT mc.content, mc.summary, mc.\"memoryType\"::text, mc.category::text, mc.importance, mc.\"accessCount\", "
        "  mc.\"lastAccessedAt\", mc.\"createdAt\", mc.\"updatedAt\", mc.\"expiresAt\", mc.\"agentId\"::text, a.name, "
        "  mc.\"sessionId\"::text, vs.\"startedAt\", mc.\"chromaCollectionId\", mc.\"chromaCollectionName\", mc.metadata::text "
        "FROM memory_contexts mc LEFT JOIN agents a ON a.id = mc.\"agentId\" "
        "LEFT JOIN voice_sessions vs ON vs.id = mc.\"sessionId\" AND vs.\"userId\" = mc.\"userId\" "
        "WHERE mc.id = CAST(:id AS uuid) AND mc.\"userId\" = CAST(:child AS uuid)"));
    query.bindValue(QStringLiteral(":id"), m_memoryId);
    query.bindValue(QStringLiteral(":child"), m_childId);
    if (!Database::execute(query)) {
        m_errorString = Database::errorText(query);
        return false;
    }
    if (!query.next()) {
        m_errorString = tr("This memory no longer exists.");
        return false;
    }
    m_content = query.value(0).toString();
    m_summary = query.value(1).toString();
    m_memoryType = query.value(2).toString();
    m_category = query.value(3).toString();
    m_importance = query.value(4).toDouble();
    m_accessCount = query.value(5).toInt();
    m_lastAccessedAt = Database::fromUtcTimestamp(query.value(6));
    m_createdAt = Database::fromUtcTimestamp(query.value(7));
    m_updatedAt = Database::fromUtcTimestamp(query.value(8));
    m_expiresAt = Database::fromUtcTimestamp(query.value(9));
    m_agentId = query.value(10).toString();
    m_agentName = query.value(11).toString();
    m_sessionId = query.value(12).toString();
    m_sessionStartedAt = Database::fromUtcTimestamp(query.value(13));
    m_chromaCollectionId = query.value(14).toString();
    m_chromaCollectionName = query.value(15).toString();

    const QJsonObject metadata = QJsonDocument::fromJson(query.value(16).toString().toUtf8()).object();
    m_tags = stringList(metadata.value(QStringLiteral("tags")));
    m_emotions = stringList(metadata.value(QStringLiteral("emotions")));
    m_topics = stringList(metadata.value(QStringLiteral("topics")));
    m_entities = stringList(metadata.value(QStringLiteral("entities")));
    m_language = metadata.value(QStringLiteral("language")).toString();
    m_confidence = metadata.value(QStringLiteral("confidence")).toDouble(-1);
    m_source = metadata.value(QStringLiteral("source")).toString();
    m_messageCount = metadata.value(QStringLiteral("messageCount")).toInt(-1);
    m_durationSeconds = metadata.value(QStringLiteral("durationSeconds")).toInt(-1);
    QJsonObject others = metadata;
    for (const QString &key : knownMetadataKeys)
        others.remove(key);
    if (!others.isEmpty())
        m_otherMetadata = QString::fromUtf8(QJsonDocument(others).toJson(QJsonDocument::Indented)).trimmed();
    return true;
}

bool MemoryDetail::loadContextMessages()
{
    if (m_sessionId.isEmpty())
        return true;
    QSqlQuery query;
    query.prepare(QStringLiteral(
        "(SELECT \"messageType\", content, \"createdAt\" FROM ai_conversations "
        " WHERE \"sessionId\" = CAST(:session AS uuid) AND \"userId\" = CAST(:child AS uuid) AND \"createdAt\" <= CAST(:at AS timestamp) "
        " ORDER BY \"createdAt\" DESC LIMIT :before) "
        "UNION ALL "
        "(SELECT \"messageType\", content, \"createdAt\" FROM ai_conversations "
        " WHERE \"sessionId\" = CAST(:session AS uuid) AND \"userId\" = CAST(:child AS uuid) AND \"createdAt\" > CAST(:at AS timestamp) "
        " ORDER BY \"createdAt\" ASC LIMIT :after) "
        "ORDER BY 3"));
    query.bindValue(QStringLiteral(":session"), m_sessionId);
    query.bindValue(QStringLiteral(":child"), m_childId);
    query.bindValue(QStringLiteral(":at"), Database::utcTimestamp(m_createdAt));
    query.bindValue(QStringLiteral(":before"), messagesBefore);
    query.bindValue(QStringLiteral(":after"), messagesAfter);
    if (!Database::execute(query)) {
        m_errorString = Database::errorText(query);
        return false;
    }
    while (query.next()) {
        const QDateTime at = Database::fromUtcTimestamp(query.value(2));
        m_contextMessages.append(QVariantMap{{QStringLiteral("fromChild"), query.value(0).toString() == u"user"},
                                             {QStringLiteral("text"), query.value(1).toString()},
                                             {QStringLiteral("at"), at},
                                             {QStringLiteral("afterMemory"), at > m_createdAt}});
    }
    return true;
}

bool MemoryDetail::logView()
{
    QSqlQuery query;
    query.prepare(QStringLiteral("INSERT INTO memory_access_log (\"memoryId\", \"accessedAt\", \"accessType\", metadata) "
                                 "VALUES (CAST(:id AS uuid), LOCALTIMESTAMP, 'caregiver_view', '{\"by\": \"caregiver\"}')"));
    query.bindValue(QStringLiteral(":id"), m_memoryId);
    if (!Database::execute(query)) {
        m_errorString = Database::errorText(query);
        return false;
    }
    return CaregiverAudit::record(QStringLiteral("view"), m_childId, m_memoryId, {}, &m_errorString);
}
