#pragma once

#include "dataloader.h"

#include <QVariantList>

class LocalDays;

// Today as the child lived it, for the routines page's day line: the sessions of today (each as
// minutes since local midnight, cut at the day's ends) and the minutes talked in all.
class RoutineDay : public DataLoader
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantList sessions READ sessions NOTIFY dayChanged)
    Q_PROPERTY(double minutesToday READ minutesToday NOTIFY dayChanged)

public:
    explicit RoutineDay(QObject *parent = nullptr);

    [[nodiscard]] QVariantList sessions() const { return m_day.sessions; }
    [[nodiscard]] double minutesToday() const { return m_day.minutes; }

Q_SIGNALS:
    void dayChanged();

protected:
    void clear() override;
    void load() override;

private:
    struct Day {
        QVariantList sessions; // {start, end}: minutes since local midnight
        double minutes = 0;
    };
    static void readDay(const QList<QSqlRecord> &rows, const LocalDays &today, Day &day);

    Day m_day;
};
