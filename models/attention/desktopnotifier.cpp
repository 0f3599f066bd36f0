#include "desktopnotifier.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusMessage>
#include <QDir>
#include <QFile>
#include <QJSEngine>
#include <QSettings>
#include <QStandardPaths>

namespace {
const auto service = QStringLiteral("org.freedesktop.Notifications");
const auto path = QStringLiteral("/org/freedesktop/Notifications");
const auto interface = QStringLiteral("org.freedesktop.Notifications");
constexpr qint64 repeatAfterSeconds = 60;
}

DesktopNotifier *DesktopNotifier::instance()
{
    static auto *notifier = new DesktopNotifier(qApp);
    return notifier;
}

DesktopNotifier *DesktopNotifier::create(QQmlEngine *, QJSEngine *)
{
    // One for the application: an engine that goes (a test's) must not take it along.
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
    QDBusConnection::sessionBus().connect(service, path, interface, QStringLiteral("ActionInvoked"), this, SLOT(actionInvoked(uint, QString)));
    checkService();
}

void DesktopNotifier::checkService()
{
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    const bool available = bus && bus->isServiceRegistered(service).value();
    if (available == m_available)
        return;
    m_available = available;
    Q_EMIT availableChanged();
}

QString DesktopNotifier::settingsKey(Kind kind)
{
    switch (kind) {
    case Kind::NightSession:
        return QStringLiteral("notices/nightSessions");
    case Kind::AvoidedTopic:
        return QStringLiteral("notices/avoidedTopics");
    case Kind::SensitiveMemory:
        return QStringLiteral("notices/sensitiveMemories");
    case Kind::DeviceProblem:
        return QStringLiteral("notices/deviceProblems");
    }
    return {};
}

bool DesktopNotifier::enabled(Kind kind) const
{
    return QSettings().value(settingsKey(kind), true).toBool();
}

void DesktopNotifier::setEnabled(Kind kind, bool enabled)
{
    if (enabled == this->enabled(kind))
        return;
    QSettings().setValue(settingsKey(kind), enabled);
    Q_EMIT kindsChanged();
}

bool DesktopNotifier::post(const Notice &notice, const QDateTime &now)
{
    if (!enabled(notice.kind))
        return false;
    const QString key = notice.childId + u'|' + QString::number(int(notice.kind));
    const QDateTime last = m_lastSent.value(key);
    if (last.isValid() && last.secsTo(now) < repeatAfterSeconds)
        return false;
    checkService();
    if (!m_available)
        return false;
    m_lastSent.insert(key, now);
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("Notify"));
    call << QStringLiteral("Nido") << uint(0) << QStringLiteral("org.nido.Nido") << notice.title << notice.body
         << QStringList{QStringLiteral("default"), tr("Open")} << QVariantMap{{QStringLiteral("desktop-entry"), QStringLiteral("org.nido.Nido")}}
         << int(-1);
    // Asynchronous: a slow or hung notification service never holds the window.
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, notice](QDBusPendingCallWatcher *finished) {
        const QDBusPendingReply<uint> reply = *finished;
        if (reply.isValid())
            m_shown.insert(reply.value(), notice);
        finished->deleteLater();
    });
    return true;
}

void DesktopNotifier::actionInvoked(uint id, const QString &action)
{
    Q_UNUSED(action)
    const auto found = m_shown.constFind(id);
    if (found == m_shown.cend())
        return;
    Q_EMIT opened(found->childId, found->page, found->sessionId);
}

QString DesktopNotifier::autostartFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/autostart/org.nido.Nido.desktop");
}

bool DesktopNotifier::autostart() const
{
    return QFile::exists(autostartFile());
}

void DesktopNotifier::setAutostart(bool on)
{
    if (on == autostart())
        return;
    if (on) {
        QDir().mkpath(QFileInfo(autostartFile()).path());
        QFile entry(autostartFile());
        if (entry.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            entry.write("[Desktop Entry]\nType=Application\nName=Nido\nExec=nido --background\nIcon=org.nido.Nido\n"
                        "X-GNOME-Autostart-enabled=true\n");
        }
    } else {
        QFile::remove(autostartFile());
    }
    Q_EMIT autostartChanged();
}
