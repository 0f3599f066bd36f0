#include "connectionstatus.h"
#include "demodatagenerator.h"
#include "layoutcheck.h"
#include "parentinput.h"
#include "qmlwarnings.h"
#include "schemamigrator.h"
#include "testdatabase.h"
#include "darkpalette.h"
#include "windowwalk.h"

#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QTranslator>
#include <QtQml/QQmlExtensionPlugin>

#include <memory>

Q_IMPORT_QML_PLUGIN(Nido_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Nido_UiPlugin)

// Every page as a parent sees it, from a small laptop's 1024×640 to 1440×900, light and dark,
// English and Spanish: a screenshot of each in screenshots/layouts/, and no text cut without an
// ellipsis, nothing drawn over anything else (tests/support/layoutcheck.cpp).
class PageLayoutsTest : public QObject
{
    Q_OBJECT

private:

    // The view's problems at both sizes, each with where it was seen; a screenshot of each.
    static QStringList look(WindowWalk &walk, const QString &name)
    {
        QStringList found;
        for (const QSize &size : {QSize(1024, 640), QSize(1440, 900)}) {
            walk.window()->resize(size);
            if (!walk.settle())
                return {name + ": the window did not settle"};
            // Layouts and charts follow the size a frame or two later: a text that wraps at the
            // new width asks its layout for another pass. Offscreen, a frame is drawn when grabbed.
            for (int frame = 0; frame < 3; ++frame) {
                QTest::qWait(50);
                walk.window()->grabWindow();
            }
            const QString shot = QStringLiteral("%1-%2x%3").arg(name).arg(size.width()).arg(size.height());
            walk.window()->grabWindow().save(QStringLiteral("screenshots/layouts/%1.png").arg(shot));
            const QStringList problems = LayoutCheck::problems(walk.window());
            for (const QString &problem : problems)
                found << shot + ": " + problem;
        }
        return found;
    }

    // Scrolls the page's tallest view to its end: what lies below the fold is looked at too.
    static bool scrollToEnd(WindowWalk &walk)
    {
        QQuickItem *tallest = nullptr;
        qreal tallestHeight = 0;
        QList<QQuickItem *> items;
        for (QList<QQuickItem *> pending{walk.window()->contentItem()}; !pending.isEmpty();) {
            QQuickItem *item = pending.takeLast();
            if (!item->isVisible())
                continue;
            items << item;
            pending << item->childItems();
        }
        for (QQuickItem *item : std::as_const(items)) {
            if (!item->inherits("QQuickFlickable") || !item->isVisible())
                continue;
            const qreal content = item->property("contentHeight").toReal();
            if (content - item->height() > tallestHeight) {
                tallest = item;
                tallestHeight = content - item->height();
            }
        }
        if (!tallest)
            return false;
        tallest->setProperty("contentY", tallestHeight);
        return walk.settle();
    }

    static bool openFirst(WindowWalk &walk, const QString &listName)
    {
        auto *list = qobject_cast<QQuickItem *>(walk.named(listName));
        if (!list || !QTest::qWaitFor([list] { return list->property("count").toInt() > 0; }, 10000))
            return false;
        list->forceActiveFocus();
        QTest::keyClick(walk.window(), Qt::Key_Down);
        QTest::keyClick(walk.window(), Qt::Key_Return);
        return walk.settle();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QmlWarnings::collect(QmlWarnings::Kind::QmlOnly);
        QSqlDatabase db = TestDatabase::create(QStringLiteral("page_layouts"));
        QString error;
        QVERIFY2(SchemaMigrator(db).migrate(&error), qPrintable(error));
        QVERIFY2(DemoDataGenerator(db, DemoDataGenerator::familyScale(2)).generate(&error), qPrintable(error));
        ConnectionStatus::instance()->set(true, QStringLiteral("layouts"), true);
        QDir().mkpath(QStringLiteral("screenshots/layouts"));
    }

