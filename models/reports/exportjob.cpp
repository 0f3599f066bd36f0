#include "exportjob.h"
#include "databaseworker.h"
#include "exportthread.h"
#include "reportexport.h"
#include "sqlconnection.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace {

const auto lastFolderKey = QStringLiteral("reports/lastFolder");

// A name any file system takes: no folder separators, no control characters.
QString safeFileName(QString name)
{
    for (QChar &ch : name) {
        if (ch == u'/' || ch == u'\\' || ch.category() == QChar::Other_Control)
            ch = u'-';
    }
    return name.trimmed();
}

QString shortDate(QDate date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

} // namespace

ExportJob::ExportJob(QObject *parent)
    : QObject(parent)
{
}

ExportJob::~ExportJob()
{
    if (m_ended.valid()) {
        m_cancelled->store(true);
        // An export still queued behind another one's ends as soon as it starts, without this job.
        if (m_started->load())
            m_ended.wait();
    }
}

QUrl ExportJob::lastFolder() const
{
    const QString folder = QSettings().value(lastFolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return QUrl::fromLocalFile(folder);
    return QUrl::fromLocalFile(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}

void ExportJob::rememberFolder(const QString &folder)
{
    if (folder.isEmpty() || QSettings().value(lastFolderKey).toString() == folder)
        return;
    QSettings().setValue(lastFolderKey, folder);
    Q_EMIT lastFolderChanged();
}

QString ExportJob::sessionFileName(const QString &childName, const QDateTime &startedAt, const QString &format)
{
    //: A suggested file name: the child's name and the day of the session.
    return safeFileName(QCoreApplication::translate("ExportJob", "%1 – session %2").arg(childName, shortDate(startedAt.date())))
        + u'.' + format;
}

QString ExportJob::periodFileName(const QString &childName, const QString &from, const QString &to)
{
    const QDate first = QDate::fromString(from.trimmed(), Qt::ISODate);
    const QDate last = QDate::fromString(to.trimmed(), Qt::ISODate);
    //: A suggested file name: the child's name and the report's first and last day.
    return safeFileName(QCoreApplication::translate("ExportJob", "%1 – report %2 to %3").arg(childName, shortDate(first), shortDate(last)))
        + QStringLiteral(".pdf");
}

QString ExportJob::targetProblem(const QString &target)
{
    if (target.trimmed().isEmpty())
        return QCoreApplication::translate("ExportJob", "Choose a file to save to: no file name was given.");
    const QFileInfo file(target);
    if (file.isDir())
        return QCoreApplication::translate("ExportJob", "Cannot save to “%1”: it is a folder. Choose a file name.").arg(QDir::toNativeSeparators(target));
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir())
        return QCoreApplication::translate("ExportJob", "Cannot save “%1”: the folder %2 does not exist.")
            .arg(file.fileName(), QDir::toNativeSeparators(folder.filePath()));
    if (!folder.isWritable() || (file.exists() && !file.isWritable()))
        return QCoreApplication::translate("ExportJob", "Cannot save “%1”: you may not write in %2.")
            .arg(file.fileName(), QDir::toNativeSeparators(folder.filePath()));
    return {};
}

void ExportJob::refuse(const QString &message)
{
    m_progress = -1;
    m_succeeded = false;
    m_message = message;
    Q_EMIT stateChanged();
    Q_EMIT finished(false);
}

void ExportJob::dismiss()
{
    if (running() || m_message.isEmpty())
        return;
    m_message.clear();
    m_succeeded = false;
    Q_EMIT stateChanged();
}

void ExportJob::start(const QString &target, Work work)
{
    if (running())
        return;
    if (const QString problem = targetProblem(target); !problem.isEmpty()) {
        refuse(problem);
        return;
    }
    rememberFolder(QFileInfo(target).absolutePath());
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    m_progress = -1;
    m_succeeded = false;
    m_message = QCoreApplication::translate("ExportJob", "Exporting to %1…").arg(target);
    const QString conninfo = DatabaseWorker::instance()->conninfo();
    const auto cancelled = m_cancelled;
    const QPointer<ExportJob> self(this);
    auto ended = std::make_shared<std::promise<void>>();
    m_ended = ended->get_future();
    m_started = std::make_shared<std::atomic<bool>>(false);
    ExportThread::run(conninfo, [self, cancelled, started = m_started, target, ended, work = std::move(work)](SqlConnection &db) {
        started->store(true);
        QString error;
        const bool ok = !cancelled->load() && db.ensureOpen(&error)
            && work(db,
                    [self, cancelled](qint64 done, qint64 total) {
                        const double share = total > 0 ? double(done) / double(total) : -1;
                        QMetaObject::invokeMethod(self, [self, share] {
                            if (self) {
                                self->m_progress = share;
                                Q_EMIT self->stateChanged();
                            }
                        }, Qt::QueuedConnection);
                        return !cancelled->load();
                    },
                    [cancelled] { return !cancelled->load(); }, &error);
        if (!ok && error.isEmpty() && cancelled->load())
            error = QCoreApplication::translate("ReportExport", "The export was cancelled; nothing was written.");
        QMetaObject::invokeMethod(self, [self, ok, error, target]() {
            if (self)
                self->finish(ok, error, target);
        }, Qt::QueuedConnection);
        ended->set_value();
    });
    Q_EMIT stateChanged();
}

void ExportJob::finish(bool ok, const QString &error, const QString &target)
{
    m_ended = {};
    m_succeeded = ok;
    m_progress = ok ? 1 : -1;
    m_message = ok ? QCoreApplication::translate("ExportJob", "Saved %1.").arg(QDir::toNativeSeparators(target)) : error;
    Q_EMIT stateChanged();
    Q_EMIT finished(ok);
}

void ExportJob::exportSession(const QString &sessionId, const QString &format, const QUrl &file)
{
    const auto kind = ReportExport::formatNamed(format).value_or(ReportExport::Format::Pdf);
    const QString path = file.toLocalFile();
    start(path, [sessionId, kind, path](SqlConnection &db, const Progress &, const StillWanted &stillWanted, QString *error) {
        return ReportExport::session(db, sessionId, kind, path, error, stillWanted);
    });
}

void ExportJob::exportPeriod(const QString &childId, const QString &from, const QString &to, bool withTranscripts, const QUrl &file)
{
    const QString path = file.toLocalFile();
    const QDate first = QDate::fromString(from.trimmed(), Qt::ISODate);
    const QDate last = QDate::fromString(to.trimmed(), Qt::ISODate);
    start(path, [childId, first, last, withTranscripts, path](SqlConnection &db, const Progress &, const StillWanted &stillWanted, QString *error) {
        return ReportExport::period(db, childId, first, last, withTranscripts, path, error, stillWanted);
    });
}

void ExportJob::exportReceipt(const QString &entry, const QString &format, const QUrl &file)
{
    const auto kind = ReportExport::formatNamed(format).value_or(ReportExport::Format::Pdf);
    const QString path = file.toLocalFile();
    start(path, [entry, kind, path](SqlConnection &db, const Progress &, const StillWanted &, QString *error) {
        return ReportExport::receipt(db, entry, kind, path, error);
    });
}

void ExportJob::exportPolicy(const QString &childId, const QUrl &file)
{
    const QString path = file.toLocalFile();
    start(path, [childId, path](SqlConnection &db, const Progress &, const StillWanted &, QString *error) {
        return ReportExport::policy(db, childId, path, error);
    });
}

void ExportJob::exportChild(const QString &childId, const QString &format, const QUrl &parentFolder, const QString &name)
{
    const auto kind = ReportExport::formatNamed(format).value_or(ReportExport::Format::Json);
    const QString path = QDir(parentFolder.toLocalFile()).filePath(name);
    start(path, [childId, kind, path](SqlConnection &db, const Progress &progress, const StillWanted &, QString *error) {
        return ReportExport::child(db, childId, kind, path, progress, error);
    });
}

void ExportJob::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}
