#pragma once

#include "childrowsmodel.h"

// Memories a parent deleted whose copies the voice backend has not yet purged from its vector
// store (nido.memory_deletion_outbox), newest request first.
class PendingPurgeModel : public ChildRowsModel
{
    Q_OBJECT
    QML_ELEMENT

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

protected:
    bool preparePage(SqlStatement &query, const QSqlRecord *last, int limit) const override;
};
