#pragma once

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// Everything about one memory for the detail pane: its fields, its metadata, the agent it belongs
// to and where it came from (the session and the messages around the moment it was made).
// Opening it writes a caregiver_view row to memory_access_log; the AI's accessCount is left alone.
class MemoryDetail : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)
    Q_PROPERTY(QString memoryId READ memoryId WRITE setMemoryId NOTIFY memoryIdChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY loadedChanged)
    Q_PROPERTY(QString content READ content NOTIFY loadedChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY loadedChanged)
    Q_PROPERTY(QString memoryType READ memoryType NOTIFY loadedChanged)
    Q_PROPERTY(QString category READ category NOTIFY loadedChanged)
    Q_PROPERTY(double importance READ importance NOTIFY loadedChanged)
    Q_PROPERTY(int accessCount READ accessCount NOTIFY loadedChanged)
    Q_PROPERTY(QDateTime lastAccessedAt READ lastAccessedAt NOTIFY loadedChanged)
    Q_PROPERTY(QDateTime createdAt READ createdAt NOTIFY loadedChanged)
    Q_PROPERTY(QDateTime updatedAt READ updatedAt NOTIFY loadedChanged)
    Q_PROPERTY(QDateTime expiresAt READ expiresAt NOTIFY loadedChanged)
    Q_PROPERTY(QString agentId READ agentId NOTIFY loadedChanged)
    Q_PROPERTY(QString agentName READ agentName NOTIFY loadedChanged)
    Q_PROPERTY(QString sessionId READ sessionId NOTIFY loadedChanged)
    Q_PROPERTY(QDateTime sessionStartedAt READ sessionStartedAt NOTIFY loadedChanged)
    Q_PROPERTY(QString chromaCollectionId READ chromaCollectionId NOTIFY loadedChanged)
    Q_PROPERTY(QString chromaCollectionName READ chromaCollectionName NOTIFY loadedChanged)
    Q_PROPERTY(QStringList tags READ tags NOTIFY loadedChanged)
    Q_PROPERTY(QStringList emotions READ emotions NOTIFY loadedChanged)
    Q_PROPERTY(QStringList topics READ topics NOTIFY loadedChanged)
    Q_PROPERTY(QStringList entities READ entities NOTIFY loadedChanged)
    Q_PROPERTY(QString language READ language NOTIFY loadedChanged)
    Q_PROPERTY(double confidence READ confidence NOTIFY loadedChanged)
    Q_PROPERTY(QString source READ source NOTIFY loadedChanged)
    Q_PROPERTY(int messageCount READ messageCount NOTIFY loadedChanged)
    Q_PROPERTY(int durationSeconds READ durationSeconds NOTIFY loadedChanged)
    Q_PROPERTY(QString otherMetadata READ otherMetadata NOTIFY loadedChanged)
    Q_PROPERTY(QVariantList contextMessages READ contextMessages NOTIFY loadedChanged)

public:
    explicit MemoryDetail(QObject *parent = nullptr);

    [[nodiscard]] QString childId() const { return m_childId; }
    void setChildId(const QString &childId);
    [[nodiscard]] QString memoryId() const { return m_memoryId; }
    void setMemoryId(const QString &memoryId);

    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] QString errorString() const { return m_errorString; }
    [[nodiscard]] QString content() const { return m_content; }
    [[nodiscard]] QString summary() const { return m_summary; }
    [[nodiscard]] QString memoryType() const { return m_memoryType; }
    [[nodiscard]] QString category() const { return m_category; }
    [[nodiscard]] double importance() const { return m_importance; }
    [[nodiscard]] int accessCount() const { return m_accessCount; }
    [[nodiscard]] QDateTime lastAccessedAt() const { return m_lastAccessedAt; }
    [[nodiscard]] QDateTime createdAt() const { return m_createdAt; }
    [[nodiscard]] QDateTime updatedAt() const { return m_updatedAt; }
    [[nodiscard]] QDateTime expiresAt() const { return m_expiresAt; }
    [[nodiscard]] QString agentId() const { return m_agentId; }
    [[nodiscard]] QString agentName() const { return m_agentName; }
    [[nodiscard]] QString sessionId() const { return m_sessionId; }
    [[nodiscard]] QDateTime sessionStartedAt() const { return m_sessionStartedAt; }
    [[nodiscard]] QString chromaCollectionId() const { return m_chromaCollectionId; }
    [[nodiscard]] QString chromaCollectionName() const { return m_chromaCollectionName; }
    [[nodiscard]] QStringList tags() const { return m_tags; }
    [[nodiscard]] QStringList emotions() const { return m_emotions; }
    [[nodiscard]] QStringList topics() const { return m_topics; }
    [[nodiscard]] QStringList entities() const { return m_entities; }
    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] double confidence() const { return m_confidence; }
    [[nodiscard]] QString source() const { return m_source; }
    [[nodiscard]] int messageCount() const { return m_messageCount; }
    [[nodiscard]] int durationSeconds() const { return m_durationSeconds; }
    [[nodiscard]] QString otherMetadata() const { return m_otherMetadata; }
    [[nodiscard]] QVariantList contextMessages() const { return m_contextMessages; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void childIdChanged();
    void memoryIdChanged();
    void loadedChanged();

private:
    void clear();
    bool loadMemory();
    bool loadContextMessages();
    bool logView();

    QString m_childId;
    QString m_memoryId;
    bool m_loaded = false;
    QString m_errorString;
    QString m_content;
    QString m_summary;
    QString m_memoryType;
    QString m_category;
    double m_importance = 0;
    int m_accessCount = 0;
    QDateTime m_lastAccessedAt;
    QDateTime m_createdAt;
    QDateTime m_updatedAt;
    QDateTime m_expiresAt;
    QString m_agentId;
    QString m_agentName;
    QString m_sessionId;
    QDateTime m_sessionStartedAt;
    QString m_chromaCollectionId;
    QString m_chromaCollectionName;
    QStringList m_tags;
    QStringList m_emotions;
    QStringList m_topics;
    QStringList m_entities;
    QString m_language;
    double m_confidence = -1;
    QString m_source;
    int m_messageCount = -1;
    int m_durationSeconds = -1;
    QString m_otherMetadata;
    QVariantList m_contextMessages;
};
