#include "routineday.h"
#include "database.h"
#include "databaseworker.h"
#include "localdays.h"
#include "sessionsql.h"

#include <QVariantMap>

namespace {

constexpr int mostSessionsShown = 200;

} // namespace

RoutineDay::RoutineDay(QObject *parent)
    : QObject(parent)
{
}

void RoutineDay::setChildId(const QString &childId)
{
    if (m_childId == childId)
        return;
    m_childId = childId;
    Q_EMIT childIdChanged();
    refresh();
}

void RoutineDay::refresh()
{
    const quint64 request = ++m_request;
    m_day = {};
    m_loading = !m_childId.isEmpty();
    Q_EMIT dayChanged();
    if (m_childId.isEmpty())
        return;
    auto job = [child = m_childId](SqlConnection &db) {
        Day day;
        const LocalDays today = LocalDays::lastDays(1);
        QSqlQuery &query = db.prepared(QStringLiteral(
            "SELECT GREATEST(x.s, CAST(:from AS timestamp)), LEAST(x.e, CAST(:to AS timestamp)) FROM ("
            "  SELECT vs.\"startedAt\" AS s, %1 AS e FROM voice_sessions vs "
            "  WHERE vs.\"userId\" = CAST(:child AS uuid) AND vs.\"startedAt\" >= CAST(:from AS timestamp) - interval '1 day' "
            "    AND vs.\"startedAt\" < CAST(:to AS timestamp)) x "
            "WHERE x.e > CAST(:from AS timestamp) ORDER BY x.s LIMIT %2").arg(SessionSql::end()).arg(mostSessionsShown));
        today.bind(query);
        query.bindValue(QStringLiteral(":child"), child);
        query.bindValue(QStringLiteral(":now"), Database::utcTimestamp(QDateTime::currentDateTime()));
        if (!db.exec(query, &day.error))
            return day;
        const QDateTime midnight = today.first().startOfDay();
        while (query.next()) {
            // Local minutes since midnight, so that a day of daylight-saving change draws right.
            const auto minutesAt = [&](const QVariant &value) {
                const QDateTime local = Database::fromUtcTimestamp(value).toLocalTime();
                return local.date() > midnight.date() ? 24 * 60.0 : local.time().msecsSinceStartOfDay() / 60000.0;
            };
            const double start = minutesAt(query.value(0));
            const double end = minutesAt(query.value(1));
            day.minutes += Database::fromUtcTimestamp(query.value(0)).secsTo(Database::fromUtcTimestamp(query.value(1))) / 60.0;
            day.sessions << QVariantMap{{QStringLiteral("start"), start}, {QStringLiteral("end"), qMax(start, end)}};
        }
        query.finish();
        return day;
    };
    DatabaseWorker::instance()->run<Day>(this, job, [this, request](const Day &day) {
        if (request != m_request)
            return;
        m_day = day;
        m_loading = false;
        Q_EMIT dayChanged();
    });
}
