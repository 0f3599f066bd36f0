#pragma once

#include <QJsonObject>
#include <QString>
#include <QTime>

// A child's waking hours as the routines give them, and the rule that tells whether a session
// started outside them: before the wake time or from bedtime on, a bedtime after midnight included.
// The rule is SQL, written here once, for the overview, the activity chart and the notices; the
// server reads the hours from the routines itself (nido.waking_hours, migration 27), so a statement
// needs no answer of another to apply it.
struct WakingHours {
    // "HH:mm"; empty when the routines do not say (or say something that is not a time).
    QString wake;
    QString bed;

    [[nodiscard]] static WakingHours fromRoutines(const QJsonObject &routines);
    [[nodiscard]] bool known() const { return !wake.isEmpty() && !bed.isEmpty(); }
    // The hours (alias wh, one row) of the child :child's routines, or of `routinesSql`, a JSONB
    // expression: what outsideSql() reads.
    [[nodiscard]] static QString ofChildSql();
    [[nodiscard]] static QString ofRoutinesSql(const QString &routinesSql);
    // True for a time of day outside waking hours; `sinceLocalMidnight` is an SQL interval.
    [[nodiscard]] static QString outsideSql(const QString &sinceLocalMidnight);
    // The same rule for one time of day on the window's side (tst_activity holds them equal), in a
    // parent's words: "before wake-up time, 07:00", "after bedtime, 21:00", or empty when the
    // child is expected to be up (or the routines do not say).
    [[nodiscard]] QString describe(QTime timeOfDay) const;
};
