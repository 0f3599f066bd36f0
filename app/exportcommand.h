#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

// `nido export session|report|child ...`: the reports and the child's data, for scripts.
class ExportCommand
{
public:
    [[nodiscard]] static QList<QCommandLineOption> options();
    // Whether the positional arguments name an export ("export session <id>", ...).
    [[nodiscard]] static bool matches(const QStringList &positional);
    // Runs it against the database at `conninfo`; on failure `error` says why.
    static bool run(const QStringList &positional, const QCommandLineParser &parser, const QString &conninfo, QString *error);
};
