#include "childoverview.h"
#include "changehub.h"
#include "databaseworker.h"

#include <QLocale>

ChildOverview::ChildOverview(QObject *parent)
    : QObject(parent)
{
    // Name, age, limit and waking hours come from the profile.
    connect(ChangeHub::instance(), &ChangeHub::profileChanged, this, [this](const QString &child) {
        if (child == m_childId)
            refresh();
    });
    // Its memory count follows deletions made anywhere.
    connect(ChangeHub::instance(), &ChangeHub::memoriesChanged, this, [this](const QString &child) {
        if (child == m_childId)
            refresh();
    });
}

void ChildOverview::setChildId(const QString &childId)
{
    if (m_childId == childId)
        return;
    m_childId = childId;
    Q_EMIT childIdChanged();
    refresh();
}

QDateTime ChildOverview::now() const
{
    return m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTime();
}

QDate ChildOverview::weekStart() const
{
    const QDate today = now().date();
    const int firstDay = QLocale().firstDayOfWeek();
    return today.addDays(-((today.dayOfWeek() - firstDay + 7) % 7));
}

void ChildOverview::refresh()
{
    const quint64 generation = ++m_generation;
    m_figures = {};
    m_ready = false;
    m_errorString.clear();
    m_loading = !m_childId.isEmpty();
    Q_EMIT figuresChanged();
    if (!m_loading)
        return;
    struct Result {
        ChildOverviewFigures figures;
        QString error;
        bool ok = false;
    };
    DatabaseWorker::instance()->run<Result>(
        this,
        [child = m_childId, first = weekStart(), now = now()](SqlConnection &db) {
            Result result;
            result.ok = result.figures.load(db, child, first, now, &result.error);
            return result;
        },
        [this, generation](Result result) {
            if (generation != m_generation)
                return;
            m_figures = std::move(result.figures);
            m_ready = result.ok;
            m_errorString = result.error;
            m_loading = false;
            Q_EMIT figuresChanged();
        });
}
