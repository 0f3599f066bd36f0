#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>
#include <QStringList>

// The family's calendar days as intervals of the UTC timestamps the backend stores. Each day runs
// from its own local midnight to the next, so a day holds 23 or 25 hours across a daylight-saving
// change and every row lands on the day the parent lived it; shifting by today's UTC offset
// would put a summer night on the day before.
class LocalDays
{
public:
    LocalDays(QDate first, int count);
    // The last `count` days up to today.
    [[nodiscard]] static LocalDays lastDays(int count);

    // The days as rows d(s, e, i) of a FROM clause: start, end (UTC) and number from 1.
    [[nodiscard]] static QString rowsSql();
    // Binds :starts and :ends for rowsSql(), and :from and :to, the bounds of all the days.
    template<typename Query>
    void bind(Query &query) const
    {
        for (const auto &[placeholder, value] : boundValues())
            query.bindValue(placeholder, value);
    }
    [[nodiscard]] QList<QPair<QString, QVariant>> boundValues() const;
    // Local midnight of the first day, as the UTC timestamp text queries bind.
    [[nodiscard]] QString startTimestamp() const;

    [[nodiscard]] QDate first() const { return m_first; }
    [[nodiscard]] int count() const { return m_count; }
    // Labels for a chart's axis: weekday and day for a week, day/month beyond.
    [[nodiscard]] QStringList labels() const;

private:
    QDate m_first;
    int m_count;
};
