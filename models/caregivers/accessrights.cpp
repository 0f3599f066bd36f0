#include "accessrights.h"
#include "connectionstatus.h"

AccessRights::AccessRights(QObject *parent)
    : DataLoader(parent)
{
}

bool AccessRights::canEdit() const
{
    return m_rights.known && (!m_rights.caregiver || m_rights.permission == u"edit" || m_rights.permission == u"manage");
}

bool AccessRights::canDelete() const
{
    return m_rights.known && (!m_rights.caregiver || m_rights.permission == u"manage");
}

void AccessRights::clear()
{
    m_rights = {};
    Q_EMIT rightsChanged();
}

void AccessRights::load()
{
    read<Rights>([child = childId(), installed = ConnectionStatus::instance()->additionsInstalled()](SqlConnection &db, Rights &rights, QString *error) {
                     return readRights(db, child, installed, rights, error);
                 },
                 [this](Rights &&rights) {
                     m_rights = std::move(rights);
                     Q_EMIT rightsChanged();
                 });
}

bool AccessRights::readRights(SqlConnection &db, const QString &childId, bool additionsInstalled, Rights &rights, QString *error)
{
    rights.known = true;
    // pg_has_role() says yes for superusers too; the caregivers table names the real ones. Where
    // Nido's additions are not all installed, it may not be there yet.
    if (!additionsInstalled) {
        QSqlQuery &installed = db.prepared(QStringLiteral("SELECT to_regclass('nido.caregivers') IS NOT NULL"));
        if (!db.exec(installed, error) || !installed.next())
            return false;
        if (!installed.value(0).toBool())
            return true;
    }
    QSqlQuery &caregiver = db.prepared(QStringLiteral(
        "SELECT nido.caller_is_caregiver(current_user), "
        "  (SELECT l.permission::text FROM nido.my_links(current_user) l WHERE l.\"userId\" = CAST(:child AS uuid))"));
    caregiver.bindValue(QStringLiteral(":child"), childId);
    if (!db.exec(caregiver, error) || !caregiver.next())
        return false;
    rights.caregiver = caregiver.value(0).toBool();
    rights.permission = caregiver.value(1).toString();
    return true;
}
