#pragma once

#include "childrowsmodel.h"

// The agents the chosen child uses or may use: the child's own first, then public ones, then any
// other the child has talked to or that holds memories of the child. For each: the memories it
// holds about this child (its own, not the shared ones), this week's sessions and minutes, its share
// of the child's time this week, and when they last talked.
class AgentListModel : public ChildRowsModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole,
        DescriptionRole,
        IsPublicRole,
        OwnedRole,
        MemoriesRole,
        SessionsThisWeekRole,
        MinutesThisWeekRole,
        ShareThisWeekRole,
        LastTalkedAtRole,
    };
    Q_ENUM(Roles)

    explicit AgentListModel(QObject *parent = nullptr);

    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void refresh() { scheduleReload(); }

protected:
    bool preparePage(SqlStatement &query, const QSqlRecord *last, int limit) const override;
};
