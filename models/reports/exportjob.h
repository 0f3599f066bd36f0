#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <functional>
#include <memory>

class QThread;
class SqlConnection;

// An export started from the window: it runs on a thread and a connection of its own, so neither
// the window nor the pages' queries wait for it; it reports its progress and can be cancelled.
class ExportJob : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool running READ running NOTIFY stateChanged)
    // From 0 to 1; -1 while the size is not known (a PDF).
    Q_PROPERTY(double progress READ progress NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(bool succeeded READ succeeded NOTIFY stateChanged)

public:
    explicit ExportJob(QObject *parent = nullptr);
    ~ExportJob() override;

    [[nodiscard]] bool running() const { return m_thread != nullptr; }
    [[nodiscard]] double progress() const { return m_progress; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool succeeded() const { return m_succeeded; }

    Q_INVOKABLE void exportSession(const QString &sessionId, const QString &format, const QUrl &file);
    Q_INVOKABLE void exportPeriod(const QString &childId, const QString &from, const QString &to, bool withTranscripts, const QUrl &file);
    // Into a new folder `name` inside `parentFolder`.
    Q_INVOKABLE void exportChild(const QString &childId, const QString &format, const QUrl &parentFolder, const QString &name);
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void stateChanged();
    void finished(bool succeeded);

private:
    // Runs on the export's thread; what it leaves in `then` runs on the GUI thread after it (the
    // PDF's drawing: QtCharts lives there).
    using Then = std::function<bool(QString *)>;
    using Work = std::function<bool(SqlConnection &, const std::function<bool(qint64, qint64)> &, QString *, Then *)>;
    void start(const QString &target, Work work);

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    double m_progress = -1;
    QString m_message;
    bool m_succeeded = false;
};
