#pragma once

#include "childdataexport.h"
#include "reportdata.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <functional>

class SqlConnection;

// The three exports, as the command line and the window run them: each asks the server whether the
// caller may export this child's data before it reads, and has it recorded (nido.record_export),
// with what was written, once it is written. An export that cannot be recorded is removed.
namespace ReportExport {

enum class Format { Pdf, Json, Csv };
[[nodiscard]] std::optional<Format> formatNamed(const QString &name);

// Reading, writing and recording apart: a PDF draws QtCharts, which only the GUI thread may use,
// while the reading and the recording may run anywhere.
std::optional<ReportData::Session> readSession(SqlConnection &db, const QString &sessionId, QString *error);
bool writeSession(const ReportData::Session &session, Format format, const QString &fileName, QString *error,
                  const std::function<bool()> &stillWanted = {});
std::optional<ReportData::Period> readPeriod(SqlConnection &db, const QString &childId, QDate from, QDate to, bool withTranscripts,
                                             QString *error);
// What the caregivers' log says of a report written to `path`.
[[nodiscard]] QJsonObject sessionRecord(const QString &sessionId, const QString &path);
[[nodiscard]] QJsonObject periodRecord(QDate from, QDate to, const QString &path);
// Records an export written to `path` (a file or a folder), with its size; when the server does not
// take the record, removes what was written.
bool recordWritten(SqlConnection &db, const QString &childId, QJsonObject details, const QString &path, QString *error);

// Asked between the steps of an export (and, for a child's data, between its rows): false cancels
// it, and removes what it wrote.
using StillWanted = std::function<bool()>;

bool session(SqlConnection &db, const QString &sessionId, Format format, const QString &fileName, QString *error,
             const StillWanted &stillWanted = {});
bool period(SqlConnection &db, const QString &childId, QDate from, QDate to, bool withTranscripts, const QString &fileName, QString *error,
            const StillWanted &stillWanted = {});
bool child(SqlConnection &db, const QString &childId, Format format, const QString &folder,
           const std::function<bool(qint64, qint64)> &progress, QString *error);
// A deletion's receipt (the caregivers' log entry number `entry`), checked against the database now,
// as PDF or JSON. It holds ids, categories and counts, no content: no "manage" needed, and not an
// export of the child's data.
bool receipt(SqlConnection &db, const QString &entry, Format format, const QString &fileName, QString *error);
// How long Nido keeps the child's memories, as a PDF to print: the settings, no memory.
bool policy(SqlConnection &db, const QString &childId, const QString &fileName, QString *error);

} // namespace ReportExport
