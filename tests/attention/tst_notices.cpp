#include "attentionwatcher.h"
#include "changehub.h"
#include "demodatagenerator.h"
#include "desktopnotifier.h"
#include "schemamigrator.h"
#include "testdatabase.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

// A notification service of the test's own, on a session bus of its own: what the desktop's
// (GNOME Shell, Plasma, dunst) is to Nido, spoken over real D-Bus.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown {
        uint id;
        QString title;
        QString body;
        QStringList actions;
    };
    QList<Shown> shown;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(appName) Q_UNUSED(replacesId) Q_UNUSED(icon) Q_UNUSED(hints) Q_UNUSED(timeout)
        shown.append({uint(shown.size() + 1), summary, body, actions});
        return shown.last().id;
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
};

// The notices: each kind from what the backend writes, at most once a minute per child and kind,
// each kind can be turned off, a click opens its place, and without a service Nido works on.
class NoticesTest : public QObject
{
    Q_OBJECT

private:
    QProcess m_bus;
    QString m_address;
    FakeNotifications m_server;
    QString m_child;

    static QString one(const QString &sql) { return TestDatabase::scalar(sql).toString(); }
    static bool run(const QString &sql)
    {
        QSqlQuery query;
        if (query.exec(sql))
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    bool polled(AttentionWatcher &watcher)
    {
        QSignalSpy done(&watcher, &AttentionWatcher::polled);
        watcher.poll();
        return done.wait(10000);
    }
    QStringList titles() const
    {
        QStringList all;
        for (const auto &shown : m_server.shown)
            all << shown.title;
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Before anything asks for the session bus: this test's own.
        m_bus.start(QStringLiteral("dbus-daemon"), {"--session", "--nofork", "--nopidfile", "--print-address=1"});
        QVERIFY2(m_bus.waitForStarted(), "dbus-daemon (Debian's dbus-daemon package) did not start");
        QVERIFY(m_bus.waitForReadyRead(10000));
        m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
        QVERIFY(m_address.startsWith("unix:"));
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
        QVERIFY(QDBusConnection::sessionBus().isConnected());

        QSqlDatabase db = TestDatabase::create(QStringLiteral("notices"));
        QString error;
        QVERIFY2(SchemaMigrator(db).migrate(&error), qPrintable(error));
        QVERIFY2(DemoDataGenerator(db, DemoDataGenerator::familyScale(2)).generate(&error), qPrintable(error));
        m_child = one("SELECT id::text FROM users ORDER BY id LIMIT 1");
        QVERIFY(run("UPDATE voice_sessions SET status = 'ended' WHERE status = 'active'"));
    }

    void cleanupTestCase()
    {
        m_bus.terminate();
        m_bus.waitForFinished();
    }

    void withoutAServiceNidoWorksOn()
    {
        DesktopNotifier *notifier = DesktopNotifier::instance();
        QVERIFY(!notifier->available());
        QVERIFY(!notifier->post({DesktopNotifier::Kind::SensitiveMemory, m_child, "t", "b", "attention", {}}));
        // The desktop's service comes up later: Nido finds it.
        QDBusConnection server = QDBusConnection::connectToBus(m_address, QStringLiteral("notificationServer"));
        QVERIFY(server.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &m_server, QDBusConnection::ExportAllSlots));
        QVERIFY(server.registerService(QStringLiteral("org.freedesktop.Notifications")));
        QSignalSpy found(notifier, &DesktopNotifier::availableChanged);
        notifier->checkService();
        QVERIFY(notifier->available());
        QCOMPARE(found.count(), 1);
    }

