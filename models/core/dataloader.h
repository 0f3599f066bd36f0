#pragma once

#include "databaseworker.h"
#include "dberror.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

// What every object that loads one record or one set of figures of a child shares, as
// KeysetListModel is for lists: the child, whether it is loading or loaded, why it failed, and
// the request number that drops answers asked for before a change. Setters call invalidate():
// what several of them change in one pass (a QML binding block) is read in one job, on the next
// turn of the event loop.
class DataLoader : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("DataLoader is the base of the objects that load a child's data.")
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY statusChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY statusChanged)
    // Between two rows: the next is loading and nothing is loaded. What shows rows or figures keeps
    // the last ones, hidden, until the next come, rather than empty and fill again.
    Q_PROPERTY(bool waiting READ waiting NOTIFY statusChanged)
    Q_PROPERTY(QString errorTitle READ errorTitle NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY statusChanged)

public:
    explicit DataLoader(QObject *parent = nullptr);

    [[nodiscard]] QString childId() const { return m_childId; }
    void setChildId(const QString &childId);
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] bool waiting() const { return m_loading && !m_loaded; }
    [[nodiscard]] const DbError &error() const { return m_error; }
    [[nodiscard]] QString errorTitle() const { return m_error.title(); }
    [[nodiscard]] QString errorString() const { return m_error.detail(); }

public Q_SLOTS:
    // Reads again; what is shown stays until the answer arrives.
    void refresh();

Q_SIGNALS:
    void childIdChanged();
    // Follows every change of what the loader holds (a clearing, a read's answer), once all of a
    // load's reads are in: a view that redraws on it need not also follow the loader's own signals.
    void statusChanged();

protected:
    // A new child: by default, what it loads is read anew.
    virtual void childChanged() { invalidate(); }
    // Whether there is anything to read (a child, a valid id).
    [[nodiscard]] virtual bool wanted() const { return !m_childId.isEmpty(); }
    // Forgets what is shown, so that nothing of another child or record stays on screen.
    virtual void clear() = 0;
    // Starts the jobs of one load with read().
    virtual void load() = 0;

    // Tells an answer to a request made before a change from one made after it.
    [[nodiscard]] quint64 request() const { return m_request; }
    enum class Shown { Clear, Keep };
    // What load() reads has changed: one load follows on the next turn of the event loop.
    void invalidate(Shown shown = Shown::Clear);

    // Runs `job` on the worker; `apply` gets its value on the GUI thread if no change came since
    // and the job succeeded. A load may start several reads: it has loaded when all have.
    template<typename T>
    void read(std::function<bool(SqlConnection &, T &, QString *)> job, std::function<void(T &&)> apply)
    {
        ++m_reads;
        DatabaseWorker::instance()->run<Outcome<T>>(
            this,
            [job = std::move(job)](SqlConnection &db) { return outcomeOf<T>(db, [&](T &value, QString *text) { return job(db, value, text); }); },
            delivery<T>(std::move(apply)));
    }
    // The same for a read that starts with statements needing nothing from another read's: they go
    // in one round trip with the page's other reads. `job` gets their rows, and may read more.
    template<typename T>
    void readBatch(QList<SqlStatement> statements, std::function<bool(SqlConnection &, QList<QList<QSqlRecord>> &, T &, QString *)> job,
                   std::function<void(T &&)> apply)
    {
        ++m_reads;
        DatabaseWorker::instance()->runBatch<Outcome<T>>(
            this, std::move(statements),
            [job = std::move(job)](SqlConnection &db, QList<QList<QSqlRecord>> &rows) {
                return outcomeOf<T>(db, [&](T &value, QString *text) { return job(db, rows, value, text); });
            },
            failure<T>, delivery<T>(std::move(apply)));
    }

private:
    template<typename T>
    struct Outcome {
        T value;
        DbError error;
        bool ok = false;
    };
    // On the worker: what `job` read, or why it failed.
    template<typename T, typename Job>
    static Outcome<T> outcomeOf(SqlConnection &db, Job &&job)
    {
        Outcome<T> outcome;
        QString text;
        outcome.ok = job(outcome.value, &text);
        if (!outcome.ok)
            outcome.error = db.failure(text);
        return outcome;
    }
    template<typename T>
    static Outcome<T> failure(const DbError &error)
    {
        Outcome<T> outcome;
        outcome.error = error;
        return outcome;
    }
    template<typename T>
    std::function<void(Outcome<T>)> delivery(std::function<void(T &&)> apply)
    {
        return [this, request = m_request, apply = std::move(apply)](Outcome<T> outcome) {
            if (request != m_request)
                return;
            if (outcome.ok)
                apply(std::move(outcome.value));
            readFinished(outcome.error);
        };
    }
    void startScheduled();
    void readFinished(const DbError &error);

    QString m_childId;
    quint64 m_request = 0;
    int m_reads = 0;
    bool m_scheduled = false;
    bool m_loading = false;
    bool m_loaded = false;
    DbError m_error;
};
