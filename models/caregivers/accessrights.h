#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

// What the connected role may do with one child's data. A caregiver (migration 0005) has the
// permission it was linked with; any other role is not limited by Nido. The database enforces the
// same rules by row-level security: this only lets the UI disable what would be refused.
class AccessRights : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)
    Q_PROPERTY(bool caregiver READ caregiver NOTIFY rightsChanged)
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY rightsChanged)
    Q_PROPERTY(bool canDelete READ canDelete NOTIFY rightsChanged)

public:
    explicit AccessRights(QObject *parent = nullptr);

    [[nodiscard]] QString childId() const { return m_childId; }
    void setChildId(const QString &childId);
    [[nodiscard]] bool caregiver() const { return m_caregiver; }
    [[nodiscard]] bool canEdit() const { return m_canEdit; }
    [[nodiscard]] bool canDelete() const { return m_canDelete; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void childIdChanged();
    void rightsChanged();

private:
    QString m_childId;
    bool m_caregiver = false;
    bool m_canEdit = true;
    bool m_canDelete = true;
};
