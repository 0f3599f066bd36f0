#include "accessrights.h"
#include "databaseworker.h"


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
    struct Rights {
        bool caregiver = false;
        QString permission;
    };
    DatabaseWorker::instance()->run<Rights>(
        this,
        [child = m_childId](SqlConnection &db) {
            Rights rights;
            QString error;
            // pg_has_role() says yes for superusers too; the caregivers table names the real ones.
            QSqlQuery &installed = db.prepared(QStringLiteral("SELECT to_regclass('nido.caregivers') IS NOT NULL"));
            if (!db.exec(installed, &error) || !installed.next() || !installed.value(0).toBool())
                return rights;
            QSqlQuery &caregiver = db.prepared(QStringLiteral(
                "SELECT EXISTS (SELECT 1 FROM nido.caregivers WHERE role = current_user), "
                "  (SELECT permission::text FROM nido.caregiver_children WHERE role = current_user AND \"userId\" = CAST(:child AS uuid))"));
            caregiver.bindValue(QStringLiteral(":child"), child);
            if (db.exec(caregiver, &error) && caregiver.next()) {
                rights.caregiver = caregiver.value(0).toBool();
                rights.permission = caregiver.value(1).toString();
            }
            return rights;
        },
        [this, child = m_childId](const Rights &rights) {
            if (child != m_childId)
                return;
            m_caregiver = rights.caregiver;
            m_canEdit = !m_caregiver || rights.permission == u"edit" || rights.permission == u"manage";
            m_canDelete = !m_caregiver || rights.permission == u"manage";
            Q_EMIT rightsChanged();
        });
}
