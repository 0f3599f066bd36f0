#pragma once

#include "keysetlistmodel.h"

// "New since you last looked": the child's memories the AI made or changed since the connected
// caregiver last reviewed them (nido.unreviewed_memories), sensitive categories first, then those the
// AI was unsure of, then the rest; in each, newest conversation first, its memories together.
class ReviewInboxModel : public KeysetListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        ContentRole,
        SummaryRole,
        CategoryRole,
        MemoryTypeRole,
        ImportanceRole,
        BandRole,
        ConfidenceRole,
        AgentIdRole,
        AgentNameRole,
        SessionAgentIdRole,
        SessionAgentNameRole,
        SessionIdRole,
        SessionStartedAtRole,
        CreatedAtRole,
        ChangedRole,
        SourceLineRole,
        TouchedTopicsRole,
        SectionRole,
        // The first row of its conversation within its band, and the first of its band: where the
        // list shows a heading.
        SectionStartRole,
        BandStartRole,
    };
    Q_ENUM(Roles)

    explicit ReviewInboxModel(QObject *parent = nullptr);

    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;

    [[nodiscard]] QString childId() const { return m_childId; }
    void setChildId(const QString &childId);

    // Kept as they are: out of this caregiver's inbox until the AI changes them again.
    Q_INVOKABLE void markReviewed(const QStringList &memoryIds);
    // Every memory of one conversation at once.
    Q_INVOKABLE void markSessionReviewed(const QString &sessionId);

Q_SIGNALS:
    void childIdChanged();
    // A review the server refused (or could not be reached for): the inbox is unchanged.
    void reviewFailed(const QString &reason);

protected:
    bool prepareTotal(SqlStatement &query) const override;
    bool preparePage(SqlStatement &query, const QSqlRecord *last, int limit) const override;

private:
    void mark(const QStringList &memoryIds, const QString &sessionId);
    [[nodiscard]] QString sectionOf(int row) const;

    QString m_childId;
};
