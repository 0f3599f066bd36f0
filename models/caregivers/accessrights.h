#pragma once

#include "dataloader.h"

// What the connected role may do with one child's data. A caregiver (migration 0005) has the
// permission it was linked with; any other role is not limited by Nido. The database enforces the
// same rules by row-level security: this only lets the UI disable what would be refused. Until the
// rights of a child are known, nothing is offered.
class AccessRights : public DataLoader
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool caregiver READ caregiver NOTIFY rightsChanged)
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY rightsChanged)
    Q_PROPERTY(bool canDelete READ canDelete NOTIFY rightsChanged)

public:
    explicit AccessRights(QObject *parent = nullptr);

    [[nodiscard]] bool caregiver() const { return m_rights.caregiver; }
    [[nodiscard]] bool canEdit() const;
    [[nodiscard]] bool canDelete() const;

Q_SIGNALS:
    void rightsChanged();

protected:
    void clear() override;
    void load() override;

private:
    struct Rights {
        bool known = false;
        bool caregiver = false;
        QString permission;
    };
    [[nodiscard]] static SqlStatement installedStatement();
    [[nodiscard]] static SqlStatement rightsStatement(const QString &childId);
    static bool readRights(const QList<QList<QSqlRecord>> &rows, Rights &rights);

    Rights m_rights;
};
