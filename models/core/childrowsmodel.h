#pragma once

#include "keysetlistmodel.h"

// A keyset-paged list of one child's rows: reads again whenever the child changes.
class ChildRowsModel : public KeysetListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)

public:
    using KeysetListModel::KeysetListModel;

    [[nodiscard]] QString childId() const { return m_childId; }
    void setChildId(const QString &childId);

Q_SIGNALS:
    void childIdChanged();

private:
    QString m_childId;
};