    void everyPageHolds_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dark");
        for (const char *language : {"en", "es"}) {
            for (const bool dark : {false, true})
                QTest::addRow("%s %s", language, dark ? "dark" : "light") << QString::fromLatin1(language) << dark;
        }
    }

    void everyPageHolds()
    {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        const QPalette light = QGuiApplication::palette();
        if (dark)
            QGuiApplication::setPalette(darkDesktopPalette());
        // As the application loads them: English has its plural forms too ("1 session").
        QTranslator translator;
        const QLocale locale = language == u"es" ? QLocale(QLocale::Spanish, QLocale::Spain) : QLocale(QLocale::English, QLocale::UnitedStates);
        QVERIFY(translator.load(locale, QStringLiteral("nido"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(locale);
        const auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(QLocale::c());
            QGuiApplication::setPalette(light);
        });
        QmlWarnings::list().clear();
        QStringList found;
        {
            WindowWalk walk;
            QString error;
            QVERIFY2(walk.load(&error), qPrintable(error));
            const QString prefix = language + (dark ? "-dark-" : "-light-");
            for (const char *page : {"overview", "attention", "timeline", "profile", "routines", "agents", "sessions", "activity",
                                     "reports", "settings"}) {
                walk.open(QString::fromLatin1(page));
                found << look(walk, prefix + QString::fromLatin1(page));
                if (qstrcmp(page, "timeline") == 0) {
                    QVERIFY(openFirst(walk, QStringLiteral("memoryList")));
                    found << look(walk, prefix + "memory");
                    // The statistics tab, down to its most important memories.
                    walk.named(QStringLiteral("timelineTabs"))->setProperty("currentIndex", 1);
                    QVERIFY(walk.settle());
                    QVERIFY(scrollToEnd(walk));
                    found << look(walk, prefix + "memory-statistics");
                    walk.named(QStringLiteral("timelineTabs"))->setProperty("currentIndex", 0);
                }
                if (qstrcmp(page, "profile") == 0) {
                    // The child's lists as chips, one for each entry.
                    const QStringList interests = TestDatabase::rows(
                        QStringLiteral("SELECT jsonb_array_elements_text(p.preferences->'interests') FROM user_profiles p "
                                       "WHERE p.\"userId\" = CAST(:child AS uuid) AND jsonb_typeof(p.preferences->'interests') = 'array'"),
                        {{QStringLiteral(":child"), walk.childId()}});
                    QVERIFY(!interests.isEmpty());
                    for (const QString &interest : interests)
                        QVERIFY2(ParentInput::shows(walk.window(), interest + QStringLiteral("  ✕")), qPrintable(interest));
                }
                if (qstrcmp(page, "activity") == 0) {
                    QVERIFY(scrollToEnd(walk));
                    found << look(walk, prefix + "activity-device-health");
                }
                if (qstrcmp(page, "agents") == 0) {
                    // A public agent, read-only: its chips and "Duplicate to edit".
                    auto *agents = qobject_cast<QQuickItem *>(walk.named(QStringLiteral("agentList")));
                    QVERIFY(agents);
                    const int count = agents->property("count").toInt();
                    int publicRow = -1;
                    for (int row = 0; row < count && publicRow < 0; ++row) {
                        agents->setProperty("currentIndex", row);
                        QVERIFY(walk.settle());
                        if (ParentInput::control(walk.window(), QStringLiteral("Duplicate to edit"))
                            || ParentInput::control(walk.window(), QStringLiteral("Duplicar para editar")))
                            publicRow = row;
                    }
                    QVERIFY2(publicRow >= 0, "no public agent to look at");
                    // After those switches, the agent shown has its own example turns.
                    QString agentId;
                    for (QQuickItem *item = agents; item && agentId.isEmpty(); item = item->parentItem())
                        agentId = item->property("agentId").toString();
                    const QStringList turns = TestDatabase::rows(
                        QStringLiteral("SELECT e->>'text' FROM agents a CROSS JOIN LATERAL jsonb_array_elements(a.persona->'examples') e "
                                       "WHERE a.id = CAST(:agent AS uuid) AND jsonb_typeof(a.persona->'examples') = 'array'"),
                        {{QStringLiteral(":agent"), agentId}});
                    QVERIFY2(!turns.isEmpty(), qPrintable(agentId));
                    for (const QString &turn : turns)
                        QVERIFY2(ParentInput::shows(walk.window(), turn), qPrintable(turn));
                    found << look(walk, prefix + "agent-public");
                }
                if (qstrcmp(page, "sessions") == 0) {
                    QVERIFY(openFirst(walk, QStringLiteral("sessionList")));
                    found << look(walk, prefix + "transcript");
                    walk.named(QStringLiteral("sessionTabs"))->setProperty("currentIndex", 1);
                    found << look(walk, prefix + "device-health");
                }
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(QString("%1 problems:\n").arg(found.size()) + found.join(u'\n')));
        QVERIFY2(QmlWarnings::list().isEmpty(), qPrintable(QmlWarnings::list().join(u'\n')));
    }
};

// QtCharts' QML types need a QApplication: QTEST_MAIN makes one, the tests linking Qt Widgets.
QTEST_MAIN(PageLayoutsTest)

#include "tst_pagelayouts.moc"
