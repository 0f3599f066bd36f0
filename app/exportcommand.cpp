#include "exportcommand.h"
#include "interruption.h"
#include "reportexport.h"
#include "sqlconnection.h"

#include <QCoreApplication>
#include <QLocale>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace {

const auto exportCommand = QStringLiteral("export");

} // namespace

QList<QCommandLineOption> ExportCommand::options()
{
    return {
        {QStringLiteral("format"), QCoreApplication::translate("ExportCommand", "export: pdf, json or csv."), QCoreApplication::translate("ExportCommand", "format", "a value name in --help")},
        {{QStringLiteral("o"), QStringLiteral("output")}, QCoreApplication::translate("ExportCommand", "export: the file (or, for a child's data, the folder) to write."),
         QCoreApplication::translate("ExportCommand", "path", "a value name in --help")},
        {QStringLiteral("from"), QCoreApplication::translate("ExportCommand", "export report: the first day, as YYYY-MM-DD."), QCoreApplication::translate("ExportCommand", "date", "a value name in --help")},
        {QStringLiteral("to"), QCoreApplication::translate("ExportCommand", "export report: the last day, as YYYY-MM-DD."), QCoreApplication::translate("ExportCommand", "date", "a value name in --help")},
        {QStringLiteral("without-transcripts"), QCoreApplication::translate("ExportCommand", "export report: leave the sessions' transcripts out.")},
    };
}

bool ExportCommand::matches(const QStringList &positional)
{
    if (positional.value(0) != exportCommand)
        return false;
    const QString what = positional.value(1);
    return (what == u"report" && positional.size() == 2)
        || ((what == u"session" || what == u"child" || what == u"receipt") && positional.size() == 3);
}

bool ExportCommand::run(const QStringList &positional, const QCommandLineParser &parser, const QString &conninfo, QString *error)
{
    const QString what = positional.value(1);
    const QString output = QDir::cleanPath(parser.value(QStringLiteral("output")));
    if (parser.value(QStringLiteral("output")).isEmpty()) {
        *error = QCoreApplication::translate("ExportCommand", "say where to write with -o PATH");
        return false;
    }
    const QString formatName = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                      : (what == u"child" ? QStringLiteral("json") : QStringLiteral("pdf"));
    const auto format = ReportExport::formatNamed(formatName);
    if (!format) {
        *error = QCoreApplication::translate("ExportCommand", "unknown format \"%1\"; use pdf, json or csv").arg(formatName);
        return false;
    }
    // A file's folder must exist; a child's export folder is created (its parent must exist).
    const QFileInfo target(output);
    if (!target.absoluteDir().exists()) {
        *error = QCoreApplication::translate("ExportCommand", "cannot write %1: the folder %2 does not exist").arg(output, target.absolutePath());
        return false;
    }

    // Ctrl+C or a kill cancels it as Cancel does in the window.
    Interruption::install();
    const auto stillWanted = [] { return Interruption::received() == 0; };
    SqlConnection db(QStringLiteral("nido-export"));
    db.setConninfo(conninfo);
    if (!db.ensureOpen(error))
        return false;
    if (what == u"session")
        return ReportExport::session(db, positional.value(2), *format, output, error, stillWanted);
    if (what == u"receipt")
        return ReportExport::receipt(db, positional.value(2), *format, output, error);
    if (what == u"child") {
        QTextStream err(stderr);
        qint64 shown = -1;
        return ReportExport::child(db, positional.value(2), *format, output,
                                   [&](qint64 done, qint64 total) {
                                       const qint64 percent = total > 0 ? done * 100 / total : 100;
                                       if (percent / 10 != shown / 10) {
                                           err << QCoreApplication::translate("ExportCommand", "exported %1 of %2 rows").arg(QLocale().toString(done), QLocale().toString(total)) << Qt::endl;
                                           shown = percent;
                                       }
                                       return stillWanted();
                                   },
                                   error);
    }
    const QDate from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!from.isValid() || !to.isValid()) {
        *error = QCoreApplication::translate("ExportCommand", "--from and --to take dates as YYYY-MM-DD");
        return false;
    }
    if (*format != ReportExport::Format::Pdf) {
        *error = QCoreApplication::translate("ExportCommand", "a period report is a pdf");
        return false;
    }
    const bool withTranscripts = !parser.isSet(QStringLiteral("without-transcripts"));
    return ReportExport::period(db, parser.value(QStringLiteral("child")), from, to, withTranscripts, output, error, stillWanted);
}
