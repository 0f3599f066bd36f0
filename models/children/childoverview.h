#pragma once

#include "childoverviewfigures.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

// Today and this week at a glance for one child: time talked against the routine's screen-time
// limit, sessions, memories and device alerts. Every figure is aggregated by PostgreSQL, on the
// database worker; while they load, no figure of another child is shown.
class ChildOverview : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY figuresChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY figuresChanged)
    Q_PROPERTY(ChildOverviewFigures figures READ figures NOTIFY figuresChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY figuresChanged)

public:
    explicit ChildOverview(QObject *parent = nullptr);

    [[nodiscard]] QString childId() const { return m_childId; }
    void setChildId(const QString &childId);
    // Tests pin "now"; the app uses the clock.
    void setReferenceTime(const QDateTime &localTime) { m_referenceTime = localTime; }

    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] bool ready() const { return m_ready; }
    [[nodiscard]] const ChildOverviewFigures &figures() const { return m_figures; }
    [[nodiscard]] QString errorString() const { return m_errorString; }
    [[nodiscard]] QDate weekStart() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void childIdChanged();
    void figuresChanged();

private:
    [[nodiscard]] QDateTime now() const;

    QString m_childId;
    QDateTime m_referenceTime;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_ready = false;
    ChildOverviewFigures m_figures;
    QString m_errorString;
};
