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
    const auto apply = [this](Rights &&rights) {
        m_rights = std::move(rights);
        Q_EMIT rightsChanged();
    };
    // pg_has_role() says yes for superusers too; the caregivers table names the real ones. Where
    // Nido's additions are not all installed, it may not be there yet.
    if (!ConnectionStatus::instance()->additionsInstalled()) {
        read<Rights>([child = childId()](SqlConnection &db, Rights &rights, QString *error) {
            QList<QSqlRecord> installed;
            rights.known = true;
            if (!db.exec(installedStatement(), &installed, error))
                return false;
            if (!installed.value(0).value(0).toBool())
                return true;
            QList<QList<QSqlRecord>> rows(1);
            return db.exec(rightsStatement(child), &rows[0], error) && readRights(rows, rights);
        }, apply);
        return;
    }
    readBatch<Rights>({rightsStatement(childId())},
                      [](SqlConnection &, QList<QList<QSqlRecord>> &rows, Rights &rights, QString *) { return readRights(rows, rights); }, apply);
}

SqlStatement AccessRights::installedStatement()
{
    SqlStatement installed;
    installed.prepare(QStringLiteral("SELECT to_regclass('nido.caregivers') IS NOT NULL"));
    return installed;
}

SqlStatement AccessRights::rightsStatement(const QString &childId)
{
    SqlStatement caregiver;
    caregiver.prepare(QStringLiteral(
        "SELECT nido.caller_is_caregiver(current_user), "
        "  (SELECT l.permission::text FROM nido.my_links(current_user) l WHERE l.\"userId\" = CAST(:child AS uuid))"));
    caregiver.bindValue(QStringLiteral(":child"), childId);
    return caregiver;
}

bool AccessRights::readRights(const QList<QList<QSqlRecord>> &rows, Rights &rights)
{
    if (rows.value(0).isEmpty())
        return false;
    rights.known = true;
    rights.caregiver = rows.at(0).at(0).value(0).toBool();
    rights.permission = rows.at(0).at(0).value(1).toString();
    return true;
}
