#include "childoverview.h"
#include "changehub.h"
#include "databaseworker.h"

ChildOverview::ChildOverview(QObject *parent)
    : DataLoader(parent)
{
    // Name, age, limit and waking hours come from the profile; its memory count follows deletions
    // made anywhere.
    ChangeHub::follow(this, ChangeHub::Change::Profile | ChangeHub::Change::Memories, [this] { return childId(); }, [this] { refresh(); });
}

QDateTime ChildOverview::now() const
{
    return m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTime();
}

QDate ChildOverview::weekStart() const
{
    // The last 7 days, today's included, as Screen Time shows them: a calendar week's Monday
    // would hold nothing to compare.
    return now().date().addDays(-6);
}

void ChildOverview::clear()
{
    m_figures = {};
    Q_EMIT figuresChanged();
}

void ChildOverview::load()
{
    readBatch<ChildOverviewFigures>(
        ChildOverviewFigures::statements(childId(), weekStart(), now()),
        [first = weekStart(), now = now()](SqlConnection &, QList<QList<QSqlRecord>> &rows, ChildOverviewFigures &figures, QString *error) {
            return figures.read(rows, first, now, error);
        },
        [this](ChildOverviewFigures &&figures) {
            m_figures = std::move(figures);
            Q_EMIT figuresChanged();
        });
}
