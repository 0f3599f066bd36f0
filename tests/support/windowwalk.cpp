#include "windowwalk.h"

#include "databaseworker.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>
#include <QThread>
#include <QTimer>

WindowWalk::WindowWalk() = default;
WindowWalk::~WindowWalk() = default;

bool WindowWalk::load(QString *error)
{
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Nido/Ui/Main.qml")));
    if (m_engine->rootObjects().isEmpty()) {
        *error = QStringLiteral("Main.qml did not load");
        return false;
    }
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    if (!m_window || !QTest::qWaitForWindowExposed(m_window)) {
        *error = QStringLiteral("the window was not shown");
        return false;
    }
    m_navigation = named(QStringLiteral("navigation"));
    m_children = named(QStringLiteral("childSwitcher"));
    if (!m_navigation || !m_children) {
        *error = QStringLiteral("no navigation or child switcher");
        return false;
    }
    if (!settle() || !QTest::qWaitFor([this] { return m_children->property("count").toInt() > 0; }, 30000)) {
        *error = QStringLiteral("no child was listed");
        return false;
    }
    return settle();
}

QString WindowWalk::chooseChild(int index)
{
    m_children->setProperty("currentIndex", index);
    return m_children->property("currentValue").toString();
}

QString WindowWalk::childId() const
{
    return m_children->property("currentValue").toString();
}

QString WindowWalk::modelError() const
{
    const QList<QObject *> all = m_window->findChildren<QObject *>();
    for (QObject *object : all) {
        const QString error = object->property("errorString").toString();
        if (!error.isEmpty())
            return QStringLiteral("%1: %2").arg(QString::fromLatin1(object->metaObject()->className()), error);
    }
    QObject *job = named(QStringLiteral("exportJob"));
    if (job && !job->property("running").toBool() && !job->property("message").toString().isEmpty() && !job->property("succeeded").toBool())
        return QStringLiteral("export: ") + job->property("message").toString();
    return {};
}

void WindowWalk::open(const QString &page)
{
    QMetaObject::invokeMethod(m_navigation, "open", Q_ARG(QString, page));
}

bool WindowWalk::settle(int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QAbstractEventDispatcher *dispatcher = QThread::currentThread()->eventDispatcher();
    const auto busy = [this] {
        QObject *job = named(QStringLiteral("exportJob"));
        return DatabaseWorker::instance()->pendingDeliveries() > 0 || (job && job->property("running").toBool());
    };
    // Wakes the wait below now and then, so that the timeout holds even if nothing arrives.
    QTimer wake;
    wake.start(20);
    // Quiet twice in a row: a result's handler may queue a reload that posts the next job.
    for (int quiet = 0; quiet < 2 && clock.elapsed() < timeoutMs;) {
        QCoreApplication::processEvents();
        if (busy()) {
            quiet = 0;
            dispatcher->processEvents(QEventLoop::WaitForMoreEvents);
        } else {
            ++quiet;
        }
    }
    if (busy())
        return false;
    // What the application's event loop does between two events: objects a view let go of with
    // deleteLater() are deleted (processEvents() alone, outside an event loop, never does).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_frame = m_window->grabWindow();
    return !m_frame.isNull();
}

QObject *WindowWalk::named(const QString &objectName) const
{
    return m_window->findChild<QObject *>(objectName);
}

QObject *WindowWalk::withProperty(const char *property) const
{
    const QList<QObject *> all = m_window->findChildren<QObject *>();
    for (QObject *object : all) {
        if (object->metaObject()->indexOfProperty(property) >= 0)
            return object;
    }
    return nullptr;
}
