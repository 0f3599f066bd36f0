#pragma once

#include "desktopnotifier.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class SqlConnection;

// While Nido runs (minimised too), asks the server every so often what happened since it last
// asked, for every child the connected role may see: a live session started outside waking hours,
// an avoided topic said in a live session, a memory made in a sensitive category, a device that
// keeps reporting problems. Each becomes a desktop notice (DesktopNotifier), and the counts on the
// window follow (ChangeHub). Nothing is added to the backend's insert path: it reads, on indexes.
class AttentionWatcher : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(int intervalSeconds READ intervalSeconds WRITE setIntervalSeconds NOTIFY activeChanged)

public:
    explicit AttentionWatcher(QObject *parent = nullptr);

    [[nodiscard]] bool active() const { return m_active; }
    void setActive(bool active);
    [[nodiscard]] int intervalSeconds() const { return m_timer.interval() / 1000; }
    void setIntervalSeconds(int seconds);

    // Asks now; the first ask only sets the point from which news count.
    Q_INVOKABLE void poll();

    // Problems of one session within this many minutes that make a device "keep" failing.
    static constexpr int problemWindowMinutes = 10;
    static constexpr int problemsThatRepeat = 3;

Q_SIGNALS:
    void activeChanged();
    // A poll came back: what it found (tests wait for it).
    void polled(int notices);

private:
    struct News {
        QString watermark;
        QList<DesktopNotifier::Notice> notices;
        QStringList changedChildren;
        bool ok = false;
    };
    static bool read(SqlConnection &db, const QString &since, News &news);
    static bool readLiveSessions(SqlConnection &db, const QString &since, News &news);
    static bool readSensitiveMemories(SqlConnection &db, const QString &since, News &news);

    QTimer m_timer;
    QString m_watermark;
    bool m_active = false;
    bool m_polling = false;
};
