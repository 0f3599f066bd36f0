#include "reportexport.h"
#include "pdfreportwriter.h"
#include "schemamigrator.h"
#include "sessionsql.h"
#include "sqlconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

namespace ReportExport {
namespace {

bool validId(const QString &id, const QString &what, QString *error)
{
    if (!QUuid::fromString(id).isNull())
        return true;
    *error = QCoreApplication::translate("ReportExport", "\"%1\" is not a %2 id.").arg(id, what);
    return false;
}

bool record(SqlConnection &db, const QString &childId, const QJsonObject &details, QString *error)
{
    db.clearFailure();
    QSqlQuery &query = db.prepared(QStringLiteral("SELECT nido.record_export(current_user, CAST(:child AS uuid), CAST(:details AS jsonb))"));
    query.bindValue(QStringLiteral(":child"), childId);
    query.bindValue(QStringLiteral(":details"), QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    if (db.exec(query, error)) {
        query.finish();
        return true;
    }
    const QString state = query.lastError().nativeErrorCode();
    query.finish();
    if (state == u"42501")
        *error = QCoreApplication::translate("ReportExport", "Exporting this child's data needs the \"manage\" permission; nothing was written.");
    else if (state == u"P0002")
        *error = QCoreApplication::translate("ReportExport", "No child has the id %1 (or it is not yours to see).").arg(childId);
    return false;
}

// Asked of the server, which enforces it: nido.record_export refuses a caller who may not export,
// in a transaction rolled back, so that nothing is recorded before anything is written.
bool mayExport(SqlConnection &db, const QString &childId, QString *error)
{
    if (!db.transaction(error))
        return false;
    const bool allowed = record(db, childId, {{QStringLiteral("check"), true}}, error);
    db.rollback();
    return allowed;
}

// Bytes written, of a file or of every file in a folder.
qint64 sizeOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return info.size();
    qint64 bytes = 0;
    QDirIterator files(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext())
        bytes += QFileInfo(files.next()).size();
    return bytes;
}

// Cancelled between two steps: what was written goes.
bool cancelled(const StillWanted &stillWanted, const QString &written, QString *error)
{
    if (!stillWanted || stillWanted())
        return false;
    if (!written.isEmpty())
        QFile::remove(written);
    *error = QCoreApplication::translate("ReportExport", "The export was cancelled; nothing was written.");
    return true;
}

bool writeFile(const QString &fileName, const QByteArray &content, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) < 0 || !file.commit()) {
        *error = QCoreApplication::translate("ReportExport", "Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

QByteArray sessionJson(const ReportData::Session &session)
{
    QJsonArray transcript;
    for (const ReportData::Message &message : session.transcript)
        transcript << QJsonObject{{QStringLiteral("from"), message.fromChild ? QStringLiteral("child") : QStringLiteral("agent")},
                                  {QStringLiteral("at"), message.at.toUTC().toString(Qt::ISODateWithMs)},
                                  {QStringLiteral("content"), message.content}};
    const auto optional = [](const std::optional<double> &value) { return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null); };
    return QJsonDocument(QJsonObject{
                             {QStringLiteral("id"), session.id},
                             {QStringLiteral("childId"), session.childId},
                             {QStringLiteral("child"), session.childName},
                             {QStringLiteral("agent"), session.agentName},
                             {QStringLiteral("startedAt"), session.startedAt.toUTC().toString(Qt::ISODateWithMs)},
                             {QStringLiteral("endedAt"), session.endedAt.toUTC().toString(Qt::ISODateWithMs)},
                             {QStringLiteral("durationSeconds"), session.durationSeconds < 0 ? QJsonValue(QJsonValue::Null) : session.durationSeconds},
                             {QStringLiteral("messageCount"), session.messageCount},
                             {QStringLiteral("tokens"), session.tokens},
                             {QStringLiteral("cost"), session.cost},
                             {QStringLiteral("memoriesCreated"), QJsonArray::fromStringList(session.memories)},
                             {QStringLiteral("deviceHealth"),
                              QJsonObject{{QStringLiteral("minBattery"), optional(session.minBattery)},
                                          {QStringLiteral("meanBattery"), optional(session.meanBattery)},
                                          {QStringLiteral("p95LatencyMs"), optional(session.p95Latency)},
                                          {QStringLiteral("meanAudioQuality"), optional(session.meanAudioQuality)},
                                          {QStringLiteral("errors"), session.errors},
                                          {QStringLiteral("heartbeats"), session.heartbeats}}},
                             {QStringLiteral("transcript"), transcript}})
        .toJson();
}

QByteArray sessionCsv(const ReportData::Session &session)
{
    QByteArray csv = "at,from,content\r\n";
    for (const ReportData::Message &message : session.transcript) {
        csv += ChildDataExport::csvCell(message.at.toUTC().toString(Qt::ISODateWithMs)) + ','
            + (message.fromChild ? "child" : "agent") + ',' + ChildDataExport::csvCell(message.content) + "\r\n";
    }
    return csv;
}

} // namespace

std::optional<Format> formatNamed(const QString &name)
{
    if (name == u"pdf")
        return Format::Pdf;
    if (name == u"json")
        return Format::Json;
    if (name == u"csv")
        return Format::Csv;
    return std::nullopt;
}

std::optional<ReportData::Session> readSession(SqlConnection &db, const QString &sessionId, QString *error)
{
    if (!validId(sessionId, QCoreApplication::translate("ReportExport", "session"), error))
        return std::nullopt;
    auto read = ReportData::readSession(db, sessionId, true, error);
    if (!read || !mayExport(db, read->childId, error))
        return std::nullopt;
    return read;
}

QJsonObject sessionRecord(const QString &sessionId, const QString &path)
{
    return {{QStringLiteral("session"), sessionId}, {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()}};
}

QJsonObject periodRecord(QDate from, QDate to, const QString &path)
{
    return {{QStringLiteral("report"), QStringLiteral("%1/%2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))},
            {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()}};
}

bool recordWritten(SqlConnection &db, const QString &childId, QJsonObject details, const QString &path, QString *error)
{
    details.insert(QStringLiteral("bytes"), sizeOf(path));
    if (record(db, childId, details, error))
        return true;
    // Unrecorded, it would be an export the caregivers' log does not show.
    const QFileInfo written(path);
    if (written.isDir())
        QDir(path).removeRecursively();
    else
        QFile::remove(path);
    *error = QCoreApplication::translate("ReportExport", "%1 The export was removed: an export is kept only once it is recorded.").arg(*error);
    return false;
}

bool writeSession(const ReportData::Session &session, Format format, const QString &fileName, QString *error,
                  const std::function<bool()> &stillWanted)
{
    if (format == Format::Pdf)
        return PdfReportWriter::writeSession(session, fileName, error, stillWanted);
    return writeFile(fileName, format == Format::Json ? sessionJson(session) : sessionCsv(session), error);
}

bool session(SqlConnection &db, const QString &sessionId, Format format, const QString &fileName, QString *error,
             const StillWanted &stillWanted)
{
    const auto read = readSession(db, sessionId, error);
    return read && !cancelled(stillWanted, {}, error) && writeSession(*read, format, fileName, error, stillWanted)
        && !cancelled(stillWanted, fileName, error) && recordWritten(db, read->childId, sessionRecord(sessionId, fileName), fileName, error);
}

std::optional<ReportData::Period> readPeriod(SqlConnection &db, const QString &childId, QDate from, QDate to, bool withTranscripts,
                                             QString *error)
{
    if (!validId(childId, QCoreApplication::translate("ReportExport", "child"), error))
        return std::nullopt;
    if (!from.isValid() || !to.isValid() || to < from) {
        *error = QCoreApplication::translate("ReportExport", "The period runs from a date to the same or a later one, as YYYY-MM-DD.");
        return std::nullopt;
    }
    if (from.daysTo(to) > 366) {
        *error = QCoreApplication::translate("ReportExport", "A report covers at most a year.");
        return std::nullopt;
    }
    if (!mayExport(db, childId, error))
        return std::nullopt;
    return ReportData::readPeriod(db, childId, from, to, withTranscripts, error);
}

bool period(SqlConnection &db, const QString &childId, QDate from, QDate to, bool withTranscripts, const QString &fileName, QString *error,
            const StillWanted &stillWanted)
{
    const auto read = readPeriod(db, childId, from, to, withTranscripts, error);
    return read && !cancelled(stillWanted, {}, error) && PdfReportWriter::writePeriod(*read, fileName, error, stillWanted)
        && !cancelled(stillWanted, fileName, error) && recordWritten(db, childId, periodRecord(from, to, fileName), fileName, error);
}

bool child(SqlConnection &db, const QString &childId, Format format, const QString &folder,
           const std::function<bool(qint64, qint64)> &progress, QString *error)
{
    if (!validId(childId, QCoreApplication::translate("ReportExport", "child"), error))
        return false;
    if (format == Format::Pdf) {
        *error = QCoreApplication::translate("ReportExport", "A child's data is exported as json or csv.");
        return false;
    }
    if (!mayExport(db, childId, error))
        return false;
    return ChildDataExport::run(db, childId, format == Format::Json ? ChildDataExport::Format::Json : ChildDataExport::Format::Csv, folder,
                                SchemaMigrator::latestVersion(), progress, error)
        && recordWritten(db, childId,
                         {{QStringLiteral("data"), format == Format::Json ? QStringLiteral("json") : QStringLiteral("csv")},
                          {QStringLiteral("folder"), QFileInfo(folder).absoluteFilePath()}},
                         folder, error);
}

bool receipt(SqlConnection &db, const QString &entry, Format format, const QString &fileName, QString *error)
{
    bool number = false;
    entry.toLongLong(&number);
    if (!number) {
        *error = QCoreApplication::translate("ReportExport", "\"%1\" is not the number of a deletion in the caregivers' log.").arg(entry);
        return false;
    }
    if (format == Format::Csv) {
        *error = QCoreApplication::translate("ReportExport", "A receipt is written as pdf or json.");
        return false;
    }
    QSqlQuery &query = db.prepared(QStringLiteral("SELECT nido.deletion_receipt(current_user, CAST(:entry AS bigint))::text"));
    query.bindValue(QStringLiteral(":entry"), entry);
    if (!db.exec(query, error) || !query.next()) {
        if (query.lastError().nativeErrorCode() == u"42501")
            *error = QCoreApplication::translate("ReportExport", "No deletion you may see has the number %1.").arg(entry);
        query.finish();
        return false;
    }
    const QByteArray json = query.value(0).toString().toUtf8();
    query.finish();
    const QJsonObject receipt = QJsonDocument::fromJson(json).object();
    if (format == Format::Json)
        return writeFile(fileName, QJsonDocument(receipt).toJson(), error);
    return PdfReportWriter::writeReceipt(receipt, fileName, error);
}

bool policy(SqlConnection &db, const QString &childId, const QString &fileName, QString *error)
{
    if (!validId(childId, QCoreApplication::translate("ReportExport", "child"), error))
        return false;
    QSqlQuery &child = db.prepared(QStringLiteral("SELECT %1 FROM %2").arg(SessionSql::childName(), SessionSql::child()));
    child.bindValue(QStringLiteral(":child"), childId);
    if (!db.exec(child, error))
        return false;
    if (!child.next()) {
        *error = QCoreApplication::translate("ReportExport", "No child has the id %1 (or it is not yours to see).").arg(childId);
        return false;
    }
    const QString childName = child.value(0).toString();
    child.finish();
    const auto categories = RetentionPolicy::readCategories(db, childId, error);
    return categories && PdfReportWriter::writePolicy(childName, *categories, fileName, error);
}

} // namespace ReportExport
