#pragma once

#include "keysetlistmodel.h"

// Every saved version of an agent's persona, newest first: by Nido (and by whom) or by someone
// else (the backend, or a client other than Nido). Two versions compare field by field, and list
// entries and dialogue turns one by one.
class PersonaHistoryModel : public KeysetListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString agentId READ agentId WRITE setAgentId NOTIFY agentIdChanged)

public:
    enum Roles {
        VersionRole = Qt::UserRole + 1,
        SavedAtRole,
        SavedByRole,
        ThroughNidoRole,
        NameRole,
        DescriptionRole,
        PersonaRole,
        VoiceSettingsRole,
    };
    Q_ENUM(Roles)

    explicit PersonaHistoryModel(QObject *parent = nullptr);

    [[nodiscard]] QString agentId() const { return m_agentId; }
    void setAgentId(const QString &agentId);
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // A row as a map of its roles, for the editor's restore and for diff().
    Q_INVOKABLE QVariantMap versionAt(int row) const;
    // Per field of the editor (and "other" for keys Nido does not edit): {key, label, before,
    // after, changed, items}; items, for lists and dialogue, are {text, status: "added",
    // "removed" or "kept"}, in order (a moved entry is removed in one place and added in another).
    Q_INVOKABLE static QVariantList diff(const QVariantMap &older, const QVariantMap &newer);

Q_SIGNALS:
    void agentIdChanged();

protected:
    bool preparePage(SqlStatement &query, const QSqlRecord *last, int limit) const override;

private:
    QString m_agentId;
};
