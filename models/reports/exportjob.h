#pragma once

#include <QObject>
#include <QDateTime>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <functional>
#include <future>
#include <memory>

class SqlConnection;

// An export started from the window: it runs on the exports' thread and connection (ExportThread),
// so neither the window nor the pages' queries wait for it; it reports its progress and can be
// cancelled.
class ExportJob : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool running READ running NOTIFY stateChanged)
    // From 0 to 1; -1 while the size is not known (a PDF).
    Q_PROPERTY(double progress READ progress NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(bool succeeded READ succeeded NOTIFY stateChanged)
    // Where the parent last saved a report or an export (the documents folder at first).
    Q_PROPERTY(QUrl lastFolder READ lastFolder NOTIFY lastFolderChanged)

public:
    explicit ExportJob(QObject *parent = nullptr);
    ~ExportJob() override;

    [[nodiscard]] bool running() const { return m_ended.valid(); }
    [[nodiscard]] double progress() const { return m_progress; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool succeeded() const { return m_succeeded; }
    [[nodiscard]] QUrl lastFolder() const;

    // The name a save dialog suggests: "Javier – session 5 Dec 2026.pdf".
    Q_INVOKABLE static QString sessionFileName(const QString &childName, const QDateTime &startedAt, const QString &format);
    Q_INVOKABLE static QString periodFileName(const QString &childName, const QString &from, const QString &to);

    Q_INVOKABLE void exportSession(const QString &sessionId, const QString &format, const QUrl &file);
    Q_INVOKABLE void exportPeriod(const QString &childId, const QString &from, const QString &to, bool withTranscripts, const QUrl &file);
    // Into a new folder `name` inside `parentFolder`.
    // A deletion's receipt, by its number in the caregivers' log.
    Q_INVOKABLE void exportReceipt(const QString &entry, const QString &format, const QUrl &file);
    // How long the child's memories are kept, as a PDF to print.
    Q_INVOKABLE void exportPolicy(const QString &childId, const QUrl &file);
    Q_INVOKABLE void exportChild(const QString &childId, const QString &format, const QUrl &parentFolder, const QString &name);
    Q_INVOKABLE void cancel();
    // Forgets the last message (another child is shown); not while an export runs.
    Q_INVOKABLE void dismiss();

Q_SIGNALS:
    void stateChanged();
    void finished(bool succeeded);
    void lastFolderChanged();

private:
    // Runs on the exports' thread (ExportThread), on its connection: reads, writes (a PDF's charts are
    // drawn on the GUI thread meanwhile, the rest is laid out here) and records it. `progress`
    // says how far it is; it and `stillWanted` answer false once the parent cancelled.
    using Progress = std::function<bool(qint64, qint64)>;
    using StillWanted = std::function<bool()>;
    using Work = std::function<bool(SqlConnection &, const Progress &, const StillWanted &, QString *)>;
    // `target` is the file or folder written; one that cannot be is refused before anything runs.
    void start(const QString &target, Work work);
    // Why `target` cannot be written, or nothing.
    [[nodiscard]] static QString targetProblem(const QString &target);
    void refuse(const QString &message);
    void finish(bool ok, const QString &error, const QString &target);
    void rememberFolder(const QString &folder);

    // Ready once the export's work is over (then the window hears of it).
    std::future<void> m_ended;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    // Set once the exports' thread has taken the export up: only then does it run anything of it.
    std::shared_ptr<std::atomic<bool>> m_started;
    double m_progress = -1;
    QString m_message;
    bool m_succeeded = false;
};
