#pragma once

#include "keysetlistmodel.h"

// The agents a child can meet or that hold memories of the child, by name: the choices for the
// timeline's scope filter and for moving a memory to another agent.
class AgentChoiceModel : public KeysetListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole,
        IsPublicRole,
    };
    Q_ENUM(Roles)

    explicit AgentChoiceModel(QObject *parent = nullptr);

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
