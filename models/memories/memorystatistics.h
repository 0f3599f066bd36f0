#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// The statistics of one child's memories, each aggregated by PostgreSQL: the seed's dashboard
// (count, mean importance and latest by type and category), its top memories (query 4) and the
// memories created per day by category over the last 7, 30 or 90 days.
class MemoryStatistics : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)
    Q_PROPERTY(int days READ days WRITE setDays NOTIFY daysChanged)
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
    [[nodiscard]] QVariantList dashboard() const { return m_dashboard; }
    [[nodiscard]] QVariantList topMemories() const { return m_topMemories; }
    [[nodiscard]] QStringList dayLabels() const { return m_dayLabels; }
    // category -> one count per day of dayLabels
    [[nodiscard]] QVariantMap perDayByCategory() const { return m_perDayByCategory; }
    [[nodiscard]] int highestDayCount() const { return m_highestDayCount; }
    [[nodiscard]] QString errorString() const { return m_errorString; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void childIdChanged();
    void daysChanged();
    void statisticsChanged();

private:
    bool loadDashboard();
    bool loadTopMemories();
    bool loadPerDay();

    QString m_childId;
    int m_days = 30;
    QVariantList m_dashboard;
    QVariantList m_topMemories;
    QStringList m_dayLabels;
    QVariantMap m_perDayByCategory;
    int m_highestDayCount = 0;
    QString m_errorString;
};
