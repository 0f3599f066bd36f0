#pragma once

#include "childrowsmodel.h"

// The agents a child can meet or that hold memories of the child, by name: the choices for the
// timeline's scope filter and for moving a memory to another agent.
class AgentChoiceModel : public ChildRowsModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole,
        IsPublicRole,
    };
    Q_ENUM(Roles)

    explicit AgentChoiceModel(QObject *parent = nullptr);

    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    bool preparePage(SqlStatement &query, const QSqlRecord *last, int limit) const override;
};
