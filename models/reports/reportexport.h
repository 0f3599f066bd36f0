#pragma once

#include "childdataexport.h"
#include "reportdata.h"

#include <QDate>
#include <QString>

#include <functional>

class SqlConnection;

// The three exports, as the command line and the window run them: each checks that the caller may
// export this child's data and has the server record it (nido.record_export) before it writes.
namespace ReportExport {

enum class Format { Pdf, Json, Csv };
[[nodiscard]] std::optional<Format> formatNamed(const QString &name);

// Reading (and recording) and writing apart: a PDF draws QtCharts, which only the GUI thread may
// use, while the reading may run anywhere.
std::optional<ReportData::Session> readSession(SqlConnection &db, const QString &sessionId, const QString &fileName, QString *error);
bool writeSession(const ReportData::Session &session, Format format, const QString &fileName, QString *error);
std::optional<ReportData::Period> readPeriod(SqlConnection &db, const QString &childId, QDate from, QDate to, bool withTranscripts,
                                             const QString &fileName, QString *error);

bool session(SqlConnection &db, const QString &sessionId, Format format, const QString &fileName, QString *error);
bool period(SqlConnection &db, const QString &childId, QDate from, QDate to, bool withTranscripts, const QString &fileName, QString *error);
bool child(SqlConnection &db, const QString &childId, Format format, const QString &folder,
           const std::function<bool(qint64, qint64)> &progress, QString *error);

} // namespace ReportExport
