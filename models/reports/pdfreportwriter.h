#pragma once

#include "reportdata.h"

#include <QString>

// Writes session and period reports as PDF, in the language Nido speaks, with page numbers. Every
// piece of text from the database is inserted as plain text: HTML, right-to-left marks and emoji
// print as they are, control characters written out ([U+0007]), and all of it stays searchable.
// The file is written whole or not at all.
class PdfReportWriter
{
public:
    static bool writeSession(const ReportData::Session &session, const QString &fileName, QString *error);
    static bool writePeriod(const ReportData::Period &period, const QString &fileName, QString *error);
    // Control characters (other than line breaks and tabs) written out as [U+0007].
    [[nodiscard]] static QString printable(const QString &text);
};
