#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class LocalDays;
class SqlConnection;

// The statistics of one child's memories, each aggregated by PostgreSQL: the seed's dashboard
// (count, mean importance and latest by type and category), its top memories (query 4) and the
// memories created per day by category over the last 7, 30 or 90 days.
class MemoryStatistics : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)
    Q_PROPERTY(int days READ days WRITE setDays NOTIFY daysChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY statisticsChanged)
    Q_PROPERTY(QVariantList dashboard READ dashboard NOTIFY statisticsChanged)
    Q_PROPERTY(QVariantList topMemories READ topMemories NOTIFY statisticsChanged)
    Q_PROPERTY(QStringList dayLabels READ dayLabels NOTIFY statisticsChanged)
    Q_PROPERTY(QVariantMap perDayByCategory READ perDayByCategory NOTIFY statisticsChanged)
    Q_PROPERTY(int highestDayCount READ highestDayCount NOTIFY statisticsChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY statisticsChanged)

public:
    explicit MemoryStatistics(QObject *parent = nullptr);

    [[nodiscard]] QString childId() const { return m_childId; }
    void setChildId(const QString &childId);
    [[nodiscard]] int days() const { return m_days; }
    void setDays(int days);
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QVariantList dashboard() const { return m_figures.dashboard; }
    [[nodiscard]] QVariantList topMemories() const { return m_figures.topMemories; }
    [[nodiscard]] QStringList dayLabels() const { return m_figures.dayLabels; }
    // category -> one count per day of dayLabels
    [[nodiscard]] QVariantMap perDayByCategory() const { return m_figures.perDayByCategory; }
    [[nodiscard]] int highestDayCount() const { return m_figures.highestDayCount; }
    [[nodiscard]] QString errorString() const { return m_figures.error; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void childIdChanged();
    void daysChanged();
    void statisticsChanged();

private:
    // Read on the database worker, in one job.
    struct Figures {
        bool loadDashboard(SqlConnection &db, const QString &childId, QString *error);
        bool loadTopMemories(SqlConnection &db, const QString &childId, QString *error);
        bool loadPerDay(SqlConnection &db, const QString &childId, const LocalDays &period, QString *error);

        QVariantList dashboard;
        QVariantList topMemories;
        QStringList dayLabels;
        QVariantMap perDayByCategory;
        int highestDayCount = 0;
        QString error;
    };

    QString m_childId;
    int m_days = 30;
    quint64 m_generation = 0;
    bool m_loading = false;
    Figures m_figures;
};
