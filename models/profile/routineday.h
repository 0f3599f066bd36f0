#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// Today as the child lived it, for the routines page's day line: the sessions of today (each as
// minutes since local midnight, cut at the day's ends) and the minutes talked in all.
class RoutineDay : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)
    Q_PROPERTY(QVariantList sessions READ sessions NOTIFY dayChanged)
    Q_PROPERTY(double minutesToday READ minutesToday NOTIFY dayChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY dayChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY dayChanged)

public:
    explicit RoutineDay(QObject *parent = nullptr);

    [[nodiscard]] QString childId() const { return m_childId; }
    void setChildId(const QString &childId);
    [[nodiscard]] QVariantList sessions() const { return m_day.sessions; }
    [[nodiscard]] double minutesToday() const { return m_day.minutes; }
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString errorString() const { return m_day.error; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void childIdChanged();
    void dayChanged();

private:
    struct Day {
        QVariantList sessions; // {start, end}: minutes since local midnight
        double minutes = 0;
        QString error;
    };

    QString m_childId;
    quint64 m_request = 0;
    bool m_loading = false;
    Day m_day;
};
