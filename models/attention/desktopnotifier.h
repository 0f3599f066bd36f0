#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

// The desktop is told what needs a parent's attention through the freedesktop notification
// service (org.freedesktop.Notifications on the session bus). A notice of one kind repeats at most
// once a minute per child; each kind can be turned off (kept in the settings); a notice clicked
// asks the window to open the place behind it. Without the service Nido works on, and Settings
// says so.
class DesktopNotifier : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(bool nightSessions READ nightSessions WRITE setNightSessions NOTIFY kindsChanged)
    Q_PROPERTY(bool avoidedTopics READ avoidedTopics WRITE setAvoidedTopics NOTIFY kindsChanged)
    Q_PROPERTY(bool sensitiveMemories READ sensitiveMemories WRITE setSensitiveMemories NOTIFY kindsChanged)
    Q_PROPERTY(bool deviceProblems READ deviceProblems WRITE setDeviceProblems NOTIFY kindsChanged)
    // Nido starts hidden, in the tray, when the parent logs in (an XDG autostart entry).
    Q_PROPERTY(bool autostart READ autostart WRITE setAutostart NOTIFY autostartChanged)

public:
    enum class Kind { NightSession, AvoidedTopic, SensitiveMemory, DeviceProblem };
    Q_ENUM(Kind)

    struct Notice {
        Kind kind = Kind::SensitiveMemory;
        QString childId;
        QString title;
        QString body;
        // The page that shows it ("attention", "sessions", "activity"), and the session when there is one.
        QString page;
        QString sessionId;
    };

    [[nodiscard]] static DesktopNotifier *instance();
    [[nodiscard]] static DesktopNotifier *create(QQmlEngine *, QJSEngine *);

    [[nodiscard]] bool available() const { return m_available; }
    [[nodiscard]] bool enabled(Kind kind) const;
    void setEnabled(Kind kind, bool enabled);
    [[nodiscard]] bool nightSessions() const { return enabled(Kind::NightSession); }
    void setNightSessions(bool on) { setEnabled(Kind::NightSession, on); }
    [[nodiscard]] bool avoidedTopics() const { return enabled(Kind::AvoidedTopic); }
    void setAvoidedTopics(bool on) { setEnabled(Kind::AvoidedTopic, on); }
    [[nodiscard]] bool sensitiveMemories() const { return enabled(Kind::SensitiveMemory); }
    void setSensitiveMemories(bool on) { setEnabled(Kind::SensitiveMemory, on); }
    [[nodiscard]] bool deviceProblems() const { return enabled(Kind::DeviceProblem); }
    void setDeviceProblems(bool on) { setEnabled(Kind::DeviceProblem, on); }
    [[nodiscard]] bool autostart() const;
    void setAutostart(bool on);

    // Sends it, unless its kind is off or the same kind was sent for the child within a minute.
    // Returns whether it was sent.
    bool post(const Notice &notice, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Looks for the service again (it may have started after Nido).
    Q_INVOKABLE void checkService();

Q_SIGNALS:
    void availableChanged();
    void kindsChanged();
    void autostartChanged();
    // A notice was clicked: the window shows that child and that page.
    void opened(const QString &childId, const QString &page, const QString &sessionId);

private Q_SLOTS:
    void actionInvoked(uint id, const QString &action);

private:
    explicit DesktopNotifier(QObject *parent = nullptr);
    static QString settingsKey(Kind kind);
    [[nodiscard]] static QString autostartFile();

    bool m_available = false;
    QHash<QString, QDateTime> m_lastSent;
    QHash<uint, Notice> m_shown;
};
