#pragma once

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class SqlConnection;

// Everything about one memory, read in one job of the database worker: its fields, its metadata,
// its agent and where it came from (the session and the messages around the moment it was made).
struct MemoryInfo {
    Q_GADGET
    QML_VALUE_TYPE(memoryInfo)
    Q_PROPERTY(QString content MEMBER content)
    Q_PROPERTY(QString summary MEMBER summary)
    Q_PROPERTY(QString memoryType MEMBER memoryType)
    Q_PROPERTY(QString category MEMBER category)
    Q_PROPERTY(double importance MEMBER importance)
    Q_PROPERTY(int accessCount MEMBER accessCount)
    // Moved to the backend's archive: the child's still, deleted with the others, not edited.
    Q_PROPERTY(bool archived MEMBER archived)
    Q_PROPERTY(QDateTime lastAccessedAt MEMBER lastAccessedAt)
    Q_PROPERTY(QDateTime createdAt MEMBER createdAt)
    Q_PROPERTY(QDateTime updatedAt MEMBER updatedAt)
    Q_PROPERTY(QDateTime expiresAt MEMBER expiresAt)
    Q_PROPERTY(QString agentId MEMBER agentId)
    Q_PROPERTY(QString agentName MEMBER agentName)
    Q_PROPERTY(QString sessionId MEMBER sessionId)
    Q_PROPERTY(QDateTime sessionStartedAt MEMBER sessionStartedAt)
    Q_PROPERTY(QString chromaCollectionId MEMBER chromaCollectionId)
    Q_PROPERTY(QString chromaCollectionName MEMBER chromaCollectionName)
    Q_PROPERTY(QStringList tags MEMBER tags)
    Q_PROPERTY(QStringList emotions MEMBER emotions)
    Q_PROPERTY(QStringList topics MEMBER topics)
    Q_PROPERTY(QStringList entities MEMBER entities)
    Q_PROPERTY(QString language MEMBER language)
    Q_PROPERTY(double confidence MEMBER confidence)
    Q_PROPERTY(QString source MEMBER source)
    Q_PROPERTY(int messageCount MEMBER messageCount)
    Q_PROPERTY(int durationSeconds MEMBER durationSeconds)
    Q_PROPERTY(QString otherMetadata MEMBER otherMetadata)
    Q_PROPERTY(QVariantList contextMessages MEMBER contextMessages)

public:
    // On the worker. False, with `error` set, when a query failed or the memory is gone.
    bool load(SqlConnection &db, const QString &childId, const QString &memoryId, QString *error);
    // Writes the caregiver_view row of memory_access_log and the caregivers' audit.
    static bool logView(SqlConnection &db, const QString &childId, const QString &memoryId, QString *error);

    QString content;
    QString summary;
    QString memoryType;
    QString category;
    double importance = 0;
    int accessCount = 0;
    bool archived = false;
    QDateTime lastAccessedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime expiresAt;
    QString agentId;
    QString agentName;
    QString sessionId;
    QDateTime sessionStartedAt;
    QString chromaCollectionId;
    QString chromaCollectionName;
    QStringList tags;
    QStringList emotions;
    QStringList topics;
    QStringList entities;
    QString language;
    double confidence = -1;
    QString source;
    int messageCount = -1;
    int durationSeconds = -1;
    QString otherMetadata;
    QVariantList contextMessages;

private:
    bool loadMemory(SqlConnection &db, const QString &childId, const QString &memoryId, QString *error);
    bool loadContextMessages(SqlConnection &db, const QString &childId, QString *error);
};
