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
    if (query.exec(QStringLiteral("SELECT to_regclass('nido.caregiver_children') IS NOT NULL AND "
                                  "pg_has_role(current_user, 'nido_caregiver', 'MEMBER')"))
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
