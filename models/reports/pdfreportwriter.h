#pragma once

#include "reportdata.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

class PdfReport;

// Writes session and period reports as PDF, in the language Nido speaks, with page numbers. Every
// piece of text from the database is inserted as plain text: HTML, right-to-left marks and emoji
// print as they are, control characters written out ([U+0007]), and all of it stays searchable.
// The file is written whole or not at all.
class PdfReportWriter
{
public:
    // On the GUI thread (they draw charts); the report is then written by any one thread.
    [[nodiscard]] static std::unique_ptr<PdfReport> composeSession(const ReportData::Session &session);
    [[nodiscard]] static std::unique_ptr<PdfReport> composePeriod(const ReportData::Period &period);
    // A deletion's receipt, as nido.deletion_receipt gives it: ids, categories and counts, no content.
    [[nodiscard]] static std::unique_ptr<PdfReport> composeReceipt(const QJsonObject &receipt);
    // How long Nido keeps the child's memories, printed alone; the period's report holds it too.
    [[nodiscard]] static std::unique_ptr<PdfReport> composePolicy(const QString &childName, const QList<RetentionPolicy::Category> &categories);
    // From any thread: the report is composed on the GUI thread and written on the caller's.
    // `stillWanted` is asked while the GUI thread is busy; false abandons the report.
    static bool writeSession(const ReportData::Session &session, const QString &fileName, QString *error,
                             const std::function<bool()> &stillWanted = {});
    static bool writePeriod(const ReportData::Period &period, const QString &fileName, QString *error,
                            const std::function<bool()> &stillWanted = {});
    static bool writeReceipt(const QJsonObject &receipt, const QString &fileName, QString *error);
    static bool writePolicy(const QString &childName, const QList<RetentionPolicy::Category> &categories, const QString &fileName,
                            QString *error);
    // Control characters (other than line breaks and tabs) written out as [U+0007].
    [[nodiscard]] static QString printable(const QString &text);
};
