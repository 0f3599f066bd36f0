#pragma once

#include "childoverviewfigures.h"
#include "dataloader.h"

#include <QtQml/qqmlregistration.h>

// Today and this week at a glance for one child: time talked against the routine's screen-time
// limit, sessions, memories and device alerts. Every figure is aggregated by PostgreSQL, on the
// database worker; while they load, no figure of another child is shown.
class ChildOverview : public DataLoader
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ChildOverviewFigures figures READ figures NOTIFY figuresChanged)

public:
    explicit ChildOverview(QObject *parent = nullptr);

    // Tests pin "now"; the app uses the clock.
    void setReferenceTime(const QDateTime &localTime) { m_referenceTime = localTime; }

    [[nodiscard]] const ChildOverviewFigures &figures() const { return m_figures; }
    [[nodiscard]] QDate weekStart() const;

Q_SIGNALS:
    void figuresChanged();

protected:
    void clear() override;
    void load() override;

private:
    [[nodiscard]] QDateTime now() const;

    QDateTime m_referenceTime;
    ChildOverviewFigures m_figures;
};