    void eachKindIsNoticedOnceAMinute()
    {
        const QString name = one("SELECT concat_ws(' ', \"firstName\", \"lastName\") FROM users WHERE id = '" + m_child + "'");
        // Waking hours that exclude now, an avoided topic added now.
        const QTime now = QTime::currentTime();
        QVERIFY(run("UPDATE user_profiles SET routines = jsonb_set(jsonb_set(COALESCE(routines, '{}'), '{wakeTime}', '\""
                    + now.addSecs(3600).toString("HH:mm") + "\"'), '{bedTime}', '\"" + now.addSecs(7200).toString("HH:mm")
                    + "\"'), preferences = jsonb_set(COALESCE(preferences, '{}'), '{avoidTopics}', '[\"volcanes\"]') WHERE \"userId\" = '"
                    + m_child + "'"));
        AttentionWatcher watcher;
        QVERIFY(polled(watcher));
        QVERIFY(m_server.shown.isEmpty());

        // What the backend writes: a session at night, the topic said in it, a device failing, two
        // memories about the family.
        const QString session = one("SELECT gen_random_uuid()::text");
        QVERIFY(run("INSERT INTO voice_sessions (id, \"userId\", \"sessionToken\", status, language, metadata, \"startedAt\") VALUES ('" + session
                    + "', '" + m_child + "', 't', 'active', 'es', '{}', now() AT TIME ZONE 'UTC')"));
        QVERIFY(run("INSERT INTO ai_conversations (\"sessionId\", \"userId\", \"messageType\", content, \"createdAt\") VALUES ('" + session
                    + "', '" + m_child + "', 'user', 'Quiero ver los volcanes de noche', now() AT TIME ZONE 'UTC')"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(run("INSERT INTO session_heartbeats (\"sessionId\", status, \"errorMessage\", timestamp) VALUES ('" + session
                        + "', 'warning', 'battery low', now() AT TIME ZONE 'UTC')"));
        for (int i = 0; i < 2; ++i)
            QVERIFY(run("INSERT INTO memory_contexts (\"userId\", \"sessionId\", \"memoryType\", category, content, \"createdAt\", \"updatedAt\") VALUES ('"
                        + m_child + "', '" + session + "', 'episodic', 'family', 'Su abuela está en el hospital', now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC')"));
        QSignalSpy changed(ChangeHub::instance(), &ChangeHub::attentionChanged);
        QVERIFY(polled(watcher));
        QTRY_COMPARE(m_server.shown.size(), 4);
        const QStringList said = titles();
        QVERIFY2(said.contains(AttentionWatcher::tr("%1 is talking outside waking hours").arg(name)), qPrintable(said.join('\n')));
        QVERIFY2(said.contains(AttentionWatcher::tr("«%1» came up in %2's conversation").arg("volcanes", name)), qPrintable(said.join('\n')));
        QVERIFY2(said.contains(AttentionWatcher::tr("%1's device keeps reporting problems").arg(name)), qPrintable(said.join('\n')));
        QVERIFY2(said.contains(AttentionWatcher::tr("%n new memory(ies) about %1 in a sensitive category", nullptr, 2).arg(name)), qPrintable(said.join('\n')));
        for (const auto &shown : m_server.shown)
            QVERIFY(shown.actions.contains("default"));
        // The window's counts follow.
        QVERIFY(changed.count() >= 1);
        QCOMPARE(changed.first().first().toString(), m_child);

        // More of the same within the minute: no second notice.
        QVERIFY(run("INSERT INTO memory_contexts (\"userId\", \"memoryType\", category, content, \"createdAt\", \"updatedAt\") VALUES ('"
                    + m_child + "', 'episodic', 'emotion', 'Estaba triste', now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC')"));
        QVERIFY(polled(watcher));
        QTest::qWait(200);
        QCOMPARE(m_server.shown.size(), 4);
        // A minute later, again.
        DesktopNotifier::Notice notice{DesktopNotifier::Kind::SensitiveMemory, m_child, "later", "b", "attention", {}};
        QVERIFY(!DesktopNotifier::instance()->post(notice));
        QVERIFY(DesktopNotifier::instance()->post(notice, QDateTime::currentDateTimeUtc().addSecs(61)));
        QTRY_COMPARE(m_server.shown.size(), 5);

        // A notice clicked opens its place: the night session's.
        const auto night = std::find_if(m_server.shown.cbegin(), m_server.shown.cend(), [&](const auto &shown) {
            return shown.title == AttentionWatcher::tr("%1 is talking outside waking hours").arg(name);
        });
        QVERIFY(night != m_server.shown.cend());
        QSignalSpy opened(DesktopNotifier::instance(), &DesktopNotifier::opened);
        QDBusMessage click = QDBusMessage::createSignal("/org/freedesktop/Notifications", "org.freedesktop.Notifications", "ActionInvoked");
        click << night->id << QStringLiteral("default");
        QVERIFY(QDBusConnection(QStringLiteral("notificationServer")).send(click));
        QVERIFY(opened.wait(5000));
        QCOMPARE(opened.first(), (QVariantList{m_child, QStringLiteral("sessions"), session}));
    }

    void eachKindCanBeTurnedOff()
    {
        DesktopNotifier *notifier = DesktopNotifier::instance();
        const QString other = one("SELECT id::text FROM users ORDER BY id DESC LIMIT 1");
        notifier->setDeviceProblems(false);
        QVERIFY(!notifier->deviceProblems());
        QVERIFY(!notifier->post({DesktopNotifier::Kind::DeviceProblem, other, "t", "b", "sessions", {}}));
        notifier->setDeviceProblems(true);
        QVERIFY(notifier->post({DesktopNotifier::Kind::DeviceProblem, other, "t", "b", "sessions", {}}));
    }

    void autostartIsOffUntilAsked()
    {
        DesktopNotifier *notifier = DesktopNotifier::instance();
        const QString entry = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + "/autostart/org.nido.Nido.desktop";
        QVERIFY(!notifier->autostart());
        notifier->setAutostart(true);
        QVERIFY(QFile::exists(entry));
        QFile file(entry);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("Exec=nido --background"));
        notifier->setAutostart(false);
        QVERIFY(!QFile::exists(entry));
    }
};

QTEST_GUILESS_MAIN(NoticesTest)
#include "tst_notices.moc"
