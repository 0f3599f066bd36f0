#pragma once

#include "childdataexport.h"

#include <QDate>
#include <QString>

#include <functional>

class SqlConnection;

// The three exports, as the command line and the window run them: each checks that the caller may
// export this child's data and has the server record it (nido.record_export) before it writes.
namespace ReportExport {

enum class Format { Pdf, Json, Csv };
[[nodiscard]] std::optional<Format> formatNamed(const QString &name);

bool session(SqlConnection &db, const QString &sessionId, Format format, const QString &fileName, QString *error);
bool period(SqlConnection &db, const QString &childId, QDate from, QDate to, bool withTranscripts, const QString &fileName, QString *error);
bool child(SqlConnection &db, const QString &childId, Format format, const QString &folder,
           const std::function<bool(qint64, qint64)> &progress, QString *error);

} // namespace ReportExport
