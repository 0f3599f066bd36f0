#include "memoryinfo.h"
#include "jsontext.h"
#include "database.h"
#include "sessionsql.h"
#include "sqlconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QCoreApplication>
#include <QSqlRecord>

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
            items << (item.isString() ? item.toString() : jsonText(item));
    } else if (value.isString()) {
        items << value.toString();
    }
    return items;
}

} // namespace

bool MemoryInfo::load(SqlConnection &db, const QString &childId, const QString &memoryId, QString *error)
{
    return loadMemory(db, childId, memoryId, error) && loadContextMessages(db, childId, error);
}

bool MemoryInfo::loadMemory(SqlConnection &db, const QString &childId, const QString &memoryId, QString *error)
{
    QSqlQuery &query = db.prepared(QStringLiteral(
        "SELECT mc.content, mc.summary, mc.\"memoryType\"::text, mc.category::text, mc.importance, mc.\"accessCount\", "
        "  mc.\"lastAccessedAt\", mc.\"createdAt\", mc.\"updatedAt\", mc.\"expiresAt\", mc.\"agentId\"::text, a.name, "
        "  mc.\"sessionId\"::text, vs.\"startedAt\", mc.\"chromaCollectionId\", mc.\"chromaCollectionName\", mc.metadata::text, "
        "  mc.archived "
        "FROM nido.memories(current_user, CAST(:child AS uuid), jsonb_build_object('ids', jsonb_build_array(CAST(:id AS uuid))), "
        "  'newest', NULL, NULL, NULL) mc "
        "LEFT JOIN nido.visible_agents(current_user) a ON a.id = mc.\"agentId\" "
        "LEFT JOIN %1 ON vs.id = mc.\"sessionId\"").arg(SessionSql::childSessions()));
    query.bindValue(QStringLiteral(":id"), memoryId);
    query.bindValue(QStringLiteral(":child"), childId);
    if (!db.exec(query, error))
        return false;
    if (!query.next()) {
        *error = QCoreApplication::translate("MemoryDetail", "This memory no longer exists.");
        return false;
    }
    content = query.value(0).toString();
    summary = query.value(1).toString();
    memoryType = query.value(2).toString();
    category = query.value(3).toString();
    importance = query.value(4).toDouble();
    accessCount = query.value(5).toInt();
    lastAccessedAt = Database::fromUtcTimestamp(query.value(6));
    createdAt = Database::fromUtcTimestamp(query.value(7));
    updatedAt = Database::fromUtcTimestamp(query.value(8));
    expiresAt = Database::fromUtcTimestamp(query.value(9));
    agentId = query.value(10).toString();
    agentName = query.value(11).toString();
    sessionId = query.value(12).toString();
    sessionStartedAt = Database::fromUtcTimestamp(query.value(13));
    chromaCollectionId = query.value(14).toString();
    chromaCollectionName = query.value(15).toString();
    archived = query.value(17).toBool();

    const QJsonObject metadata = parsedJson(query.value(16).toString()).toObject();
    tags = stringList(metadata.value(QStringLiteral("tags")));
    emotions = stringList(metadata.value(QStringLiteral("emotions")));
    topics = stringList(metadata.value(QStringLiteral("topics")));
    entities = stringList(metadata.value(QStringLiteral("entities")));
    language = metadata.value(QStringLiteral("language")).toString();
    confidence = metadata.value(QStringLiteral("confidence")).toDouble(-1);
    source = metadata.value(QStringLiteral("source")).toString();
    messageCount = metadata.value(QStringLiteral("messageCount")).toInt(-1);
    durationSeconds = metadata.value(QStringLiteral("durationSeconds")).toInt(-1);
    QJsonObject others = metadata;
    for (const QString &key : knownMetadataKeys)
        others.remove(key);
    if (!others.isEmpty())
        otherMetadata = QString::fromUtf8(QJsonDocument(others).toJson(QJsonDocument::Indented)).trimmed();
    return true;
}

bool MemoryInfo::loadContextMessages(SqlConnection &db, const QString &childId, QString *error)
{
    if (sessionId.isEmpty())
        return true;
    QSqlQuery &query = db.prepared(QStringLiteral(
        "WITH c AS MATERIALIZED (SELECT \"messageType\", content, \"createdAt\" "
        "  FROM nido.messages_of_session(current_user, CAST(:child AS uuid), CAST(:session AS uuid), NULL, NULL)) "
        "(SELECT * FROM c WHERE \"createdAt\" <= CAST(:at AS timestamp) ORDER BY \"createdAt\" DESC LIMIT :before) "
        "UNION ALL "
        "(SELECT * FROM c WHERE \"createdAt\" > CAST(:at AS timestamp) ORDER BY \"createdAt\" ASC LIMIT :after) "
        "ORDER BY 3"));
    query.bindValue(QStringLiteral(":session"), sessionId);
    query.bindValue(QStringLiteral(":child"), childId);
    query.bindValue(QStringLiteral(":at"), Database::utcTimestamp(createdAt));
    query.bindValue(QStringLiteral(":before"), messagesBefore);
    query.bindValue(QStringLiteral(":after"), messagesAfter);
    if (!db.exec(query, error))
        return false;
    while (query.next()) {
        const QDateTime at = Database::fromUtcTimestamp(query.value(2));
        contextMessages.append(QVariantMap{{QStringLiteral("fromChild"), query.value(0).toString() == u"user"},
                                             {QStringLiteral("text"), query.value(1).toString()},
                                             {QStringLiteral("at"), at},
                                             {QStringLiteral("afterMemory"), at > createdAt}});
    }
    return true;
}

bool MemoryInfo::logView(SqlConnection &db, const QString &childId, const QString &memoryId, QString *error)
{
    // With Nido's additions the server records the view, in the access log and the audit, for a
    // memory of this child only (migration 0015). A backend's database without them keeps the
    // document's access log, when it has one.
    QSqlQuery &present = db.prepared(QStringLiteral("SELECT to_regprocedure('nido.record_memory_view(name, uuid, uuid)') IS NOT NULL, "
                                                    "  to_regclass('memory_access_log') IS NOT NULL"));
    if (!db.exec(present, error) || !present.next())
        return false;
    const bool recorded = present.value(0).toBool();
    const bool logged = present.value(1).toBool();
    present.finish();
    if (!recorded && !logged)
        return true;
    QSqlQuery &query = db.prepared(recorded ? QStringLiteral("SELECT nido.record_memory_view(current_user, CAST(:child AS uuid), CAST(:id AS uuid))")
                                            : QStringLiteral("INSERT INTO memory_access_log (\"memoryId\", \"accessedAt\", \"accessType\", metadata) "
                                                             "VALUES (CAST(:id AS uuid), LOCALTIMESTAMP, 'caregiver_view', '{\"by\": \"caregiver\"}')"));
    if (recorded)
        query.bindValue(QStringLiteral(":child"), childId);
    query.bindValue(QStringLiteral(":id"), memoryId);
    return db.exec(query, error);
}
