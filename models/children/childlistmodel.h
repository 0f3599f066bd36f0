#pragma once

#include "keysetlistmodel.h"

// The children in the database, by first name, for the child switcher.
class ChildListModel : public KeysetListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        FirstNameRole,
        LastNameRole,
        DisplayNameRole,
        AgeRole,
    };
    Q_ENUM(Roles)

    explicit ChildListModel(QObject *parent = nullptr);

    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] Q_INVOKABLE int indexOfId(const QString &childId) const;

private:
    void rereadChild(const QString &childId);

protected:
    bool preparePage(SqlStatement &query, const QSqlRecord *last, int limit) const override;
};
