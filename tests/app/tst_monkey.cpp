#include "connectionstatus.h"
#include "databaseworker.h"
#include "demodatagenerator.h"
#include "parentinput.h"
#include "qmlwarnings.h"
#include "schemamigrator.h"
#include "testdatabase.h"
#include "windowwalk.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Nido_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Nido_UiPlugin)

// A parent who clicks and types anywhere, for four minutes, switching child and page: the window
// never crashes and QML never warns. The seeds are printed; NIDO_MONKEY_SEED replays a run, and
// NIDO_MONKEY_SECONDS makes each of its five rounds longer or shorter.
class MonkeyTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WindowWalk> m_walk;
    QQuickWindow *m_window = nullptr;

    // What a click can reach: visible, enabled items that take the mouse, inside the window.
    QList<QQuickItem *> clickable() const
    {
        QList<QQuickItem *> found;
        QList<QQuickItem *> pending{m_window->contentItem()};
        const QRectF inside(QPointF(0, 0), m_window->size());
        while (!pending.isEmpty()) {
            QQuickItem *item = pending.takeLast();
            if (!item->isVisible() || !item->isEnabled())
                continue;
            pending << item->childItems();
            if (item->acceptedMouseButtons() == Qt::NoButton || item->width() < 2 || item->height() < 2)
                continue;
            if (inside.contains(item->mapToScene(QPointF(item->width() / 2, item->height() / 2))))
                found << item;
        }
        return found;
    }

    // A dialog of Qt Widgets (a save dialog) takes the keyboard and mouse: the parent closes it.
    static void closeWidgetDialogs()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QDialog *>(widget); dialog && dialog->isVisible())
                dialog->reject();
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        // What QML says: Qt's own warnings (a view cancelling a delegate) are not the window's.
        QmlWarnings::collect(QmlWarnings::Kind::QmlOnly);
        QSqlDatabase db = TestDatabase::create(QStringLiteral("monkey"));
        QString error;
        QVERIFY2(SchemaMigrator(db).migrate(&error), qPrintable(error));
        QVERIFY2(DemoDataGenerator(db, DemoDataGenerator::familyScale(3)).generate(&error), qPrintable(error));
        ConnectionStatus::instance()->set(true, QStringLiteral("monkey"), true);
        m_walk = std::make_unique<WindowWalk>();
        QVERIFY2(m_walk->load(&error), qPrintable(error));
        m_window = m_walk->window();
        m_window->resize(1440, 900);
        QVERIFY(TestDatabase::settle(30000));
    }

    // Five rounds of 48 s, each with its own seed: Qt Test ends a test function, all its rows
    // together, after five minutes.
    void clicksAndKeysAnywhere_data()
    {
        QTest::addColumn<quint32>("seed");
        const quint32 first = qEnvironmentVariableIsSet("NIDO_MONKEY_SEED") ? quint32(qEnvironmentVariableIntValue("NIDO_MONKEY_SEED"))
                                                                            : 20261206u;
        for (quint32 round = 0; round < 5; ++round)
            QTest::addRow("seed %u", first + round) << first + round;
    }

    void clicksAndKeysAnywhere()
    {
        QFETCH(quint32, seed);
        QmlWarnings::list().clear();
        const int seconds = qEnvironmentVariableIsSet("NIDO_MONKEY_SECONDS") ? qEnvironmentVariableIntValue("NIDO_MONKEY_SECONDS") : 48;
        qInfo("monkey: seed %u for %d s (NIDO_MONKEY_SEED=%u replays it first)", seed, seconds, seed);
        QRandomGenerator random(seed);
        QObject *navigation = m_window->findChild<QObject *>(QStringLiteral("navigation"));
        auto *children = m_window->findChild<QQuickItem *>(QStringLiteral("childSwitcher"));
        QVERIFY(navigation && children);
        const int pages = navigation->property("count").toInt();
        const QList<Qt::Key> keys = {Qt::Key_Tab, Qt::Key_Backtab, Qt::Key_Return, Qt::Key_Escape, Qt::Key_Up, Qt::Key_Down,
                                     Qt::Key_Space, Qt::Key_Delete, Qt::Key_Backspace, Qt::Key_PageDown};
        const QString letters = QStringLiteral("abc 7:0<>&'\"é😀");
        QElapsedTimer clock;
        clock.start();
        int actions = 0;
        QString why;
        while (clock.elapsed() < seconds * 1000) {
            const int dice = random.bounded(100);
            if (dice < 8) {
                children->setProperty("currentIndex", random.bounded(3));
            } else if (dice < 20) {
                navigation->setProperty("currentIndex", random.bounded(pages));
            } else if (dice < 70) {
                const QList<QQuickItem *> items = clickable();
                if (!items.isEmpty() && !ParentInput::click(m_window, items.at(random.bounded(int(items.size()))), &why))
                    qInfo("monkey: %s", qPrintable(why));
            } else if (dice < 90) {
                QTest::keyClick(m_window, keys.at(random.bounded(int(keys.size()))));
            } else if (dice < 98) {
                // Any text, markup and emoji included, as typed.
                const QString text = letters.mid(random.bounded(int(letters.size()) - 1), 2);
                QTest::sendKeyEvent(QTest::Click, m_window, Qt::Key_unknown, text, Qt::NoModifier);
            } else {
                QTest::keyClick(m_window, Qt::Key_S, Qt::ControlModifier);
            }
            ++actions;
            QTest::qWait(random.bounded(3) == 0 ? 0 : random.bounded(150));
            closeWidgetDialogs();
            QVERIFY2(QmlWarnings::list().isEmpty(), qPrintable(QStringLiteral("after %1 actions (seed %2): %3").arg(actions).arg(seed).arg(QmlWarnings::list().join(u'\n'))));
        }
        qInfo("monkey: %d actions, no crash, no QML warning", actions);
        QVERIFY(TestDatabase::settle(30000));
        QVERIFY2(QmlWarnings::list().isEmpty(), qPrintable(QmlWarnings::list().join(u'\n')));
    }

    void cleanupTestCase()
    {
        m_walk.reset();
        DatabaseWorker::instance()->setConninfo({});
        QVERIFY(TestDatabase::settle());
    }
};

// QtCharts' QML types need a QApplication: QTEST_MAIN makes one, the tests linking Qt Widgets.
QTEST_MAIN(MonkeyTest)

#include "tst_monkey.moc"
