#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>
#include <QTime>

// A child's waking hours as the routines give them, and the rule that tells whether a session
// started outside them: before the wake time or from bedtime on, a bedtime after midnight included.
// The rule is SQL, written here once, for the activity chart and the notices.
struct WakingHours {
    // "HH:mm"; empty when the routines do not say (or say something that is not a time).
    QString wake;
    QString bed;

    [[nodiscard]] static WakingHours fromRoutines(const QJsonObject &routines);
    [[nodiscard]] bool known() const { return !wake.isEmpty() && !bed.isEmpty(); }
    // Binds :knowsWakingHours, :wake and :bed of outsideSql().
    template<typename Query>
    void bind(Query &query) const
    {
        for (const auto &[placeholder, value] : boundValues())
            query.bindValue(placeholder, value);
    }
    [[nodiscard]] QList<QPair<QString, QVariant>> boundValues() const;
    // True for a time of day outside waking hours; `sinceLocalMidnight` is an SQL interval.
    [[nodiscard]] static QString outsideSql(const QString &sinceLocalMidnight);
    // The same rule for one time of day on the window's side (tst_activity holds them equal), in a
    // parent's words: "before wake-up time, 07:00", "after bedtime, 21:00", or empty when the
    // child is expected to be up (or the routines do not say).
    [[nodiscard]] QString describe(QTime timeOfDay) const;
};
