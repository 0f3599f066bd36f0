#pragma once

#include "childrowsmodel.h"

// Heartbeats that reported an error or a status other than "ok", newest first, for one session or
// for a child's sessions of the last `days` days.
class HeartbeatAlertModel : public ChildRowsModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString sessionId READ sessionId WRITE setSessionId NOTIFY sourceChanged)
    Q_PROPERTY(int days READ days WRITE setDays NOTIFY sourceChanged)

public:
    enum Roles {
        HeartbeatIdRole = Qt::UserRole + 1,
        AtRole,
        StatusRole,
        DeviceIdRole,
        ErrorMessageRole,
    };
    Q_ENUM(Roles)

    explicit HeartbeatAlertModel(QObject *parent = nullptr);

    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] QString sessionId() const { return m_sessionId; }
    void setSessionId(const QString &sessionId);
    [[nodiscard]] int days() const { return m_days; }
    void setDays(int days);

Q_SIGNALS:
    void sourceChanged();

protected:
    bool preparePage(SqlStatement &query, const QSqlRecord *last, int limit) const override;

private:
    QString m_sessionId;
    int m_days = 7;
};
