#pragma once

#include "keysetlistmodel.h"

// What caregivers viewed, changed, deleted or exported of one child, newest first
// (nido.caregiver_audit). Empty where Nido's migration 0005 is not installed.
class CaregiverAuditModel : public KeysetListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)

public:
    enum Roles {
        EntryIdRole = Qt::UserRole + 1,
        AtRole,
        CaregiverRole,
        ActionRole,
        MemoryIdRole,
        DetailsRole,
    };
    Q_ENUM(Roles)

    explicit CaregiverAuditModel(QObject *parent = nullptr);

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
