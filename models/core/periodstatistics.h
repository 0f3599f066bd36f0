#pragma once

#include "dataloader.h"
#include "localdays.h"

// Figures of one child over the last `days` days, read on the database worker: what the
// statistics pages share.
class PeriodStatistics : public DataLoader
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int days READ days WRITE setDays NOTIFY daysChanged)

public:
    explicit PeriodStatistics(QObject *parent = nullptr);

    [[nodiscard]] int days() const { return m_days; }
    void setDays(int days);

Q_SIGNALS:
    void daysChanged();
    void statisticsChanged();

protected:
    [[nodiscard]] LocalDays period() const { return LocalDays::lastDays(m_days); }
    // Reads `Figures` into `figures`, announced as statisticsChanged(): `job` gets the rows of
    // `statements`, read with the page's other reads, and may read more.
    template<typename Figures>
    void readFigures(QList<SqlStatement> statements, std::function<bool(SqlConnection &, QList<QList<QSqlRecord>> &, Figures &, QString *)> job,
                     Figures *figures)
    {
        readBatch<Figures>(std::move(statements), std::move(job), [this, figures](Figures &&answer) {
            *figures = std::move(answer);
            Q_EMIT statisticsChanged();
        });
    }

private:
    int m_days = 30;
};
