#pragma once

#include "databaseworker.h"
#include "localdays.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

// Figures of one child over the last `days` days, read on the database worker: what the
// statistics pages share. A subclass reads its figures in loadFigures() and hands them over with
// readFigures(); figures asked for before the child or the period changed are dropped.
class PeriodStatistics : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)
    Q_PROPERTY(int days READ days WRITE setDays NOTIFY daysChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY statisticsChanged)

public:
    explicit PeriodStatistics(QObject *parent = nullptr);

    [[nodiscard]] QString childId() const { return m_childId; }
    void setChildId(const QString &childId);
    [[nodiscard]] int days() const { return m_days; }
    void setDays(int days);
    [[nodiscard]] bool loading() const { return m_loading; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void childIdChanged();
    void daysChanged();
    void statisticsChanged();

protected:
    // Forgets the figures shown, so that none of another child or period stays on screen.
    virtual void clearFigures() = 0;
    // Starts the worker's job, handing it to readFigures().
    virtual void loadFigures(quint64 request, const LocalDays &period) = 0;
    // Runs `job` on the worker; its answer to `request` lands in `figures` if it is still wanted.
    template<typename Figures>
    void readFigures(quint64 request, std::function<Figures(SqlConnection &)> job, Figures *figures)
    {
        DatabaseWorker::instance()->run<Figures>(this, std::move(job), [this, request, figures](Figures answer) {
            if (!figuresArrived(request))
                return;
            *figures = std::move(answer);
            Q_EMIT statisticsChanged();
        });
    }

private:
    [[nodiscard]] bool figuresArrived(quint64 request);

    QString m_childId;
    int m_days = 30;
    quint64 m_request = 0;
    bool m_loading = false;
};
