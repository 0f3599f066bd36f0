#include "localdays.h"
#include "database.h"

#include <QDateTime>
#include <QLocale>
#include <QVariant>

LocalDays::LocalDays(QDate first, int count)
    : m_first(first)
    , m_count(count)
{
}

LocalDays LocalDays::lastDays(int count)
{
    return LocalDays(QDate::currentDate().addDays(1 - count), count);
}

QString LocalDays::rowsSql()
{
    return QStringLiteral("unnest(CAST(:starts AS timestamp[]), CAST(:ends AS timestamp[])) WITH ORDINALITY AS d(s, e, i)");
}

QList<QPair<QString, QVariant>> LocalDays::boundValues() const
{
    QStringList starts;
    QStringList ends;
    for (int day = 0; day < m_count; ++day) {
        starts << Database::utcTimestamp(QDateTime(m_first.addDays(day), QTime(0, 0)));
        ends << Database::utcTimestamp(QDateTime(m_first.addDays(day + 1), QTime(0, 0)));
    }
    return {{QStringLiteral(":starts"), QString(u'{' + starts.join(u',') + u'}')},
            {QStringLiteral(":ends"), QString(u'{' + ends.join(u',') + u'}')},
            {QStringLiteral(":from"), starts.value(0)},
            {QStringLiteral(":to"), ends.value(ends.size() - 1)}};
}

QString LocalDays::startTimestamp() const
{
    return Database::utcTimestamp(QDateTime(m_first, QTime(0, 0)));
}

QStringList LocalDays::labels() const
{
    QStringList labels;
    for (int day = 0; day < m_count; ++day)
        // "7 Nov", never "7/11": an English reader takes that for July.
        labels << QLocale().toString(m_first.addDays(day), m_count > 7 ? QStringLiteral("d MMM") : QStringLiteral("ddd d"));
    return labels;
}
