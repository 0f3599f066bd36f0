#include "exportjob.h"
#include "databaseworker.h"
#include "pdfreportwriter.h"
#include "reportexport.h"
#include "sqlconnection.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QThread>

namespace {


} // namespace

ExportJob::ExportJob(QObject *parent)
    : QObject(parent)
{
}

ExportJob::~ExportJob()
{
    if (m_thread) {
        m_cancelled->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void ExportJob::start(const QString &target, Work work)
{
    if (m_thread)
        return;
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    m_progress = -1;
    m_succeeded = false;
    m_message = QCoreApplication::translate("ExportJob", "Exporting to %1…").arg(target);
    const QString conninfo = DatabaseWorker::instance()->conninfo();
    const auto cancelled = m_cancelled;
    const QPointer<ExportJob> self(this);
    m_thread = QThread::create([self, conninfo, cancelled, target, work = std::move(work)] {
        QString error;
        bool ok = false;
        Then then;
        {
            SqlConnection db(QStringLiteral("nido-export-%1").arg(quintptr(QThread::currentThreadId())));
            db.setConninfo(conninfo);
            ok = db.ensureOpen(&error)
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
                        &error, &then);
        }
        QMetaObject::invokeMethod(self, [self, ok, error, target, then, cancelled]() mutable {
            if (!self)
                return;
            // Cancelled while reading: the file is not written.
            if (ok && cancelled->load()) {
                ok = false;
                error = QCoreApplication::translate("ExportJob", "The export was cancelled; nothing was written.");
            }
            if (ok && then)
                ok = then(&error);
            self->m_thread->deleteLater();
            self->m_thread = nullptr;
            self->m_succeeded = ok;
            self->m_progress = ok ? 1 : -1;
            self->m_message = ok ? QCoreApplication::translate("ExportJob", "Saved %1.").arg(QDir::toNativeSeparators(target)) : error;
            Q_EMIT self->stateChanged();
            Q_EMIT self->finished(ok);
        }, Qt::QueuedConnection);
    });
    m_thread->start();
    Q_EMIT stateChanged();
}

void ExportJob::exportSession(const QString &sessionId, const QString &format, const QUrl &file)
{
    const auto kind = ReportExport::formatNamed(format).value_or(ReportExport::Format::Pdf);
    const QString path = file.toLocalFile();
    start(path, [sessionId, kind, path](SqlConnection &db, const auto &, QString *error, Then *then) {
        const auto session = ReportExport::readSession(db, sessionId, path, error);
        if (session)
            *then = [session = *session, kind, path](QString *error) { return ReportExport::writeSession(session, kind, path, error); };
        return session.has_value();
    });
}

void ExportJob::exportPeriod(const QString &childId, const QString &from, const QString &to, bool withTranscripts, const QUrl &file)
{
    const QString path = file.toLocalFile();
    const QDate first = QDate::fromString(from.trimmed(), Qt::ISODate);
    const QDate last = QDate::fromString(to.trimmed(), Qt::ISODate);
    start(path, [childId, first, last, withTranscripts, path](SqlConnection &db, const auto &, QString *error, Then *then) {
        const auto period = ReportExport::readPeriod(db, childId, first, last, withTranscripts, path, error);
        if (period)
            *then = [period = *period, path](QString *error) { return PdfReportWriter::writePeriod(period, path, error); };
        return period.has_value();
    });
}

void ExportJob::exportChild(const QString &childId, const QString &format, const QUrl &parentFolder, const QString &name)
{
    const auto kind = ReportExport::formatNamed(format).value_or(ReportExport::Format::Json);
    const QString path = QDir(parentFolder.toLocalFile()).filePath(name);
    start(path, [childId, kind, path](SqlConnection &db, const std::function<bool(qint64, qint64)> &progress, QString *error, Then *) {
        return ReportExport::child(db, childId, kind, path, progress, error);
    });
}

void ExportJob::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}
