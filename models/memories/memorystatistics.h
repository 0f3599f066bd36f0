#pragma once

#include "periodstatistics.h"
#include "sqlstatement.h"

#include <QSqlRecord>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// The statistics of one child's memories, each aggregated by PostgreSQL: the seed's dashboard
// (count, mean importance and latest by type and category), its top memories (query 4) and the
// memories created per day by category over the last 7, 30 or 90 days.
class MemoryStatistics : public PeriodStatistics
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantList dashboard READ dashboard NOTIFY statisticsChanged)
    Q_PROPERTY(QVariantList topMemories READ topMemories NOTIFY statisticsChanged)
    Q_PROPERTY(QStringList dayLabels READ dayLabels NOTIFY statisticsChanged)
    Q_PROPERTY(QVariantMap perDayByCategory READ perDayByCategory NOTIFY statisticsChanged)
    Q_PROPERTY(int highestDayCount READ highestDayCount NOTIFY statisticsChanged)

public:
    explicit MemoryStatistics(QObject *parent = nullptr);

    [[nodiscard]] QVariantList dashboard() const { return m_figures.dashboard; }
    [[nodiscard]] QVariantList topMemories() const { return m_figures.topMemories; }
    [[nodiscard]] QStringList dayLabels() const { return m_figures.dayLabels; }
    // category -> one count per day of dayLabels
    [[nodiscard]] QVariantMap perDayByCategory() const { return m_figures.perDayByCategory; }
    [[nodiscard]] int highestDayCount() const { return m_figures.highestDayCount; }

protected:
    void clear() override;
    void load() override;

private:
    // Read on the database worker, in one job.
    struct Figures {
        [[nodiscard]] static SqlStatement dashboardStatement(const QString &childId);
        [[nodiscard]] static SqlStatement topMemoriesStatement(const QString &childId);
        [[nodiscard]] static SqlStatement perDayStatement(const QString &childId, const LocalDays &period);
        void readDashboard(const QList<QSqlRecord> &rows);
        void readTopMemories(const QList<QSqlRecord> &rows);
        void readPerDay(const QList<QSqlRecord> &rows, const LocalDays &period);

        QVariantList dashboard;
        QVariantList topMemories;
        QStringList dayLabels;
        QVariantMap perDayByCategory;
        int highestDayCount = 0;
    };

    Figures m_figures;
};
