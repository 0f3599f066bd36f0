#include "accessrights.h"
#include "database.h"

#include <QSqlQuery>
#include <QVariant>

AccessRights::AccessRights(QObject *parent)
    : QObject(parent)
{
}

void AccessRights::setChildId(const QString &childId)
{
    if (m_childId == childId)
        return;
    m_childId = childId;
    Q_EMIT childIdChanged();
    refresh();
}

void AccessRights::refresh()
{
    m_caregiver = false;
    m_canEdit = m_canDelete = true;
    QSqlQuery query;
    // pg_has_role() says yes for superusers too; the caregivers table names the real ones.
    const bool installed = query.exec(QStringLiteral("SELECT to_regclass('nido.caregivers') IS NOT NULL")) && query.next()
        && query.value(0).toBool();
    if (installed && query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM nido.caregivers WHERE role = current_user)"))
        && query.next() && query.value(0).toBool()) {
        m_caregiver = true;
        query.prepare(QStringLiteral("SELECT permission::text FROM nido.caregiver_children "
                                     "WHERE role = current_user AND \"userId\" = CAST(:child AS uuid)"));
        query.bindValue(QStringLiteral(":child"), m_childId);
        const QString permission = Database::execute(query) && query.next() ? query.value(0).toString() : QString();
        m_canEdit = permission == u"edit" || permission == u"manage";
        m_canDelete = permission == u"manage";
    }
    Q_EMIT rightsChanged();
}
