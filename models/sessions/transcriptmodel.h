#pragma once

#include "childrowsmodel.h"

// The messages of one session in the order they were said (ai_conversations), read page by page;
// fetchNewer() appends what a live session adds.
class TranscriptModel : public ChildRowsModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString sessionId READ sessionId WRITE setSessionId NOTIFY sourceChanged)

public:
    enum Roles {
        MessageIdRole = Qt::UserRole + 1,
        FromChildRole,
        MessageTypeRole,
        ContentRole,
        AudioUrlRole,
        TokensUsedRole,
        CostRole,
        CreatedAtRole,
    };
    Q_ENUM(Roles)

    explicit TranscriptModel(QObject *parent = nullptr);

    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QString sessionId() const { return m_sessionId; }
    void setSessionId(const QString &sessionId);

Q_SIGNALS:
    void sourceChanged();

protected:
    bool preparePage(SqlStatement &query, const QSqlRecord *last, int limit) const override;

private:
    QString m_sessionId;
};
