#pragma once

#include "keysetlistmodel.h"

#include <QDate>

// One child's voice sessions, newest first: the seed's session analysis (query 3) with tokens,
// cost and status, keyset-paged on ("startedAt", id) and filtered by period, agent and status.
class SessionListModel : public KeysetListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY filterChanged)
    Q_PROPERTY(QDate from READ from WRITE setFrom NOTIFY filterChanged)
    Q_PROPERTY(QDate to READ to WRITE setTo NOTIFY filterChanged)
    Q_PROPERTY(QString agentId READ agentId WRITE setAgentId NOTIFY filterChanged)
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY filterChanged)

public:
    enum Roles {
        SessionIdRole = Qt::UserRole + 1,
        StartedAtRole,
        DurationSecondsRole,
        MessageCountRole,
        AgentNameRole,
        TotalTokensRole,
        TotalCostRole,
        MemoriesCreatedRole,
        StatusRole,
        LiveRole,
        // Empty, or why the session started outside the routines' waking hours ("before wake-up
        // time, 07:00").
        OutsideWakingHoursRole,
    };
    Q_ENUM(Roles)

    explicit SessionListModel(QObject *parent = nullptr);
    ~SessionListModel() override;

    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;

    [[nodiscard]] QString childId() const { return m_childId; }
    void setChildId(const QString &childId);
    [[nodiscard]] QDate from() const { return m_from; }
    void setFrom(QDate from);
    [[nodiscard]] QDate to() const { return m_to; }
    void setTo(QDate to);
    [[nodiscard]] QString agentId() const { return m_agentId; }
    void setAgentId(const QString &agentId);
    [[nodiscard]] QString status() const { return m_status; }
    void setStatus(const QString &status);
    Q_INVOKABLE void showLastDays(int days);

Q_SIGNALS:
    void filterChanged();

protected:
    bool preparePage(SqlStatement &query, const QSqlRecord *last, int limit) const override;

private:
    void filterEdited();
    // Live rows are watched, so that a badge goes when its session ends.
    void watchLiveRows();

    QString m_childId;
    QDate m_from;
    QDate m_to;
    QString m_agentId;
    QString m_status;
    QStringList m_watched;
};
