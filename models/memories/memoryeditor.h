#pragma once

#include "memoryfilter.h"

#include <QDateTime>
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include "memorytimelinemodel.h"

// The parent's changes to one child's memories. Each change is staged first and can be undone;
// confirm() carries out everything staged in one transaction, logs edits to memory_access_log and
// queues every deleted memory in nido.memory_deletion_outbox for the vector store to purge.
class MemoryEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingChanged)
    Q_PROPERTY(QStringList pendingDescriptions READ pendingDescriptions NOTIFY pendingChanged)
    Q_PROPERTY(QStringList pendingDeletionIds READ pendingDeletionIds NOTIFY pendingChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    explicit MemoryEditor(QObject *parent = nullptr);

    [[nodiscard]] QString childId() const { return m_childId; }
    void setChildId(const QString &childId);
    [[nodiscard]] int pendingCount() const { return int(m_pending.size()); }
    [[nodiscard]] QStringList pendingDescriptions() const;
    [[nodiscard]] QStringList pendingDeletionIds() const;
    [[nodiscard]] QString errorString() const { return m_errorString; }

    // `changes` may hold content, summary, importance (0-1), category, memoryType, agentId (empty:
    // shared by all agents) and expiresAt (an invalid date clears it). Refused with a reason when invalid.
    Q_INVOKABLE bool stageEdit(const QString &memoryId, const QVariantMap &changes);
    Q_INVOKABLE bool stageDelete(const QStringList &memoryIds);
    // Takes the memories the model's filter matches now, so what is confirmed is what was shown.
    Q_INVOKABLE bool stageDeleteMatching(MemoryTimelineModel *timeline);
    [[nodiscard]] Q_INVOKABLE int countMatching(MemoryTimelineModel *timeline);
    Q_INVOKABLE void undo();
    Q_INVOKABLE void discardAll();
    Q_INVOKABLE bool confirm();

Q_SIGNALS:
    void childIdChanged();
    void pendingChanged();
    void errorStringChanged();
    void applied();

private:
    struct Change {
        QString memoryId;
        QVariantMap fields;
        QStringList deleteIds;
        QString description;
    };

    static QString fieldLabel(const QString &field);
    bool refuse(const QString &reason);
    QStringList matchingIds(MemoryTimelineModel *timeline);
    bool applyEdit(const Change &change);
    bool applyDeletion(const Change &change);
    // Which of these memories of the child the connected role can still read.
    [[nodiscard]] QStringList stillVisible(const QStringList &memoryIds) const;
    void setErrorString(const QString &error);

    QString m_childId;
    QList<Change> m_pending;
    QString m_errorString;
};
