#include "routineday.h"
#include "database.h"
#include "localdays.h"
#include "sessionsql.h"

#include <QVariantMap>

namespace {

constexpr int mostSessionsShown = 200;

} // namespace

RoutineDay::RoutineDay(QObject *parent)
    : DataLoader(parent)
{
}

void RoutineDay::clear()
{
    m_day = {};
    Q_EMIT dayChanged();
}

void RoutineDay::load()
{
    const LocalDays today = LocalDays::lastDays(1);
    SqlStatement query;
    query.prepare(QStringLiteral(
        "SELECT GREATEST(x.s, CAST(:from AS timestamp)), LEAST(x.e, CAST(:to AS timestamp)) FROM ("
        "  SELECT vs.\"startedAt\" AS s, %1 AS e FROM %2) x "
        "WHERE x.e > CAST(:from AS timestamp) ORDER BY x.s LIMIT %3")
        .arg(SessionSql::end(), SessionSql::childSessions(QStringLiteral("CAST(:from AS timestamp) - interval '1 day'"), QStringLiteral("CAST(:to AS timestamp)")))
        .arg(mostSessionsShown));
    today.bind(query);
    query.bindValue(QStringLiteral(":child"), childId());
    query.bindValue(QStringLiteral(":now"), Database::utcTimestamp(QDateTime::currentDateTime()));
    readBatch<Day>(
        {query},
        [today](SqlConnection &, QList<QList<QSqlRecord>> &rows, Day &day, QString *) {
            readDay(rows[0], today, day);
            return true;
        },
        [this](Day &&day) {
            m_day = std::move(day);
            Q_EMIT dayChanged();
        });
}

void RoutineDay::readDay(const QList<QSqlRecord> &rows, const LocalDays &today, Day &day)
{
    const QDateTime midnight = today.first().startOfDay();
    for (const QSqlRecord &row : rows) {
        // Local minutes since midnight, so that a day of daylight-saving change draws right.
        const auto minutesAt = [&](const QVariant &value) {
            const QDateTime local = Database::fromUtcTimestamp(value).toLocalTime();
            return local.date() > midnight.date() ? 24 * 60.0 : local.time().msecsSinceStartOfDay() / 60000.0;
        };
        const double start = minutesAt(row.value(0));
        const double end = minutesAt(row.value(1));
        day.minutes += Database::fromUtcTimestamp(row.value(0)).secsTo(Database::fromUtcTimestamp(row.value(1))) / 60.0;
        day.sessions << QVariantMap{{QStringLiteral("start"), start}, {QStringLiteral("end"), qMax(start, end)}};
    }
}
