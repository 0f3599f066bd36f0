#pragma once

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

// Creates caregiver login roles and links them to children (nido admin add-caregiver).
class CaregiverAdmin
{
public:
    struct Link {
        QString childId;
        QString permission; // view, edit or manage
    };

    // How many connections a caregiver's login may hold at once unless the administrator says
    // otherwise: the window's and an export's, on two computers. The backend's own logins must
    // never find every slot taken by caregivers.
    static constexpr int defaultMaxConnections = 4;
    static constexpr int mostMaxConnections = 100;

    explicit CaregiverAdmin(QSqlDatabase db);

    // Parses "child-uuid:permission".
    [[nodiscard]] static bool parseLink(const QString &text, Link *link, QString *error);
    // Creates the role when it does not exist (with the password, when one is given, and its
    // connection limit), makes it a caregiver and links it to the children; all in one transaction.
    bool addCaregiver(const QString &role, const QString &displayName, const QList<Link> &links,
                      const QString &password, QString *error, int maxConnections = defaultMaxConnections);

private:
    bool execute(const QString &sqlBuildingStatement, const QVariantList &values, QString *error);

    QSqlDatabase m_db;
};
