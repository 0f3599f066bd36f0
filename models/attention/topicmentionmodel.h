#pragma once

#include "keysetlistmodel.h"

// The boundary watch: every line of the child's conversations that mentions a topic the profile
// asks the companions to avoid, since the topic was added (nido.child_topic_mentions), newest first,
// with who said it and the line before it. The ones the connected caregiver found fine are left out
// unless asked for.
class TopicMentionModel : public KeysetListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY filterChanged)
    Q_PROPERTY(bool includeFine READ includeFine WRITE setIncludeFine NOTIFY filterChanged)

public:
    enum Roles {
        MessageIdRole = Qt::UserRole + 1,
        TopicRole,
        ContentRole,
        FromChildRole,
        SpeakerRole,
        PreviousLineRole,
        SessionIdRole,
        SessionStartedAtRole,
        LiveRole,
        CreatedAtRole,
        FineRole,
    };
    Q_ENUM(Roles)

    explicit TopicMentionModel(QObject *parent = nullptr);

    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString childId() const { return m_childId; }
    void setChildId(const QString &childId);
    [[nodiscard]] bool includeFine() const { return m_includeFine; }
    void setIncludeFine(bool include);

    // Read and found fine by this caregiver: out of their list, kept in the other caregivers'.
    Q_INVOKABLE void markFine(const QString &messageId, const QString &topic);

Q_SIGNALS:
    void filterChanged();
    void reviewFailed(const QString &reason);

protected:
    // A line that mentions two topics is two rows.
    [[nodiscard]] QString rowKey(const QSqlRecord &record) const override;
    bool prepareTotal(SqlStatement &query) const override;
    bool preparePage(SqlStatement &query, const QSqlRecord *last, int limit) const override;

private:
    QString m_childId;
    bool m_includeFine = false;
};
