#pragma once

#include "childrowsmodel.h"

// What caregivers viewed, changed, deleted or exported of one child, newest first
// (nido.caregiver_audit). Empty where Nido's migration 0005 is not installed.
class CaregiverAuditModel : public ChildRowsModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Roles {
        EntryIdRole = Qt::UserRole + 1,
        AtRole,
        CaregiverRole,
        ActionRole,
        MemoryIdRole,
        DetailsRole,
        ReadRole,
        SessionStartedAtRole,
    };
    Q_ENUM(Roles)

    explicit CaregiverAuditModel(QObject *parent = nullptr);

    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    bool preparePage(SqlStatement &query, const QSqlRecord *last, int limit) const override;
};
