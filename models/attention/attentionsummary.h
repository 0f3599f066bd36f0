#pragma once

#include "dataloader.h"

#include <QStringList>
#include <QtQml/qqmlregistration.h>

// What needs the connected caregiver's attention for one child, counted by PostgreSQL in one job:
// the memories new to them (how many sensitive, how many the AI was unsure of), the mentions of
// avoided topics they have not found fine, the topics watched and how, and the categories that
// count as sensitive.
class AttentionSummary : public DataLoader
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int unreviewed READ unreviewed NOTIFY summaryChanged)
    Q_PROPERTY(int unreviewedSensitive READ unreviewedSensitive NOTIFY summaryChanged)
    Q_PROPERTY(int unreviewedUnsure READ unreviewedUnsure NOTIFY summaryChanged)
    Q_PROPERTY(int mentions READ mentions NOTIFY summaryChanged)
    // The profile's avoided topics, and beside each how it is watched: "words", "exact" or "common".
    Q_PROPERTY(QStringList topics READ topics NOTIFY summaryChanged)
    Q_PROPERTY(QStringList topicWatch READ topicWatch NOTIFY summaryChanged)
    // The topics searched for, and those made only of words too common to search ("de", "the").
    Q_PROPERTY(QStringList watchedTopics READ watchedTopics NOTIFY summaryChanged)
    Q_PROPERTY(QStringList commonTopics READ commonTopics NOTIFY summaryChanged)
    Q_PROPERTY(QStringList categories READ categories NOTIFY summaryChanged)
    Q_PROPERTY(QStringList sensitiveCategories READ sensitiveCategories NOTIFY summaryChanged)
    Q_PROPERTY(QString actionError READ actionError NOTIFY actionErrorChanged)

public:
    explicit AttentionSummary(QObject *parent = nullptr);

    [[nodiscard]] int unreviewed() const { return m_summary.unreviewed; }
    [[nodiscard]] int unreviewedSensitive() const { return m_summary.sensitive; }
    [[nodiscard]] int unreviewedUnsure() const { return m_summary.unsure; }
    [[nodiscard]] int mentions() const { return m_summary.mentions; }
    [[nodiscard]] QStringList topics() const { return m_summary.topics; }
    [[nodiscard]] QStringList topicWatch() const { return m_summary.topicWatch; }
    [[nodiscard]] QStringList watchedTopics() const { return topicsWatched(true); }
    [[nodiscard]] QStringList commonTopics() const { return topicsWatched(false); }
    [[nodiscard]] QStringList categories() const { return m_summary.categories; }
    [[nodiscard]] QStringList sensitiveCategories() const { return m_summary.sensitiveCategories; }
    [[nodiscard]] QString actionError() const { return m_actionError; }

    // Whether new memories of this category come first in the inbox (needs "edit").
    Q_INVOKABLE void setSensitive(const QString &category, bool sensitive);

Q_SIGNALS:
    void summaryChanged();
    void actionErrorChanged();

protected:
    void clear() override;
    void load() override;

private:
    struct Summary {
        int unreviewed = 0;
        int sensitive = 0;
        int unsure = 0;
        int mentions = 0;
        QStringList topics;
        QStringList topicWatch;
        QStringList categories;
        QStringList sensitiveCategories;
    };
    static bool readSummary(const QList<QList<QSqlRecord>> &rows, Summary &summary);
    void setActionError(const QString &error);
    [[nodiscard]] QStringList topicsWatched(bool watched) const;

    Summary m_summary;
    QString m_actionError;
};
