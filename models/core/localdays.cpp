#include "localdays.h"
#include "database.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
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
    // A day ends where the next starts: the period's midnights, in the system's zone read once (a
    // local QDateTime asks the C library, which reads the zone's file again for each: a year's
    // report spent a seventh of its time there).
    const QTimeZone zone = QTimeZone::systemTimeZone();
    QStringList midnights;
    for (int day = 0; day <= m_count; ++day)
        midnights << Database::utcTimestamp(QDateTime(m_first.addDays(day), QTime(0, 0), zone));
    const QStringList starts = midnights.mid(0, m_count);
    const QStringList ends = midnights.mid(1);
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
