#include "childrowsmodel.h"

void ChildRowsModel::setChildId(const QString &childId)
{
    if (m_childId == childId)
        return;
    m_childId = childId;
    Q_EMIT childIdChanged();
    scheduleReload(true);
}
