#pragma once

#include "keysetlistmodel.h"

// Memories a parent deleted whose copies the voice backend has not yet purged from its vector
// store (nido.memory_deletion_outbox), newest request first.
class PendingPurgeModel : public KeysetListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)

public:
    enum Roles {
        OutboxIdRole = Qt::UserRole + 1,
        MemoryIdRole,
        CollectionRole,
        RequestedAtRole,
    };
    Q_ENUM(Roles)

    explicit PendingPurgeModel(QObject *parent = nullptr);

    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] QString childId() const { return m_childId; }
    void setChildId(const QString &childId);

Q_SIGNALS:
    void childIdChanged();

protected:
    bool preparePage(QSqlQuery &query, const QSqlRecord *last, int limit) const override;

private:
    QString m_childId;
};
