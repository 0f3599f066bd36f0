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
class MemoryDetail;
class SqlConnection;

class MemoryEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingChanged)
    Q_PROPERTY(QStringList pendingDescriptions READ pendingDescriptions NOTIFY pendingChanged)
    Q_PROPERTY(QStringList pendingDeletionIds READ pendingDeletionIds NOTIFY pendingChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    explicit MemoryEditor(QObject *parent = nullptr);

    [[nodiscard]] QString childId() const { return m_childId; }
    void setChildId(const QString &childId);
    [[nodiscard]] int pendingCount() const { return int(m_pending.size()); }
    [[nodiscard]] QStringList pendingDescriptions() const;
    [[nodiscard]] QStringList pendingDeletionIds() const;
    // Whether a staged deletion takes this memory.
    Q_INVOKABLE [[nodiscard]] bool deletes(const QString &memoryId) const { return pendingDeletionIds().contains(memoryId); }
    [[nodiscard]] QString errorString() const { return m_errorString; }

    // `changes` may hold content, summary, importance (0-1), category, memoryType, agentId (empty:
    // shared by all agents) and expiresAt (an invalid date clears it). Refused with a reason when invalid.
    Q_INVOKABLE bool stageEdit(const QString &memoryId, const QVariantMap &changes);
    Q_INVOKABLE bool stageDelete(const QStringList &memoryIds);
    // The detail pane's draft against the memory it shows: stages only what differs. `draft` holds
    // content, summary, importance, category, memoryType, agentId (empty: shared) and expiry, a
    // "yyyy-MM-dd" text (empty: never) that lasts to the end of that local day.
    Q_INVOKABLE bool stageCorrections(MemoryDetail *detail, const QVariantMap &draft);
    // Finds the memories the timeline's filter matches now (matchingFound); stageDeleteMatching()
    // then stages exactly those, so what is confirmed is what the parent was asked about.
    Q_INVOKABLE void findMatching(MemoryTimelineModel *timeline);
    Q_INVOKABLE bool stageDeleteMatching();
    Q_INVOKABLE void undo();
    Q_INVOKABLE void discardAll();
    // Carries out everything staged in one transaction on the database worker (confirmFinished).
    Q_INVOKABLE void confirm();
    [[nodiscard]] bool busy() const { return m_busy; }

Q_SIGNALS:
    void childIdChanged();
    void pendingChanged();
    void errorStringChanged();
    void applied();
    void confirmFinished(bool ok);
    void matchingFound(int count);
    void busyChanged();

private:
    struct Change {
        QString memoryId;
        QVariantMap fields;
        QStringList deleteIds;
        QString description;
    };

    static QString fieldLabel(const QString &field);
    bool refuse(const QString &reason);
    // On the database worker, in one transaction.
    static bool apply(SqlConnection &db, const QString &childId, const QList<Change> &changes, QString *error, bool *commitSent);
    static bool applyEdit(SqlConnection &db, const QString &childId, const Change &change, QString *error);
    static bool applyDeletion(SqlConnection &db, const QString &childId, const Change &change, QString *error);
    void setErrorString(const QString &error);
    void setBusy(bool busy);

    QString m_childId;
    QList<Change> m_pending;
    QStringList m_matchingIds;
    int m_matchingArchived = 0;
    bool m_busy = false;
    QString m_errorString;
};
