#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

// How a value is written for a parent, the same on every page, in every report and export: money
// with enough decimals that no real session reads as free, and the name of an agent that is
// missing, a memory's category. QML calls them as Formats.dollars(…).
class Formats : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    // The backend's costs are US dollars, often fractions of a cent (0.0018): two decimals, or as
    // many as the first two significant digits need, in the parent's locale.
    Q_INVOKABLE static QString dollars(double amount);
    // A session or memory whose agent the backend did not record, or that was deleted.
    Q_INVOKABLE static QString agentName(const QString &name);
    // Time talked, given in minutes: "4 min", or with its seconds ("70 min 24 s") when `exact`;
    // under a minute in seconds ("40 s"), so that a day just over its limit never reads "+0 min".
    Q_INVOKABLE static QString minutes(double minutes, bool exact = false);
    // A moment in the parent's locale's short form, without seconds ("12/7/26 5:24 AM",
    // "7/12/26 5:24"); its time alone. Empty for no moment.
    Q_INVOKABLE static QString dateTime(const QDateTime &moment);
    Q_INVOKABLE static QString time(const QDateTime &moment);
    // A time axis's labels: the day ("7 Dec") across days, else the time without seconds.
    Q_INVOKABLE static QString timeAxisFormat(bool acrossDays);
    // A language code as its name in the parent's language ("es": "Spanish", "español" in a
    // Spanish window); a code Nido does not know, as written.
    Q_INVOKABLE static QString language(const QString &code);
    // Importance 0-1 in words, by the bands the timeline's filter uses (migration 23):
    // "Low importance" under 0.3, "High importance" from 0.7.
    Q_INVOKABLE static QString importance(double value);
    // A memory category as a parent reads it; one the backend added and Nido does not know, as it is.
    Q_INVOKABLE static QString category(const QString &name);
    // A memory type (episodic, semantic, procedural) with what it means; an unknown one as it is.
    Q_INVOKABLE static QString memoryType(const QString &name);
    // Words a parent wrote (avoided topics), each in quotation marks, as a list in the parent's
    // language: «ghosts», «storms».
    Q_INVOKABLE static QString quoted(const QStringList &words);
};
