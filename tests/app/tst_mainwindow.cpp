#include "activitystatistics.h"
#include "agentcontextpreview.h"
#include "agenteditor.h"
#include "childoverview.h"
#include "devicehealth.h"
#include "formats.h"
#include "draftstore.h"
#include "profileeditor.h"
#include "routineseditor.h"
#include "memorydetail.h"
#include "memorystatistics.h"
#include "sessiondetail.h"
#include "memorytimelinemodel.h"
#include "connectionstatus.h"
#include "demodatagenerator.h"
#include "schemamigrator.h"
#include "testdatabase.h"
#include "darkpalette.h"

#include <QAccessible>
#include <QApplication>
#include <QAbstractSeries>
#include <QBarSet>
#include <QValueAxis>
#include <QDate>
#include <QScopeGuard>
#include <QSqlError>
#include "dataloader.h"
#include "caregiveradmin.h"
#include "databaseworker.h"
#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QSettings>
#include <QAbstractItemModel>
#include "childlistmodel.h"
#include "memoryeditor.h"
#include "retentionpolicy.h"
#include "agentknowledge.h"
#include "reviewinboxmodel.h"
#include "topicmentionmodel.h"
#include "parentinput.h"
#include "processrun.h"
#include "qmlwarnings.h"
#include <QRandomGenerator>
#include <functional>
#include "agentlistmodel.h"
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPalette>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlProperty>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSet>

#include <memory>
#include <tuple>

#include <cmath>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Nido_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Nido_UiPlugin)


// Renders the real main window offscreen on a demo family and looks at the pixels.
class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;

    bool load()
    {
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Nido/Ui/Main.qml")));
        if (m_engine->rootObjects().isEmpty())
            return false;
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        return m_window && QTest::qWaitForWindowExposed(m_window);
    }

    QImage grab(const QString &fileName)
    {
        QTest::qWait(300);
        const QImage image = m_window->grabWindow();
        QDir().mkpath(QStringLiteral("screenshots"));
        image.save(QStringLiteral("screenshots/") + fileName);
        return image;
    }

    QImage render(const QString &fileName)
    {
        if (!load())
            return {};
        auto *overview = m_window->findChild<ChildOverview *>();
        if (!overview)
            return {};
        if (!QTest::qWaitFor([overview] { return overview->loaded(); }, 10000)) {
            qWarning("overview not ready: %s", qPrintable(overview->errorString()));
            return {};
        }
        m_lastMemories = overview->figures().memoriesTotal;
        return grab(fileName);
    }

    // Every value axis of the charts shown steps by 1, 2 or 5 × 10ⁿ and ends on a step; how many.
    int roundAxesShown()
    {
        int roundAxes = 0;
        QSet<const QValueAxis *> axes;
        for (QQuickItem *item : m_window->findChildren<QQuickItem *>()) {
            if (!item->inherits("DeclarativeChart") || !item->isVisible())
                continue;
            for (int index = 0; index < item->property("count").toInt(); ++index) {
                QAbstractSeries *series = nullptr;
                QMetaObject::invokeMethod(item, "series", Q_RETURN_ARG(QAbstractSeries *, series), Q_ARG(int, index));
                QAbstractAxis *axis = nullptr;
                QMetaObject::invokeMethod(item, "axisY", Q_RETURN_ARG(QAbstractAxis *, axis), Q_ARG(QAbstractSeries *, series));
                if (auto *valueAxis = qobject_cast<QValueAxis *>(axis))
                    axes.insert(valueAxis);
            }
        }
        for (const QValueAxis *axis : std::as_const(axes)) {
            if (!axis->isVisible())
                continue;
            const double interval = axis->tickInterval();
            const double multiple = interval / std::pow(10.0, std::floor(std::log10(interval)));
            const double steps = (axis->max() - axis->min()) / interval;
            const bool round = axis->tickType() == QValueAxis::TicksDynamic
                && (qFuzzyCompare(multiple, 1.0) || qFuzzyCompare(multiple, 2.0) || qFuzzyCompare(multiple, 5.0))
                && qAbs(steps - std::round(steps)) < 1e-6;
            if (!round) {
                qWarning("axis \"%s\" runs %g to %g by %g", qPrintable(axis->titleText()), axis->min(), axis->max(), interval);
                return -1;
            }
            ++roundAxes;
        }
        return roundAxes;
    }


    // Pages are opened by name, as the window does.
    static void openPage(QObject *navigation, const QString &page)
    {
        QMetaObject::invokeMethod(navigation, "open", Q_ARG(QString, page));
        QCOMPARE(navigation->property("currentPage").toString(), page);
    }

    static int distinctColours(const QImage &image)
    {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        return int(colours.size());
    }

    int m_lastMemories = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // No draft of an earlier run is offered in these windows.
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/drafts").removeRecursively();
        QSqlDatabase db = TestDatabase::create(QStringLiteral("window_demo"));
        QString error;
        QVERIFY2(SchemaMigrator(db).migrate(&error), qPrintable(error));
        QVERIFY2(DemoDataGenerator(db, DemoDataGenerator::familyScale(2)).generate(&error), qPrintable(error));
        ConnectionStatus::instance()->set(true, QStringLiteral("test"), true);
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        QmlWarnings::collect();
    }

    void overviewRendersRealFigures()
    {
        QmlWarnings::list().clear();
        const QImage image = render(QStringLiteral("overview-en.png"));
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 560);
        QVERIFY2(distinctColours(image) > 20, "the window looks blank");
        QVERIFY(m_lastMemories > 0);
        m_engine.reset();
        QVERIFY2(QmlWarnings::list().isEmpty(), qPrintable(QmlWarnings::list().join(u'\n')));
    }

    void timelineKeyboardDetailAndStatistics()
    {
        QmlWarnings::list().clear();
        QVERIFY(load());
        m_window->resize(1400, 900);
        QObject *navigation = m_window->findChild<QObject *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        openPage(navigation, "timeline");
        auto *timeline = m_window->findChild<MemoryTimelineModel *>();
        QVERIFY(timeline);
        QTRY_VERIFY(timeline->rowCount() > 0);

        auto *list = m_window->findChild<QQuickItem *>(QStringLiteral("memoryList"));
        QVERIFY(list);
        list->forceActiveFocus();
        QTest::keyClick(m_window, Qt::Key_Down);
        QTest::keyClick(m_window, Qt::Key_Down);
        QTest::keyClick(m_window, Qt::Key_Return);
        QObject *page = m_window->findChild<QObject *>(QStringLiteral("memoryTimelinePage"));
        QTRY_COMPARE(page->property("openMemoryId").toString(),
                     timeline->data(timeline->index(1), MemoryTimelineModel::IdRole).toString());
        auto *detail = m_window->findChild<MemoryDetail *>();
        QTRY_VERIFY(detail->loaded());
        const QImage timelineImage = grab(QStringLiteral("timeline-detail.png"));
        QVERIFY2(distinctColours(timelineImage) > 20, "the timeline looks blank");

        // The Delete key stages the deletion; Undo takes it back before anything reaches the server.
        auto *editor = m_window->findChild<MemoryEditor *>();
        QVERIFY(editor);
        list->forceActiveFocus();
        QTest::keyClick(m_window, Qt::Key_Delete);
        QTRY_COMPARE(editor->pendingCount(), 1);
        grab(QStringLiteral("timeline-delete-staged.png"));
        QString why;
        QVERIFY2(ParentInput::click(m_window, "Undo", &why), qPrintable(why));
        QTRY_COMPARE(editor->pendingCount(), 0);

        QObject *tabs = m_window->findChild<QObject *>(QStringLiteral("timelineTabs"));
        QVERIFY(tabs);
        tabs->setProperty("currentIndex", 1);
        const QImage statisticsImage = grab(QStringLiteral("timeline-statistics.png"));
        QVERIFY2(distinctColours(statisticsImage) > 20, "the statistics look blank");

        // "Why does the AI think this?" leads to the whole conversation.
        page->setProperty("openMemoryId", TestDatabase::scalar(
                              "SELECT id::text FROM memory_contexts WHERE \"sessionId\" IS NOT NULL AND \"userId\" = '"
                              + m_window->property("childId").toString() + "' LIMIT 1"));
        QTRY_VERIFY(detail->loaded() && !detail->memory().sessionId.isEmpty());
        QObject *openSession = m_window->findChild<QObject *>(QStringLiteral("openSessionButton"));
        QVERIFY(openSession);
        QVERIFY(QMetaObject::invokeMethod(openSession, "clicked"));
        QCOMPARE(navigation->property("currentPage").toString(), QStringLiteral("sessions"));
        auto *session = m_window->findChild<SessionDetail *>();
        QTRY_VERIFY(session->loaded());
        QCOMPARE(session->sessionId(), detail->memory().sessionId);
        m_engine.reset();
        QVERIFY2(QmlWarnings::list().isEmpty(), qPrintable(QmlWarnings::list().join(u'\n')));
    }

    void sessionsAndActivity()
    {
        QmlWarnings::list().clear();
        QVERIFY(load());
        m_window->resize(1400, 900);
        QObject *navigation = m_window->findChild<QObject *>(QStringLiteral("navigation"));
        openPage(navigation, "sessions");
        auto *list = m_window->findChild<QQuickItem *>(QStringLiteral("sessionList"));
        QVERIFY(list);
        QTRY_VERIFY(list->property("count").toInt() > 0);
        list->forceActiveFocus();
        QTest::keyClick(m_window, Qt::Key_Down);
        QTest::keyClick(m_window, Qt::Key_Return);
        auto *detail = m_window->findChild<SessionDetail *>();
        QTRY_VERIFY(detail->loaded());
        QVERIFY(detail->session().live);
        QVERIFY2(distinctColours(grab(QStringLiteral("session-transcript.png"))) > 20, "the session looks blank");
        // Each turn says who speaks, in the names the parent knows; tokens and costs wait behind
        // "Technical details".
        const QString childName = m_window->findChild<QQuickItem *>(QStringLiteral("childSwitcher"))->property("currentText").toString();
        QTRY_VERIFY(ParentInput::shows(m_window, childName));
        QVERIFY(ParentInput::shows(m_window, detail->session().agentName));
        const auto tokensShown = [this] {
            for (QQuickItem *item : m_window->findChildren<QQuickItem *>()) {
                if (item->isVisible() && item->property("text").toString().contains(QLatin1String(" tokens")))
                    return true;
            }
            return false;
        };
        QVERIFY(!tokensShown());
        QString why;
        QVERIFY2(ParentInput::click(m_window, "Technical details", &why), qPrintable(why));
        QTRY_VERIFY(tokensShown());
        grab(QStringLiteral("session-transcript-technical.png"));
        QVERIFY2(ParentInput::click(m_window, "Technical details", &why), qPrintable(why));
        m_window->findChild<QObject *>(QStringLiteral("sessionTabs"))->setProperty("currentIndex", 1);
        QVERIFY2(distinctColours(grab(QStringLiteral("session-health.png"))) > 20, "the health charts look blank");
        // What a screen reader hears of a chart: the range of the points it draws.
        DeviceHealth *sessionHealth = nullptr;
        for (auto *health : m_window->findChildren<DeviceHealth *>()) {
            if (health->sessionId() == detail->sessionId())
                sessionHealth = health;
        }
        QVERIFY(sessionHealth);
        QTRY_VERIFY(sessionHealth->loaded());
        const QList<QPointF> battery = sessionHealth->points(QStringLiteral("batteryLevel"));
        QVERIFY(!battery.isEmpty());
        double lowest = battery.constFirst().y();
        double highest = lowest;
        for (const QPointF &point : battery) {
            lowest = qMin(lowest, point.y());
            highest = qMax(highest, point.y());
        }
        QQuickItem *batteryChart = nullptr;
        for (auto *item : m_window->findChildren<QQuickItem *>()) {
            if (item->property("caption").toString() == QLatin1String("Battery (%)") && item->isVisible())
                batteryChart = item;
        }
        QVERIFY(batteryChart);
        const QLocale locale;
        QTRY_COMPARE(batteryChart->property("summary").toString().section(QLatin1Char('.'), 0, 0),
                     QStringLiteral("Battery from %1 to %2, last %3")
                         .arg(locale.toString(lowest, 'f', 0), locale.toString(highest, 'f', 0), locale.toString(battery.constLast().y(), 'f', 0)));

        openPage(navigation, "activity");
        QVERIFY2(distinctColours(grab(QStringLiteral("activity.png"))) > 20, "the activity page looks blank");
        // Minutes and sessions per day.
        QVERIFY2(roundAxesShown() >= 2, "the activity charts' axes are not stepped roundly");
        // The bar under the pointer says its day and minutes.
        QObject *tip = m_window->findChild<QObject *>(QStringLiteral("minutesChartTip"));
        QVERIFY(tip);
        auto *minutes = m_window->findChild<QQuickItem *>(QStringLiteral("minutesChart"));
        QVERIFY(minutes);
        QAbstractSeries *bars = nullptr;
        QMetaObject::invokeMethod(minutes, "series", Q_RETURN_ARG(QAbstractSeries *, bars), Q_ARG(int, 1));
        QVERIFY(bars);
        QVERIFY(QMetaObject::invokeMethod(bars, "hovered", Q_ARG(bool, true), Q_ARG(int, 3), Q_ARG(QBarSet *, nullptr)));
        QTRY_VERIFY(tip->property("visible").toBool());
        QVERIFY2(tip->property("text").toString().contains(" min"), qPrintable(tip->property("text").toString()));
        QVERIFY(QMetaObject::invokeMethod(bars, "hovered", Q_ARG(bool, false), Q_ARG(int, 3), Q_ARG(QBarSet *, nullptr)));
        // The same numbers as a table, a click away: a header and a row per day.
        QQuickItem *asTable = nullptr;
        for (auto *child : minutes->findChildren<QQuickItem *>()) {
            if (child->inherits("QQuickAbstractButton") && child->property("text").toString() == "Show as table")
                asTable = child;
        }
        QVERIFY(asTable);
        QVERIFY2(ParentInput::click(m_window, asTable, &why), qPrintable(why));
        auto *table = minutes->findChild<QQuickItem *>(QStringLiteral("chartTable"));
        QVERIFY(table);
        QTRY_VERIFY(table->isVisible());
        auto *activity = m_window->findChild<ActivityStatistics *>();
        QVERIFY(activity);
        // The figures come after a round trip of their own (the days need the routine's waking hours).
        QTRY_VERIFY2(activity->loaded(), qPrintable(activity->errorString()));
        const QStringList days = activity->property("dayLabels").toStringList();
        QVERIFY(!days.isEmpty());
        QTRY_COMPARE(table->property("count").toInt(), int(days.size()) + 1);
        QVERIFY(ParentInput::shows(m_window, days.constFirst()));
        QVERIFY2(minutes->property("summary").toString().contains(days.constFirst() + ": "), qPrintable(minutes->property("summary").toString()));
        grab(QStringLiteral("activity-table.png"));
        QVERIFY2(ParentInput::click(m_window, asTable, &why), qPrintable(why));
        QTRY_VERIFY(!table->isVisible());
        // The memories per day, once loaded (not waiting under the cover), summed for a screen reader.
        auto *memoriesChart = m_window->findChild<QQuickItem *>(QStringLiteral("memoriesChart"));
        QVERIFY(memoriesChart);
        auto *memoryFigures = memoriesChart->property("statistics").value<MemoryStatistics *>();
        QVERIFY(memoryFigures);
        QTRY_VERIFY2(memoryFigures->loaded(), qPrintable(memoryFigures->errorString()));
        qlonglong memoriesInPeriod = 0;
        for (const QVariant &perDay : memoryFigures->perDayByCategory()) {
            for (const QVariant &count : perDay.toList())
                memoriesInPeriod += count.toLongLong();
        }
        QVERIFY(memoriesInPeriod > 0);
        QTRY_VERIFY(!memoriesChart->property("waiting").toBool());
        QVERIFY2(memoriesChart->property("summary").toString().startsWith(QLocale().toString(memoriesInPeriod) + " memories over "),
                 qPrintable(memoriesChart->property("summary").toString()));
        // The device health below the fold is not made until the view comes near it.
        auto *section = m_window->findChild<QQuickItem *>(QStringLiteral("activityDeviceHealth"));
        QVERIFY(section);
        QVERIFY(!section->property("item").value<QObject *>());
        // Every device report, behind a check box at the foot of the page: a hidden list reads no
        // pages. A parent tabs down to it: the focus, scrolled into view, brings the section in
        // before it gets there. The check box, not its label; and the list beside it (the session
        // page has its own).
        QQuickItem *details = nullptr;
        for (int tab = 0; tab < 300 && !details; ++tab) {
            QTest::keyClick(m_window, Qt::Key_Tab);
            QQuickItem *box = ParentInput::control(m_window, "Technical details: every report, and how the charts are made");
            while (box && !box->inherits("QQuickAbstractButton"))
                box = box->parentItem();
            if (box && box->hasActiveFocus())
                details = box;
        }
        QVERIFY2(details, "the Tab key never reached the device reports' check box");
        QVERIFY(section->property("item").value<QObject *>());
        auto *reports = details->parentItem()->findChild<QQuickItem *>(QStringLiteral("everyDeviceReport"));
        QVERIFY(reports);
        QVERIFY(!reports->isVisible());
        QCOMPARE(reports->property("count").toInt(), 0);
        QTest::keyClick(m_window, Qt::Key_Space);
        QTRY_VERIFY(reports->isVisible());
        const int reported = int(TestDatabase::scalar("SELECT COUNT(*) FROM session_heartbeats").toLongLong());
        QVERIFY(reported > 0);
        QTRY_VERIFY(reports->property("count").toInt() > 0);
        QVERIFY(reports->property("count").toInt() <= reported);
        QTest::keyClick(m_window, Qt::Key_Space);
        QTRY_VERIFY(!reports->isVisible());
        // Another child: the charts wait for its figures, then show them (and back). After the
        // section below the fold is checked: a switch moves what is in view.
        QObject *childChoice = m_window->findChild<QObject *>(QStringLiteral("childSwitcher"));
        const int firstChild = childChoice->property("currentIndex").toInt();
        const QList<qreal> firstMinutes = activity->minutesPerDay();
        QCOMPARE(minutes->property("minutesPerDay").value<QList<qreal>>(), firstMinutes);
        for (const int child : {firstChild == 0 ? 1 : 0, firstChild}) {
            const QString before = activity->childId();
            childChoice->setProperty("currentIndex", child);
            // Until they come, the last child's figures are under the cover, and not read out.
            QVERIFY(minutes->property("waiting").toBool());
            QAccessibleInterface *described = QAccessible::queryAccessibleInterface(minutes);
            QVERIFY(described);
            QCOMPARE(described->text(QAccessible::Description), QString("Loading…"));
            QTRY_VERIFY(activity->childId() != before && activity->loaded());
            QTRY_COMPARE(minutes->property("minutesPerDay").value<QList<qreal>>(), activity->minutesPerDay());
            QVERIFY(!minutes->property("waiting").toBool());
            if (child != firstChild)
                QVERIFY2(activity->minutesPerDay() != firstMinutes, "two children with the same minutes: the switch shows nothing");
        }
        openPage(navigation, "settings");
        QVERIFY2(distinctColours(grab(QStringLiteral("settings.png"))) > 10, "the settings page looks blank");
        m_engine.reset();
        QVERIFY2(QmlWarnings::list().isEmpty(), qPrintable(QmlWarnings::list().join(u'\n')));
    }

    QQuickItem *focusField(const QString &path)
    {
        auto *field = m_window->findChild<QQuickItem *>("field:" + path);
        if (field)
            field->forceActiveFocus(Qt::TabFocusReason);
        return field;
    }
    // QTest types into widgets only: into a window, a key at a time.
    void typeKeys(const QString &text)
    {
        for (const QChar ch : text)
            QTest::keyClick(m_window, ch.toLatin1());
    }
    // Replaces a focused field's text with keystrokes.
    void typeOver(const QString &text)
    {
        QTest::keyClick(m_window, Qt::Key_A, Qt::ControlModifier);
        typeKeys(text);
    }

    void profileAndRoutinesWithTheKeyboard()
    {
        QmlWarnings::list().clear();
        // A draft an earlier, killed Nido left: the window offers it when it starts.
        const QString firstChild = TestDatabase::scalar("SELECT id::text FROM users ORDER BY id LIMIT 1").toString();
        QString error;
        QVERIFY2(DraftStore::save({"routines", firstChild, QDateTime::currentDateTime(), QJsonObject{{"values", QJsonObject{}}}}, &error),
                 qPrintable(error));
        // Left by a window that is gone: its process no longer runs.
        const QString drafts = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/drafts/";
        const QString own = "routines-" + firstChild + "." + QString::number(QCoreApplication::applicationPid()) + ".json";
        QVERIFY(QFile::rename(drafts + own, drafts + "routines-" + firstChild + ".999999.json"));
        QVERIFY(!render(QStringLiteral("before-profile.png")).isNull());
        QObject *banner = m_window->findChild<QObject *>(QStringLiteral("draftBanner"));
        QVERIFY(banner->property("visible").toBool());
        // It names the child the changes were for.
        const QString name = TestDatabase::scalar("SELECT \"firstName\" FROM users WHERE id = '" + firstChild + "'").toString();
        QVERIFY(QTest::qWaitFor([&] { return banner->property("childName").toString().startsWith(name); }, 5000));
        grab(QStringLiteral("draft-banner-en.png"));
        DraftStore::remove("routines", firstChild);
        m_window->resize(1400, 1000);
        const QString child = TestDatabase::scalar("SELECT id::text FROM users ORDER BY id LIMIT 1").toString();
        QObject *navigation = m_window->findChild<QObject *>(QStringLiteral("navigation"));
        openPage(navigation, "profile");
        ProfileEditor *profile = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (profile = m_window->findChild<ProfileEditor *>()) && profile->loaded(); }, 10000));
        QCOMPARE(profile->childId(), child);

        QVERIFY(focusField("firstName"));
        typeOver("Martina");
        QTest::keyClick(m_window, Qt::Key_Tab);
        QCOMPARE(m_window->activeFocusItem(), m_window->findChild<QQuickItem *>("field:lastName"));
        typeOver("Ruiz");
        QVERIFY(focusField("age"));
        typeOver("x");
        QVERIFY(profile->errors().contains("age"));
        typeOver("8");
        QVERIFY(focusField("preferences.avoidTopics"));
        typeKeys("tormentas");
        QTest::keyClick(m_window, Qt::Key_Return);
        typeKeys("<b>sustos</b>");
        QTest::keyClick(m_window, Qt::Key_Return);
        QVERIFY2(profile->canSave(), qPrintable(QJsonDocument::fromVariant(profile->errors()).toJson()));
        grab(QStringLiteral("profile-en.png"));
        QTest::keyClick(m_window, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(QTest::qWaitFor([&] { return !profile->dirty() && !profile->saving(); }, 10000));
        QVERIFY2(profile->actionError().isEmpty(), qPrintable(profile->actionError()));
        // The topics typed follow the demo's own.
        QCOMPARE(TestDatabase::scalar("SELECT \"firstName\" || ' ' || \"lastName\" || ' ' || p.age || ' ' || (p.preferences->'avoidTopics'->-2)::text "
                                      "|| ' ' || (p.preferences->'avoidTopics'->-1)::text "
                                      "FROM users u JOIN user_profiles p ON p.\"userId\" = u.id WHERE u.id = '" + child + "'").toString(),
                 QString("Martina Ruiz 8 \"tormentas\" \"<b>sustos</b>\""));

        // Unsaved edits: switching child asks first, and "Keep editing" stays.
        QVERIFY(focusField("lastName"));
        typeOver("Ruiz Soto");
        QObject *switcher = m_window->findChild<QObject *>(QStringLiteral("childSwitcher"));
        const int chosen = switcher->property("currentIndex").toInt();
        switcher->setProperty("currentIndex", chosen == 0 ? 1 : 0);
        QObject *unsaved = m_window->findChild<QObject *>(QStringLiteral("unsavedDialog"));
        QVERIFY(QTest::qWaitFor([&] { return unsaved->property("visible").toBool(); }, 5000));
        QCOMPARE(m_window->property("childId").toString(), child);
        QMetaObject::invokeMethod(unsaved, "reject");
        QVERIFY(QTest::qWaitFor([&] { return switcher->property("currentIndex").toInt() == chosen; }, 5000));
        QCOMPARE(profile->values().value("lastName").toString(), QString("Ruiz Soto"));
        profile->discard();

        // The switcher shows the new name at once, and stays on the same child.
        QObject *children = m_window->findChild<QObject *>(QStringLiteral("childSwitcher"));
        QVERIFY(QTest::qWaitFor([&] { return children->property("displayText").toString() == "Martina Ruiz"; }, 5000));
        QCOMPARE(profile->childId(), child);

        openPage(navigation, "routines");
        RoutinesEditor *routines = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (routines = m_window->findChild<RoutinesEditor *>()) && routines->loaded(); }, 10000));
        // Nothing moves under the pointer while the parent types, a reason appearing included.
        const auto where = [&](const char *path) {
            QQuickItem *item = m_window->findChild<QQuickItem *>(QString("field:") + path);
            return item ? item->mapToScene(QPointF(0, 0)) : QPointF(-1, -1);
        };
        QTest::qWait(100);
        const QPointF bedBefore = where("routines.bedTime");
        const QPointF lunchBefore = where("routines.mealTimes.lunch");
        QVERIFY(focusField("routines.wakeTime"));
        typeOver("25:00");
        QVERIFY(routines->errors().value("routines.wakeTime").toString().contains("HH:MM"));
        QTest::qWait(100);
        QCOMPARE(where("routines.bedTime"), bedBefore);
        QCOMPARE(where("routines.mealTimes.lunch"), lunchBefore);
        grab(QStringLiteral("routines-error-en.png"));
        typeOver("6:50");
        QVERIFY(focusField("routines.bedTime"));
        typeOver("00:15");
        QVERIFY(focusField("routines.mealTimes.snacks"));
        typeKeys("23:30");
        QTest::keyClick(m_window, Qt::Key_Return);
        QVERIFY(focusField("routines.screenTime.limit"));
        typeOver("75");
        QVERIFY2(routines->canSave(), qPrintable(QJsonDocument::fromVariant(routines->errors()).toJson()));
        QTest::keyClick(m_window, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(QTest::qWaitFor([&] { return !routines->dirty() && !routines->saving(); }, 10000));
        QCOMPARE(TestDatabase::scalar("SELECT concat_ws(' ', routines->>'wakeTime', routines->>'bedTime', routines#>>'{screenTime,limit}') "
                                      "FROM user_profiles WHERE \"userId\" = '" + child + "'").toString(),
                 QString("06:50 00:15 75"));
        QVERIFY(TestDatabase::scalar("SELECT routines#>'{mealTimes,snacks}' ? '23:30' FROM user_profiles WHERE \"userId\" = '" + child + "'").toBool());
        QVERIFY2(distinctColours(grab(QStringLiteral("routines-en.png"))) > 20, "the routines page looks blank");

        // The activity page uses the new limit at once.
        openPage(navigation, "activity");
        auto *activity = m_window->findChild<ActivityStatistics *>();
        QVERIFY(activity);
        QVERIFY(QTest::qWaitFor([&] { return !activity->loading() && activity->dailyLimitMinutes() == 75; }, 10000));
        m_engine.reset();
        QVERIFY2(QmlWarnings::list().isEmpty(), qPrintable(QmlWarnings::list().join(u'\n')));
    }

    void agentsPage()
    {
        QmlWarnings::list().clear();
        const QString child = TestDatabase::scalar("SELECT id::text FROM users ORDER BY id LIMIT 1").toString();
        // A backend's change, so that the versions have something to compare.
        QSqlQuery backend;
        QVERIFY(backend.exec("UPDATE agents SET persona = persona || '{\"tone\": \"Calm, curious and kind\"}' WHERE \"ownerUserId\" = '" + child + "'"));
        QVERIFY(!render(QStringLiteral("before-agents.png")).isNull());
        m_window->resize(1400, 1000);
        QObject *navigation = m_window->findChild<QObject *>(QStringLiteral("navigation"));
        openPage(navigation, "agents");
        AgentEditor *editor = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (editor = m_window->findChild<AgentEditor *>()) && editor->loaded(); }, 10000));
        QVERIFY(TestDatabase::settle());
        QVERIFY2(distinctColours(grab(QStringLiteral("agents-en.png"))) > 20, "the agents page looks blank");
        // Showing an agent changes nothing.
        QVERIFY2(!editor->dirty(), qPrintable(editor->changedFields().join(", ")));
        QObject *tabs = m_window->findChild<QObject *>(QStringLiteral("agentTabs"));
        tabs->setProperty("currentIndex", 1);
        QVERIFY(TestDatabase::settle());
        grab(QStringLiteral("agent-versions-en.png"));
        tabs->setProperty("currentIndex", 2);
        QVERIFY(TestDatabase::settle());
        grab(QStringLiteral("agent-preview-en.png"));
        // The preview's rows are the shown agent's memories, and the next agent's after a click
        // (they take its words in place).
        auto *preview = m_window->findChild<AgentContextPreview *>();
        QVERIFY(preview);
        // What the preview should show: a row per memory, then a line per turn of the conversation.
        const auto expectedRows = [&] {
            QStringList rows;
            for (const QVariant &memory : preview->memories()) {
                const QVariantMap m = memory.toMap();
                rows << QStringLiteral("%1 · importance %2%3")
                            .arg(m.value("summary").toString().isEmpty() ? m.value("content").toString() : m.value("summary").toString(),
                                 QLocale().toString(m.value("importance").toDouble(), 'f', 2),
                                 m.value("shared").toBool() ? QStringLiteral(" · shared by all agents") : QString());
            }
            for (const QVariant &turn : preview->conversation()) {
                const QVariantMap t = turn.toMap();
                rows << (t.value("messageType").toString() == "user" ? QStringLiteral("Child: %1") : QStringLiteral("Agent: %1"))
                            .arg(t.value("content").toString());
            }
            return rows;
        };
        auto *agents = m_window->findChild<QQuickItem *>(QStringLiteral("agentList"))->property("model").value<QAbstractItemModel *>();
        QVERIFY(agents && agents->rowCount() > 1);
        const auto checkRows = [&] {
            QVERIFY(TestDatabase::settle());
            QTRY_VERIFY(preview->loaded());
            QVERIFY(!preview->memories().isEmpty());
            QVERIFY(!preview->conversation().isEmpty());
            for (const QString &row : expectedRows())
                QVERIFY2(ParentInput::shows(m_window, row), qPrintable(row));
        };
        checkRows();
        for (const int row : {1, 0}) {
            QString why;
            QVERIFY2(ParentInput::click(m_window, agents->index(row, 0).data(AgentListModel::NameRole).toString(), &why), qPrintable(why));
            QTRY_COMPARE(preview->agentId(), agents->index(row, 0).data(AgentListModel::IdRole).toString());
            checkRows();
        }
        m_engine.reset();
        QVERIFY2(QmlWarnings::list().isEmpty(), qPrintable(QmlWarnings::list().join(u'\n')));
    }

    void reportsPageExportsWithoutWaiting()
    {
        QmlWarnings::list().clear();
        QVERIFY(!render(QStringLiteral("before-reports.png")).isNull());
        m_window->resize(1400, 1000);
        openPage(m_window->findChild<QObject *>(QStringLiteral("navigation")), "reports");
        QObject *job = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (job = m_window->findChild<QObject *>(QStringLiteral("exportJob"))); }, 5000));
        QVERIFY(TestDatabase::settle());
        const QString child = m_window->property("childId").toString();
        QTemporaryDir out;
        const QString file = out.filePath("week.pdf");
        QMetaObject::invokeMethod(job, "exportPeriod", Q_ARG(QString, child), Q_ARG(QString, QDate::currentDate().addDays(-6).toString(Qt::ISODate)),
                                  Q_ARG(QString, QDate::currentDate().toString(Qt::ISODate)), Q_ARG(bool, true), Q_ARG(QUrl, QUrl::fromLocalFile(file)));
        QVERIFY(job->property("running").toBool());
        QVERIFY(QTest::qWaitFor([&] { return !job->property("running").toBool(); }, 30000));
        QVERIFY2(job->property("succeeded").toBool(), qPrintable(job->property("message").toString()));
        QVERIFY(QFileInfo(file).size() > 1000);
        QVERIFY2(distinctColours(grab(QStringLiteral("reports-en.png"))) > 10, "the reports page looks blank");
        // The dialogs open (their QML modules are installed) and close again.
        for (const char *name : {"reportFileDialog", "reportFolderDialog"}) {
            QObject *dialog = m_window->findChild<QObject *>(QLatin1String(name));
            QVERIFY2(dialog, name);
            QVERIFY(QMetaObject::invokeMethod(dialog, "open"));
            QTest::qWait(200);
            QVERIFY(QMetaObject::invokeMethod(dialog, "close"));
        }
        m_engine.reset();
        QVERIFY2(QmlWarnings::list().isEmpty(), qPrintable(QmlWarnings::list().join(u'\n')));
    }

    // What a screen reader would say for a control: its Accessible.name, or a button's text.
    static QString accessibleName(QQuickItem *item)
    {
        const QString name = QQmlProperty(item, QStringLiteral("Accessible.name"), qmlContext(item)).read().toString();
        if (!name.trimmed().isEmpty())
            return name;
        return item->inherits("QQuickAbstractButton") ? item->property("text").toString() : QString();
    }

    // The part of an item a parent can see: inside the window and every scrolling view around it.
    QRectF visibleRect(QQuickItem *item) const
    {
        QRectF shown = QRectF(item->mapToScene(QPointF(0, 0)), item->size()) & QRectF(QPointF(0, 0), QSizeF(m_window->size()));
        for (QQuickItem *view = item->parentItem(); view; view = view->parentItem()) {
            if (view->inherits("QQuickFlickable") || view->clip())
                shown &= QRectF(view->mapToScene(QPointF(0, 0)), view->size());
        }
        return shown;
    }

    // Every page is reached and used with the keyboard: Down in the page list, then Tab through
    // its controls; focus is always on a visible item and never trapped.
    // As a parent does it: a click on "Save PDF…", the real dialog, a new name typed, Save. Then the
    // session's report under the name the dialog suggests, and a folder that cannot be written.
    void reportsAreSavedThroughTheDialog()
    {
        QmlWarnings::list().clear();
        QTemporaryDir out;
        QSettings().setValue("reports/lastFolder", out.path());
        QVERIFY(!render(QStringLiteral("before-dialog.png")).isNull());
        m_window->resize(1400, 1000);
        QString why;
        QVERIFY2(ParentInput::click(m_window, "Reports and export", &why), qPrintable(why));
        QObject *job = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (job = m_window->findChild<QObject *>(QStringLiteral("exportJob"))); }, 5000));
        QVERIFY(TestDatabase::settle());
        auto *switcher = m_window->findChild<QQuickItem *>(QStringLiteral("childSwitcher"));
        const QString childName = switcher->property("currentText").toString();
        QVERIFY(!childName.isEmpty());

        // A period's report is for a teacher or a therapist: the child's words only when the parent adds them.
        QObject *withTranscripts = m_window->findChild<QObject *>(QStringLiteral("withTranscripts"));
        QVERIFY(withTranscripts && !withTranscripts->property("checked").toBool());
        QVERIFY2(ParentInput::click(m_window, "Save PDF…", &why), qPrintable(why));
        auto *dialog = qobject_cast<QFileDialog *>(ParentInput::shownDialog("QFileDialog"));
        QVERIFY2(dialog, "no save dialog opened");
        QCOMPARE(dialog->labelText(QFileDialog::Accept), QString("Save"));
        QCOMPARE(QDir(dialog->directory()).canonicalPath(), QDir(out.path()).canonicalPath());
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        QVERIFY2(name->text().startsWith(childName + " – report "), qPrintable(name->text()));
        name->selectAll();
        QTest::keyClicks(name, "informe de la semana");
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isVisible(); }, 5000));
        QVERIFY(QTest::qWaitFor([&] { return !job->property("running").toBool() && !job->property("message").toString().isEmpty(); }, 30000));
        QVERIFY2(job->property("succeeded").toBool(), qPrintable(job->property("message").toString()));
        QFile period(out.filePath("informe de la semana.pdf"));
        QVERIFY2(period.open(QIODevice::ReadOnly), qPrintable(QDir(out.path()).entryList().join(", ")));
        QVERIFY(period.read(5) == "%PDF-");
        QVERIFY(period.size() > 1000);
        grab(QStringLiteral("reports-saved.png"));

        // The session's report keeps the name the dialog suggests, in the folder used last.
        QVERIFY2(ParentInput::click(m_window, "Save…", &why), qPrintable(why));
        QVERIFY(QTest::qWaitFor([&] { return (dialog = qobject_cast<QFileDialog *>(ParentInput::shownDialog("QFileDialog"))); }, 5000));
        name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        const QString suggested = name->text();
        QVERIFY2(suggested.startsWith(childName + " – session ") && suggested.endsWith(".pdf"), qPrintable(suggested));
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isVisible(); }, 5000));
        QVERIFY(QTest::qWaitFor([&] { return !job->property("running").toBool(); }, 30000));
        QVERIFY2(job->property("succeeded").toBool(), qPrintable(job->property("message").toString()));
        QVERIFY(QFileInfo(out.filePath(suggested)).size() > 1000);

        // All of the child's data, into the folder the dialog opens on.
        QVERIFY2(ParentInput::click(m_window, "Choose a folder…", &why), qPrintable(why));
        QVERIFY(QTest::qWaitFor([&] { return (dialog = qobject_cast<QFileDialog *>(ParentInput::shownDialog("QFileDialog"))); }, 5000));
        QCOMPARE(dialog->fileMode(), QFileDialog::Directory);
        QCOMPARE(QDir(dialog->directory()).canonicalPath(), QDir(out.path()).canonicalPath());
        QAbstractButton *choose = nullptr;
        if (auto *box = dialog->findChild<QDialogButtonBox *>()) {
            for (QAbstractButton *button : box->buttons())
                choose = box->buttonRole(button) == QDialogButtonBox::AcceptRole ? button : choose;
        }
        QVERIFY2(choose && choose->isEnabled(), "the folder dialog has a button to choose the folder");
        QTest::mouseClick(choose, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !job->property("running").toBool(); }, 60000));
        QVERIFY2(job->property("succeeded").toBool(), qPrintable(job->property("message").toString()));
        const QStringList exported = QDir(out.path()).entryList({"nido-*"}, QDir::Dirs);
        QCOMPARE(exported.size(), 1);
        QVERIFY(QFileInfo::exists(out.filePath(exported.constFirst() + "/manifest.json")));

        // A folder that is gone: refused, with the file named, and nothing audited.
        const int audited = TestDatabase::scalar("SELECT COUNT(*) FROM nido.caregiver_audit WHERE action = 'export'").toInt();
        QMetaObject::invokeMethod(job, "exportPeriod", Q_ARG(QString, m_window->property("childId").toString()), Q_ARG(QString, "2026-01-01"),
                                  Q_ARG(QString, "2026-01-07"), Q_ARG(bool, false), Q_ARG(QUrl, QUrl::fromLocalFile(out.filePath("gone/semana.pdf"))));
        QVERIFY(!job->property("running").toBool());
        QVERIFY(!job->property("succeeded").toBool());
        QVERIFY2(job->property("message").toString().contains("semana.pdf"), qPrintable(job->property("message").toString()));
        QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM nido.caregiver_audit WHERE action = 'export'").toInt(), audited);

        // Another child: the message was about the first one's report.
        const int other = switcher->property("currentIndex").toInt() == 0 ? 1 : 0;
        QVERIFY2(ParentInput::choose(m_window, switcher, QQmlProperty::read(switcher, "model").value<QAbstractItemModel *>()
                                                             ->index(other, 0).data(ChildListModel::DisplayNameRole).toString(), &why), qPrintable(why));
        QVERIFY(QTest::qWaitFor([&] { return job->property("message").toString().isEmpty(); }, 3000));
        QSettings().remove("reports/lastFolder");
        m_engine.reset();
        QVERIFY2(QmlWarnings::list().isEmpty(), qPrintable(QmlWarnings::list().join(u'\n')));
    }

    // Clicks from one agent to another, quickly and slowly, as a parent comparing them does; the
    // form follows each click and the window stays up.
    void agentsFollowEveryClick()
    {
        QmlWarnings::list().clear();
        QVERIFY(!render(QStringLiteral("before-agents.png")).isNull());
        m_window->resize(1440, 900);
        QString why;
        QVERIFY2(ParentInput::click(m_window, "Agents", &why), qPrintable(why));
        QVERIFY(TestDatabase::settle());
        auto *list = m_window->findChild<QQuickItem *>(QStringLiteral("agentList"));
        QVERIFY(list);
        auto *agents = list->property("model").value<QAbstractItemModel *>();
        QVERIFY(agents && agents->rowCount() > 2);
        const int seed = int(QDateTime::currentMSecsSinceEpoch() % 100000);
        qInfo("agent clicks with seed %d", seed);
        QRandomGenerator random(seed);
        auto *editor = m_window->findChild<AgentEditor *>();
        for (int click = 0; click < 40; ++click) {
            const int row = random.bounded(qMin(agents->rowCount(), 6));
            const QString name = agents->index(row, 0).data(AgentListModel::NameRole).toString();
            QVERIFY2(ParentInput::click(m_window, name, &why), qPrintable(why));
            QTest::qWait(random.bounded(3) == 0 ? 0 : random.bounded(120));
            if (click % 10 == 9) {
                QVERIFY(TestDatabase::settle());
                QTest::qWait(50);
                QCOMPARE(editor->values().value("name").toString(), name);
            }
        }
        QVERIFY(TestDatabase::settle());

        // The "New agent" dialog holds its fields, at this size and in Spanish's longer words alike.
        QVERIFY2(ParentInput::click(m_window, "New agent…", &why), qPrintable(why));
        QObject *dialog = m_window->findChild<QObject *>(QStringLiteral("newAgentDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        auto *nameField = m_window->findChild<QQuickItem *>(QStringLiteral("newAgentName"));
        QVERIFY(nameField);
        const QRectF field(nameField->mapToScene(QPointF(0, 0)), nameField->size());
        auto *frame = dialog->property("background").value<QQuickItem *>();
        QVERIFY(frame);
        const QRectF box(frame->mapToScene(QPointF(0, 0)), frame->size());
        QVERIFY2(box.contains(field), qPrintable(QString("field %1,%2 %3 wide; dialog %4,%5 %6 wide").arg(field.x()).arg(field.y())
                                                     .arg(field.width()).arg(box.x()).arg(box.y()).arg(box.width())));
        grab(QStringLiteral("agents-new-dialog.png"));
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->property("visible").toBool());

        // Another child: its first agent is chosen and shown, not a highlight over an empty pane.
        auto *switcher = m_window->findChild<QQuickItem *>(QStringLiteral("childSwitcher"));
        const int other = switcher->property("currentIndex").toInt() == 0 ? 1 : 0;
        QVERIFY2(ParentInput::choose(m_window, switcher, QQmlProperty::read(switcher, "model").value<QAbstractItemModel *>()
                                                             ->index(other, 0).data(ChildListModel::DisplayNameRole).toString(), &why), qPrintable(why));
        QVERIFY(TestDatabase::settle());
        QTest::qWait(50);
        QCOMPARE(list->property("currentIndex").toInt(), 0);
        QVERIFY(editor->loaded());
        QCOMPARE(editor->values().value("name").toString(), agents->index(0, 0).data(AgentListModel::NameRole).toString());
        m_engine.reset();
        QVERIFY2(QmlWarnings::list().isEmpty(), qPrintable(QmlWarnings::list().join(u'\n')));
    }

    // Review and delete a memory as a parent clicks: the row, Delete in its pane, Confirm… on the
    // bar, and the one dialog's Delete. The row is gone from the database, the pane closes, the
    // count follows.
    void aMemoryIsDeletedWithOneConfirmation()
    {
        QmlWarnings::list().clear();
        QVERIFY(!render(QStringLiteral("before-deletion.png")).isNull());
        m_window->resize(1400, 1000);
        QString why;
        QVERIFY2(ParentInput::click(m_window, "Memory timeline", &why), qPrintable(why));
        auto *timeline = m_window->findChild<MemoryTimelineModel *>();
        QVERIFY(timeline);
        QVERIFY(TestDatabase::settle());
        QTRY_VERIFY(timeline->rowCount() > 2);
        const int before = timeline->total();
        QVERIFY(before > timeline->count());
        auto *list = m_window->findChild<QQuickItem *>(QStringLiteral("memoryList"));
        // The view makes its delegates when it is next polished, which a loaded CI machine may delay.
        QQuickItem *row = nullptr;
        const auto second = [&] {
            return QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, row), Q_ARG(int, 1)) && row;
        };
        QTRY_VERIFY(second());
        const QString memory = row->property("memoryId").toString();
        QVERIFY(!memory.isEmpty());
        QVERIFY2(ParentInput::click(m_window, row, &why), qPrintable(why));
        QObject *page = m_window->findChild<QObject *>(QStringLiteral("memoryTimelinePage"));
        QTRY_COMPARE(page->property("openMemoryId").toString(), memory);
        // The row's check box, clicked, selects it for "Delete selected"; clicked again, lets it go.
        QQuickItem *check = nullptr;
        for (QQuickItem *child : row->childItems()) {
            if (child->inherits("QQuickCheckBox"))
                check = child;
        }
        QVERIFY(check);
        QVERIFY2(ParentInput::click(m_window, check, &why), qPrintable(why));
        QTRY_COMPARE(page->property("selectedIds").toStringList(), QStringList{memory});
        QVERIFY(check->property("checked").toBool());
        QVERIFY(ParentInput::control(m_window, QStringLiteral("Delete selected (1)")));
        QVERIFY2(ParentInput::click(m_window, check, &why), qPrintable(why));
        QTRY_VERIFY(page->property("selectedIds").toStringList().isEmpty());
        QVERIFY(TestDatabase::settle());

        // The pane's Delete once the memory and the parent's rights are there, and the pane laid out.
        auto *detail = m_window->findChild<MemoryDetail *>();
        QTRY_VERIFY(detail->loaded());
        QTRY_VERIFY(ParentInput::control(m_window, "Delete"));
        QTest::qWait(200);
        QVERIFY2(ParentInput::click(m_window, "Delete", &why), qPrintable(why));
        auto *editor = m_window->findChild<MemoryEditor *>();
        QTRY_COMPARE(editor->pendingCount(), 1);
        QVERIFY(QTest::qWaitFor([&] { return ParentInput::control(m_window, "Confirm…"); }, 5000));
        QVERIFY2(ParentInput::click(m_window, "Confirm…", &why), qPrintable(why));
        QTest::qWait(300); // the dialog's opening transition
        grab(QStringLiteral("timeline-confirm-deletion.png"));
        QVERIFY2(ParentInput::click(m_window, "Delete", &why), qPrintable(why));
        QVERIFY(QTest::qWaitFor([&] { return page->property("openMemoryId").toString().isEmpty(); }, 10000));
        QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM memory_contexts WHERE id = '" + memory + "'").toInt(), 0);
        QVERIFY(TestDatabase::settle());
        QTRY_COMPARE(timeline->total(), before - 1);
        // Shown as the parent reads it, in whatever language the window speaks.
        const QString expected = QCoreApplication::translate("MemoryTimelinePage", "%1 of %n memory(ies) shown", nullptr, before - 1)
                                     .arg(timeline->count());
        QVERIFY2(ParentInput::shows(m_window, expected), qPrintable("the count follows: " + expected));
        m_engine.reset();
        QVERIFY2(QmlWarnings::list().isEmpty(), qPrintable(QmlWarnings::list().join(u'\n')));
    }

    // How long memories are kept, set as a parent sets it: the tab, "Keep forever" unticked, a number
    // of days typed, the preview read, Apply; the server has the policy and the memories their end.
    void retentionIsSetByHand()
    {
        QmlWarnings::list().clear();
        QVERIFY(!render(QStringLiteral("before-retention.png")).isNull());
        m_window->resize(1440, 900);
        QString why;
        QVERIFY2(ParentInput::click(m_window, "Memory timeline", &why), qPrintable(why));
        QVERIFY2(ParentInput::click(m_window, "How long they are kept", &why), qPrintable(why));
        auto *policy = m_window->findChild<RetentionPolicy *>();
        QVERIFY(policy);
        QTRY_VERIFY(policy->loaded() && !policy->categories().isEmpty());
        const QString child = policy->childId();
        QQuickItem *keepForever = nullptr;
        QTRY_VERIFY((keepForever = ParentInput::named(m_window, QStringLiteral("forever_emotion"))));
        // Clicked once the page has everything it reads, and has laid it out.
        QVERIFY(TestDatabase::settle());
        QTest::qWait(100);
        QQuickItem *days = ParentInput::named(m_window, QStringLiteral("days_emotion"));
        QVERIFY(keepForever && days);
        QVERIFY(keepForever->property("checked").toBool());
        QVERIFY2(ParentInput::click(m_window, keepForever, &why), qPrintable(why));
        QTRY_VERIFY(days->isEnabled());
        QVERIFY2(ParentInput::click(m_window, days, &why), qPrintable(why));
        QTest::keyClick(m_window, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(m_window, Qt::Key_7);
        QTest::keyClick(m_window, Qt::Key_Tab);
        QTRY_COMPARE(days->property("value").toInt(), 7);
        QTRY_COMPARE(policy->preview().value("days").toInt(), 7);
        const int changed = policy->preview().value("changed").toInt();
        QCOMPARE(changed, TestDatabase::scalar("SELECT COUNT(*) FROM memory_contexts WHERE \"userId\" = '" + child + "' AND category = 'emotion' "
                                              "AND (\"expiresAt\" IS NULL OR \"expiresAt\" > \"createdAt\" + interval '7 days')").toInt());
        QQuickItem *preview = ParentInput::named(m_window, QStringLiteral("preview_emotion"));
        QVERIFY(preview);
        const QString said = changed == 0 ? QCoreApplication::translate("RetentionView", "No memory's end would change.")
                                          : QCoreApplication::translate("RetentionView", "%n memories would get another end.", nullptr, changed);
        QTRY_VERIFY2(preview->property("text").toString().startsWith(said), qPrintable(preview->property("text").toString()));
        grab(QStringLiteral("retention-preview.png"));
        QQuickItem *apply = ParentInput::named(m_window, QStringLiteral("apply_emotion"));
        QTRY_VERIFY(apply && apply->isEnabled());
        QVERIFY2(ParentInput::click(m_window, apply, &why), qPrintable(why));
        QTRY_COMPARE(TestDatabase::scalar("SELECT COALESCE((SELECT days FROM nido.retention_policies WHERE \"userId\" = '" + child
                                          + "' AND category = 'emotion'), -2)").toInt(), 7);
        QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM memory_contexts WHERE \"userId\" = '" + child + "' AND category = 'emotion' "
                                      "AND (\"expiresAt\" IS NULL OR \"expiresAt\" > \"createdAt\" + interval '7 days')").toInt(), 0);
        QTRY_VERIFY(ParentInput::shows(m_window, QCoreApplication::translate("RetentionView", "%n days", nullptr, 7)));
        QVERIFY(TestDatabase::settle());
        grab(QStringLiteral("retention-applied.png"));

        // The policy in words, saved through the real dialog, as a PDF that says it.
        QTemporaryDir out;
        QSettings().setValue("reports/lastFolder", out.path());
        QVERIFY2(ParentInput::click(m_window, ParentInput::named(m_window, "savePolicy"), &why), qPrintable(why));
        auto *dialog = qobject_cast<QFileDialog *>(ParentInput::shownDialog("QFileDialog"));
        QVERIFY2(dialog, "no save dialog opened");
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isVisible(); }, 5000));
        QTRY_VERIFY_WITH_TIMEOUT(ParentInput::named(m_window, "policyMessage")->property("text").toString().startsWith("Saved"), 30000);
        const ProcessRun text = runProcess(QStringLiteral("pdftotext"), {"-enc", "UTF-8", out.filePath("memory-policy.pdf"), "-"});
        QVERIFY2(text.exitCode == 0 && text.out.contains("How long Nido keeps") && text.out.contains("7 days")
                     && text.out.contains("Until a parent deletes them"),
                 qPrintable(text.out + text.err));
        m_window->resize(1024, 640);
        grab(QStringLiteral("retention-1024.png"));
        m_engine.reset();
        QVERIFY2(QmlWarnings::list().isEmpty(), qPrintable(QmlWarnings::list().join(u'\n')));
    }

    // Who knows what: a cell clicked opens the timeline on what that agent is given of that category.
    void whoKnowsWhatOpensTheTimeline()
    {
        QmlWarnings::list().clear();
        QVERIFY(!render(QStringLiteral("before-knowledge.png")).isNull());
        m_window->resize(1440, 900);
        QString why;
        QVERIFY2(ParentInput::click(m_window, "Memory timeline", &why), qPrintable(why));
        QVERIFY2(ParentInput::click(m_window, "Who knows what", &why), qPrintable(why));
        auto *knowledge = m_window->findChild<AgentKnowledge *>();
        QVERIFY(knowledge);
        QTRY_VERIFY(knowledge->loaded() && !knowledge->agents().isEmpty());
        grab(QStringLiteral("knowledge.png"));
        const QVariantMap first = knowledge->agents().constFirst().toMap();
        const QString agent = first.value("agentId").toString();
        QString category;
        for (const QString &candidate : knowledge->categories()) {
            if (knowledge->count(agent, candidate) > 0) {
                category = candidate;
                break;
            }
        }
        QVERIFY(!category.isEmpty());
        QQuickItem *cell = nullptr;
        QTRY_VERIFY((cell = ParentInput::named(m_window, "cell_" + agent + "_" + category)));
        const int given = knowledge->count(agent, category);
        QVERIFY2(cell->property("text").toString() == QLocale().toString(given), qPrintable(cell->property("text").toString()));
        QVERIFY2(ParentInput::click(m_window, cell, &why), qPrintable(why));
        auto *timeline = m_window->findChild<MemoryTimelineModel *>();
        QTRY_COMPARE(timeline->scope(), MemoryTimelineModel::Scope::GivenTo);
        QVERIFY(TestDatabase::settle());
        QTRY_COMPARE(timeline->total(), given);
        QCOMPARE(timeline->categories(), QStringList{category});
        QTRY_VERIFY(ParentInput::shows(m_window, QCoreApplication::translate("MemoryFilterBar", "What %1 is given").arg(first.value("name").toString())));
        grab(QStringLiteral("knowledge-timeline.png"));
        m_engine.reset();
        QVERIFY2(QmlWarnings::list().isEmpty(), qPrintable(QmlWarnings::list().join(u'\n')));
    }

    // A deletion's receipt, saved from the caregivers' log through the real dialog, as a PDF that
    // says what went and that nothing of it is left.
    void aDeletionsReceiptIsSaved()
    {
        QmlWarnings::list().clear();
        QTemporaryDir out;
        QSettings().setValue("reports/lastFolder", out.path());
        QVERIFY(!render(QStringLiteral("before-receipt.png")).isNull());
        m_window->resize(1440, 900);
        auto *switcher = m_window->findChild<QQuickItem *>(QStringLiteral("childSwitcher"));
        const QString child = switcher->property("currentValue").toString();
        const QString memory = TestDatabase::scalar("SELECT id::text FROM memory_contexts WHERE \"userId\" = '" + child + "' ORDER BY id LIMIT 1").toString();
        QCOMPARE(TestDatabase::scalar("SELECT nido.delete_memories(current_user, '" + child + "', ARRAY['" + memory + "']::uuid[])").toInt(), 1);
        const QString entry = TestDatabase::scalar("SELECT MAX(id) FROM nido.caregiver_audit WHERE action = 'delete'").toString();
        QString why;
        QVERIFY2(ParentInput::click(m_window, "Memory timeline", &why), qPrintable(why));
        QVERIFY2(ParentInput::click(m_window, "Caregivers' log", &why), qPrintable(why));
        QQuickItem *button = nullptr;
        QTRY_VERIFY((button = ParentInput::named(m_window, "receipt_" + entry)));
        QVERIFY2(ParentInput::click(m_window, button, &why), qPrintable(why));
        auto *dialog = qobject_cast<QFileDialog *>(ParentInput::shownDialog("QFileDialog"));
        QVERIFY2(dialog, "no save dialog opened");
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        const QString suggested = name->text();
        QCOMPARE(suggested, QString("deletion-receipt-%1.pdf").arg(entry));
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isVisible(); }, 5000));
        QQuickItem *message = nullptr;
        QTRY_VERIFY((message = ParentInput::named(m_window, "receiptMessage")));
        QTRY_VERIFY_WITH_TIMEOUT(message->property("text").toString().startsWith("Saved"), 30000);
        const ProcessRun text = runProcess(QStringLiteral("pdftotext"), {"-enc", "UTF-8", out.filePath(suggested), "-"});
        QVERIFY2(text.exitCode == 0 && text.out.contains("Deletion receipt") && text.out.contains(memory), qPrintable(text.out + text.err));
        QVERIFY2(text.out.contains("No row of these ids is left"), qPrintable(text.out));
        grab(QStringLiteral("receipt-saved.png"));
        m_engine.reset();
        QVERIFY2(QmlWarnings::list().isEmpty(), qPrintable(QmlWarnings::list().join(u'\n')));
    }

    // The inbox reviewed to zero as a parent does it, by clicks: the Overview's card, one memory
    // forgotten and confirmed, one shared with every agent, one kept, then whole conversations; and
    // an avoided topic's mention found fine. The server has each, for this caregiver.
    void theInboxIsReviewedToZero()
    {
        QmlWarnings::list().clear();
        QVERIFY(!render(QStringLiteral("before-inbox.png")).isNull());
        m_window->resize(1440, 900);
        QObject *navigation = m_window->findChild<QObject *>(QStringLiteral("navigation"));
        QString why;
        QQuickItem *card = nullptr;
        QTRY_VERIFY((card = ParentInput::named(m_window, QStringLiteral("card_attention_5"))));
        QVERIFY2(ParentInput::click(m_window, card, &why), qPrintable(why));
        QTRY_COMPARE(navigation->property("currentPage").toString(), QStringLiteral("attention"));
        auto *inbox = m_window->findChild<ReviewInboxModel *>();
        QVERIFY(inbox);
        QTRY_VERIFY(inbox->total() > 0 && inbox->rowCount() > 0);
        const QString child = inbox->childId();
        const auto unreviewed = [&] {
            return TestDatabase::scalar("SELECT COUNT(*) FROM nido.unreviewed_memories(current_user, '" + child + "')").toInt();
        };
        QCOMPARE(inbox->total(), unreviewed());
        grab(QStringLiteral("inbox.png"));
        const auto rowOf = [](QQuickItem *item) {
            while (item && !item->property("memoryId").isValid())
                item = item->parentItem();
            return item ? item->property("memoryId").toString() : QString();
        };

        QQuickItem *list = ParentInput::named(m_window, QStringLiteral("inboxList"));
        QVERIFY(list);
        // The first such button the list shows (it builds a few more beyond its edges).
        const auto shown = [&](const std::function<bool(QQuickItem *)> &wanted) -> QQuickItem * {
            const QRectF view = list->mapRectToScene(QRectF(0, 0, list->width(), list->height()));
            QList<QQuickItem *> items = list->childItems();
            while (!items.isEmpty()) {
                QQuickItem *item = items.takeFirst();
                if (!item->isVisible())
                    continue;
                if (item->isEnabled() && wanted(item) && view.contains(item->mapRectToScene(QRectF(0, 0, item->width(), item->height()))))
                    return item;
                items << item->childItems();
            }
            return nullptr;
        };
        // Forget: staged, then confirmed in the dialog.
        QQuickItem *forget = ParentInput::named(m_window, QStringLiteral("forgetButton"));
        QVERIFY(forget);
        const QString forgotten = rowOf(forget);
        QVERIFY(!forgotten.isEmpty());
        QVERIFY2(ParentInput::click(m_window, forget, &why), qPrintable(why));
        QVERIFY2(ParentInput::click(m_window, QCoreApplication::translate("PendingChangesBar", "Confirm…"), &why), qPrintable(why));
        QVERIFY2(ParentInput::click(m_window, QCoreApplication::translate("ConfirmChangesDialog", "Delete"), &why), qPrintable(why));
        QTRY_COMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM memory_contexts WHERE id = '" + forgotten + "'").toInt(), 0);
        QVERIFY(TestDatabase::settle());

        // Share or give to one agent: confirmed, and then reviewed.
        // (A row just deleted may linger a moment before its delegate goes.)
        const auto live = [&](QQuickItem *item) {
            return TestDatabase::scalar("SELECT COUNT(*) FROM memory_contexts WHERE id = '" + rowOf(item) + "'").toInt() == 1;
        };
        QQuickItem *share = nullptr;
        QTRY_VERIFY((share = shown([&](QQuickItem *item) { return item->objectName() == u"shareButton" && live(item); })));
        const QString shared = rowOf(share);
        const QString agentBefore = TestDatabase::scalar("SELECT COALESCE(\"agentId\"::text, '') FROM memory_contexts WHERE id = '" + shared + "'").toString();
        QVERIFY2(ParentInput::click(m_window, share, &why), qPrintable(why));
        QVERIFY2(ParentInput::click(m_window, QCoreApplication::translate("PendingChangesBar", "Confirm…"), &why), qPrintable(why));
        QVERIFY2(ParentInput::click(m_window, QCoreApplication::translate("ConfirmChangesDialog", "Apply the changes"), &why), qPrintable(why));
        QTRY_VERIFY(TestDatabase::scalar("SELECT COALESCE(\"agentId\"::text, '') FROM memory_contexts WHERE id = '" + shared + "'").toString() != agentBefore);
        QTRY_COMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM nido.unreviewed_memories(current_user, '" + child + "') u WHERE u.id = '" + shared + "'").toInt(), 0);
        QVERIFY(TestDatabase::settle());

        // Keep one, then the rest a conversation at a time.
        QQuickItem *keep = nullptr;
        QTRY_VERIFY((keep = shown([&](QQuickItem *item) { return item->objectName() == u"keepButton" && live(item); })));
        const QString kept = rowOf(keep);
        QVERIFY2(ParentInput::click(m_window, keep, &why), qPrintable(why));
        QTRY_COMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM nido.memory_reviews WHERE \"memoryId\" = '" + kept + "' AND reviewer = current_user").toInt(), 1);
        for (int step = 0; step < 500 && unreviewed() > 0; ++step) {
            QVERIFY(TestDatabase::settle());
            QQuickItem *next = shown([](QQuickItem *item) { return item->objectName() == u"reviewSessionButton"; });
            if (!next)
                next = shown([](QQuickItem *item) { return item->objectName() == u"keepButton"; });
            QVERIFY2(next, "nothing left to click, with memories left to review");
            QVERIFY2(ParentInput::click(m_window, next, &why), qPrintable(why));
            QVERIFY(TestDatabase::settle());
        }
        QCOMPARE(unreviewed(), 0);
        QTRY_COMPARE(inbox->total(), 0);
        QTRY_VERIFY(ParentInput::shows(m_window, QCoreApplication::translate("ReviewInboxView", "Nothing new: you have reviewed everything the AI keeps about %1.")
                                                     .arg(m_window->property("childName").toString())));
        grab(QStringLiteral("inbox-empty.png"));

        // The boundary watch: the demo's stormy night crossed the child's avoided topic.
        QQuickItem *tab = ParentInput::named(m_window, QStringLiteral("mentionsTab"));
        QVERIFY(tab);
        QVERIFY2(ParentInput::click(m_window, tab, &why), qPrintable(why));
        auto *mentions = m_window->findChild<TopicMentionModel *>();
        QVERIFY(mentions);
        const int byServer = TestDatabase::scalar("SELECT COUNT(*) FROM nido.child_topic_mentions(current_user, '" + child + "')").toInt();
        QVERIFY(byServer > 0);
        QTRY_COMPARE(mentions->total(), byServer);
        grab(QStringLiteral("mentions.png"));
        QQuickItem *fine = nullptr;
        QTRY_VERIFY((fine = ParentInput::named(m_window, QStringLiteral("fineButton"))));
        QVERIFY2(ParentInput::click(m_window, fine, &why), qPrintable(why));
        QTRY_COMPARE(mentions->total(), byServer - 1);
        QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM nido.mention_reviews WHERE reviewer = current_user").toInt(), 1);
        m_window->resize(1024, 640);
        grab(QStringLiteral("mentions-1024.png"));
        m_engine.reset();
        QVERIFY2(QmlWarnings::list().isEmpty(), qPrintable(QmlWarnings::list().join(u'\n')));
    }


    // The demo family's yesterday, as a parent sees it on the Overview: a day over the limit, red
    // with by how much above its bar, and a session before waking up, which the card opens, and
    // which the sessions list and the session's header both flag.
    void overviewShowsTheNightAndTheDayOverTheLimit()
    {
        QmlWarnings::list().clear();
        QVERIFY(!render(QStringLiteral("overview-night-and-limit.png")).isNull());
        auto *overview = m_window->findChild<ChildOverview *>();
        const ChildOverviewFigures figures = overview->figures();
        QVERIFY(figures.daysOverLimit() >= 1);
        QVERIFY(figures.weekOverBy().at(5) > 0);
        // A Repeater's labels are the chart's items, not its QObject children.
        QList<QQuickItem *> labels;
        const std::function<void(QQuickItem *)> collect = [&](QQuickItem *item) {
            if (item->objectName() == u"overBy" && item->isVisible())
                labels << item;
            for (QQuickItem *child : item->childItems())
                collect(child);
        };
        collect(m_window->contentItem());
        QStringList overBy;
        for (QQuickItem *item : std::as_const(labels))
            overBy << item->property("text").toString();
        QVERIFY2(overBy.contains("+" + Formats::minutes(figures.weekOverBy().at(5))), qPrintable(overBy.join(", ")));
        QCOMPARE(overBy.size(), figures.daysOverLimit());
        // The red bar is drawn: the chart holds the alert colour under its label.
        QQuickItem *label = nullptr;
        for (QQuickItem *item : std::as_const(labels)) {
            if (item->property("text").toString() == "+" + Formats::minutes(figures.weekOverBy().at(5)))
                label = item;
        }
        QVERIFY(label);
        const QImage frame = grab(QStringLiteral("overview-night-and-limit.png"));
        const QPointF below = label->mapToScene(QPointF(label->width() / 2, label->height() + 6));
        const QColor bar = frame.pixelColor(below.toPoint());
        QVERIFY2(bar.red() > 150 && bar.green() < 100, qPrintable(bar.name()));

        QVERIFY(!figures.lastNightSessionId.isEmpty());
        const QString reason = figures.lastNightSessionReason;
        QVERIFY2(reason.startsWith("before wake-up time, ") || reason.startsWith("after bedtime, "), qPrintable(reason));
        QQuickItem *card = ParentInput::named(m_window, QStringLiteral("card_sessions_7"));
        QVERIFY(card);
        QVERIFY2(card->property("caption").toString().endsWith(reason), qPrintable(card->property("caption").toString()));
        QString why;
        QVERIFY2(ParentInput::click(m_window, card, &why), qPrintable(why));
        QObject *navigation = m_window->findChild<QObject *>(QStringLiteral("navigation"));
        QTRY_COMPARE(navigation->property("currentPage").toString(), QString("sessions"));
        auto *detail = m_window->findChild<SessionDetail *>();
        QTRY_VERIFY(detail && detail->loaded());
        QCOMPARE(detail->sessionId(), figures.lastNightSessionId);
        QCOMPARE(detail->session().outsideWakingHours, reason);
        QQuickItem *header = ParentInput::named(m_window, QStringLiteral("sessionOutsideWakingHours"));
        QVERIFY(header);
        QVERIFY2(header->property("text").toString().endsWith(reason), qPrintable(header->property("text").toString()));
        QTRY_VERIFY(ParentInput::named(m_window, QStringLiteral("nightBadge")));
        grab(QStringLiteral("sessions-night.png"));
        m_engine.reset();
        QVERIFY2(QmlWarnings::list().isEmpty(), qPrintable(QmlWarnings::list().join(u'\n')));
    }

    // Each Overview card opens the page behind its figure.
    void overviewCardsOpenTheirPages()
    {
        QmlWarnings::list().clear();
        QVERIFY(!render(QStringLiteral("before-cards.png")).isNull());
        m_window->resize(1440, 900);
        QObject *navigation = m_window->findChild<QObject *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        const QList<std::pair<QString, QString>> cards = {{"card_timeline_2", "timeline"}, {"card_sessions_4", "sessions"},
                                                          {"card_attention_5", "attention"}, {"card_attention_6", "attention"},
                                                          {"card_sessions_7", "sessions"},
                                                          {"card_activity_3", "activity"}, {"card_activity_0", "activity"}};
        QString why;
        for (const auto &[card, target] : cards) {
            openPage(navigation, QStringLiteral("overview"));
            QQuickItem *item = nullptr;
            QTRY_VERIFY((item = ParentInput::named(m_window, card)));
            QVERIFY2(ParentInput::click(m_window, item, &why), qPrintable(why));
            QTRY_COMPARE(navigation->property("currentPage").toString(), target);
        }
        m_engine.reset();
        QVERIFY2(QmlWarnings::list().isEmpty(), qPrintable(QmlWarnings::list().join(u'\n')));
    }

    void everyPageWorksWithTheKeyboardAlone()
    {
        QmlWarnings::list().clear();
        QVERIFY(!render(QStringLiteral("before-keyboard.png")).isNull());
        // Small enough that most pages scroll.
        m_window->resize(1024, 640);
        auto *navigation = m_window->findChild<QQuickItem *>(QStringLiteral("navigation"));
        auto *ring = m_window->findChild<QQuickItem *>(QStringLiteral("focusRing"));
        QVERIFY(ring);
        navigation->forceActiveFocus(Qt::TabFocusReason);
        QStringList unreachable;
        QStringList outOfView;
        QStringList unringed;
        const int pages = navigation->property("count").toInt();
        for (int page = 0; page < pages; ++page) {
            if (page > 0) {
                navigation->forceActiveFocus(Qt::TabFocusReason);
                QTest::keyClick(m_window, Qt::Key_Down);
            }
            QCOMPARE(navigation->property("currentIndex").toInt(), page);
            const QString name = navigation->property("currentPage").toString();
            QVERIFY(TestDatabase::settle());
            QSet<QQuickItem *> reached;
            bool backToNavigation = false;
            for (int tab = 0; tab < 200 && !backToNavigation; ++tab) {
                QTest::keyClick(m_window, Qt::Key_Tab);
                QQuickItem *focused = m_window->activeFocusItem();
                QVERIFY2(focused && focused->isVisible(), qPrintable(name));
                if (tab == 6)
                    grab(QStringLiteral("keyboard-%1.png").arg(name));
                backToNavigation = focused == navigation || navigation->isAncestorOf(focused);
                if (!backToNavigation)
                    reached.insert(focused);
                // What Tab lands on is scrolled into view, and the ring is drawn around it.
                QTest::qWait(20);
                const QRectF shown = visibleRect(focused);
                if (shown.height() < qMin(focused->height(), 12.0))
                    outOfView << QStringLiteral("%1: %2 %3").arg(name, QLatin1String(focused->metaObject()->className()), accessibleName(focused));
                const QRectF around(ring->mapToScene(QPointF(0, 0)), ring->size());
                if (!ring->isVisible() || !around.contains(QRectF(focused->mapToScene(QPointF(0, 0)), focused->size()).adjusted(1, 1, -1, -1)))
                    unringed << QStringLiteral("%1: %2 %3").arg(name, QLatin1String(focused->metaObject()->className()), accessibleName(focused));
            }
            QVERIFY2(backToNavigation, qPrintable(name + ": Tab never comes back to the page list"));
            if (name != u"overview" && reached.size() < 2)
                unreachable << name;
            // A list is one stop, entered with Tab and moved through with the arrows.
            for (const char *list : {"agentList", "sessionList"}) {
                auto *view = m_window->findChild<QQuickItem *>(QLatin1String(list));
                // A view is a focus scope: its current row holds the focus when it has one.
                const auto inView = [view](QQuickItem *item) { return item == view || view->isAncestorOf(item); };
                if (view && view->isVisible() && std::none_of(reached.cbegin(), reached.cend(), inView))
                    unreachable << name + u' ' + QLatin1String(list);
                else if (view && view->isVisible() && std::count_if(reached.cbegin(), reached.cend(), inView) > 1)
                    unreachable << name + u' ' + QLatin1String(list) + QStringLiteral(" (more than one Tab stop)");
            }
        }
        m_engine.reset();
        QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(", ")));
        QVERIFY2(outOfView.isEmpty(), qPrintable("focused out of view: " + outOfView.join(", ")));
        QVERIFY2(unringed.isEmpty(), qPrintable("no focus ring around: " + unringed.join(", ")));
        QVERIFY2(QmlWarnings::list().isEmpty(), qPrintable(QmlWarnings::list().join(u'\n')));
    }

    // An arrow on a focused choice that reloads a page opens its list; nothing changes until a choice
    // is made there.
    void arrowsOpenAChoiceWithoutMakingIt()
    {
        QmlWarnings::list().clear();
        QVERIFY(!render(QStringLiteral("before-arrows.png")).isNull());
        auto *switcher = m_window->findChild<QQuickItem *>(QStringLiteral("childSwitcher"));
        QVERIFY(switcher && switcher->property("count").toInt() > 1);
        const int before = switcher->property("currentIndex").toInt();
        switcher->forceActiveFocus(Qt::TabFocusReason);
        QTest::keyClick(m_window, Qt::Key_Down);
        auto *popup = switcher->property("popup").value<QObject *>();
        QVERIFY(popup);
        QTRY_VERIFY(popup->property("opened").toBool());
        QCOMPARE(switcher->property("currentIndex").toInt(), before);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!popup->property("visible").toBool());
        QCOMPARE(switcher->property("currentIndex").toInt(), before);
        // In the open list, the arrows move and Return chooses.
        QTest::keyClick(m_window, Qt::Key_Down);
        QTRY_VERIFY(popup->property("opened").toBool());
        QTest::keyClick(m_window, before == 0 ? Qt::Key_Down : Qt::Key_Up);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(switcher->property("currentIndex").toInt(), before == 0 ? 1 : before - 1);
        m_engine.reset();
        QVERIFY2(QmlWarnings::list().isEmpty(), qPrintable(QmlWarnings::list().join(u'\n')));
    }

    // Every page whose queries fail says so in the one banner, never as an empty result.
    void everyPageShowsWhyItCouldNotLoad()
    {
        QmlWarnings::list().clear();
        QVERIFY(!render(QStringLiteral("before-failures.png")).isNull());
        QObject *navigation = m_window->findChild<QObject *>(QStringLiteral("navigation"));
        // Nido's avoided topics too: an inbox reviewed to zero reads no session or agent, only its counts.
        const QStringList tables = {"public.memory_contexts", "public.voice_sessions", "public.agents", "public.user_profiles", "nido.avoided_topics"};
        QSqlQuery query;
        for (const QString &table : tables)
            QVERIFY2(query.exec("ALTER TABLE " + table + " RENAME TO gone_" + table.section(u'.', 1)), qPrintable(query.lastError().text()));
        const auto restore = qScopeGuard([&] {
            QSqlQuery undo;
            for (const QString &table : tables)
                undo.exec("ALTER TABLE " + table.section(u'.', 0, 0) + ".gone_" + table.section(u'.', 1) + " RENAME TO " + table.section(u'.', 1));
        });
        QStringList silent;
        for (const char *page : {"overview", "attention", "timeline", "profile", "routines", "agents", "sessions", "activity", "reports"}) {
            openPage(navigation, QLatin1String(page));
            // What a page loaded before the tables went is read again, as a parent's "Try again" does.
            for (QQuickItem *item : m_window->findChildren<QQuickItem *>()) {
                if (item->isVisible() && QByteArray(item->metaObject()->className()).startsWith("ErrorBanner"))
                    QMetaObject::invokeMethod(item, "retry");
            }
            for (auto *loader : m_window->findChildren<DataLoader *>())
                loader->refresh();
            QVERIFY(TestDatabase::settle());
            QTest::qWait(100);
            int shown = 0;
            for (QQuickItem *item : m_window->findChildren<QQuickItem *>()) {
                if (item->isVisible() && QByteArray(item->metaObject()->className()).startsWith("ErrorBanner")
                    && !item->property("title").toString().isEmpty() && !item->property("reason").toString().isEmpty())
                    ++shown;
            }
            if (shown == 0)
                silent << QLatin1String(page);
            grab(QStringLiteral("failure-%1.png").arg(QLatin1String(page)));
        }
        m_engine.reset();
        QVERIFY2(silent.isEmpty(), qPrintable("no banner on: " + silent.join(", ")));
    }

    void everyControlHasAnAccessibleName()
    {
        QmlWarnings::list().clear();
        QVERIFY(!render(QStringLiteral("before-accessibility.png")).isNull());
        QObject *navigation = m_window->findChild<QObject *>(QStringLiteral("navigation"));
        QStringList unnamed;
        int checked = 0;
        int charts = 0;
        for (const char *page : {"overview", "attention", "timeline", "profile", "routines", "agents", "sessions", "activity", "reports", "settings"}) {
            openPage(navigation, QLatin1String(page));
            QVERIFY(TestDatabase::settle());
            // The activity page's device health is made as a parent scrolls down to it.
            if (qstrcmp(page, "activity") == 0) {
                auto *section = m_window->findChild<QQuickItem *>(QStringLiteral("activityDeviceHealth"));
                QVERIFY(section);
                QQuickItem *view = section;
                while (view && !view->inherits("QQuickFlickable"))
                    view = view->parentItem();
                QVERIFY(view);
                view->setProperty("contentY", section->mapToItem(view->property("contentItem").value<QQuickItem *>(), QPointF()).y());
                QTRY_VERIFY(section->property("item").value<QObject *>());
            }
            QTest::qWait(100);
            for (QQuickItem *item : m_window->findChildren<QQuickItem *>()) {
                // A chart is read as one, with its title and its numbers in words.
                if (item->inherits("DeclarativeChart") && item->isVisible()) {
                    ++charts;
                    QAccessibleInterface *chart = QAccessible::queryAccessibleInterface(item);
                    if (!chart || chart->role() != QAccessible::Chart || chart->text(QAccessible::Name).isEmpty()
                        || chart->text(QAccessible::Description).isEmpty())
                        unnamed << QStringLiteral("%1: a chart without its role, title or summary in %2").arg(QLatin1String(page), qmlContext(item)->baseUrl().fileName());
                }
                // The parts a style builds into a control (a ComboBox's field) speak through it.
                if (!item->isVisible() || !item->activeFocusOnTab() || !qmlContext(item)
                    || qmlContext(item)->baseUrl().path().contains(QLatin1String("/QtQuick/Controls/")))
                    continue;
                ++checked;
                if (accessibleName(item).trimmed().isEmpty())
                    unnamed << QStringLiteral("%1: %2 %3 %4").arg(QLatin1String(page), QLatin1String(item->metaObject()->className()), item->objectName(),
                                                                   qmlContext(item)->baseUrl().fileName());
            }
        }
        unnamed.removeDuplicates();
        qInfo("%d focusable controls and %d charts checked", checked, charts);
        QVERIFY(charts >= 8);
        m_engine.reset();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
        QVERIFY2(QmlWarnings::list().isEmpty(), qPrintable(QmlWarnings::list().join(u'\n')));
    }

    // A backend's own database, as its ORM made it (with the document's extras or without), migrated,
    // with the NULLs a backend leaves: every page renders with no warning.
    void rendersABackendsOwnDatabase_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("with the recommended extras") << QStringLiteral("backend_schema.sql");
        QTest::newRow("bare") << QStringLiteral("backend_schema_bare.sql");
        QTest::newRow("partitioned by month") << QStringLiteral("backend_schema_partitioned.sql");
    }

    void rendersABackendsOwnDatabase()
    {
        QFETCH(QString, fixture);
        QString error;
        QVERIFY2(TestDatabase::createFromFixture("window_" + QString(fixture).remove(".sql"), fixture, &error), qPrintable(error));
        QSqlDatabase db = QSqlDatabase::database();
        QVERIFY2(SchemaMigrator(db).migrate(&error), qPrintable(error));
        QVERIFY2(DemoDataGenerator(db, DemoDataGenerator::familyScale(2)).generate(&error), qPrintable(error));
        QVERIFY(TestDatabase::leaveNullsAsABackendDoes());
        ConnectionStatus::instance()->set(false, QStringLiteral("orm"), true);

        QmlWarnings::list().clear();
        QVERIFY(!render("orm-" + QString(fixture).remove(".sql") + "-overview.png").isNull());
        m_window->resize(1400, 900);
        QObject *navigation = m_window->findChild<QObject *>(QStringLiteral("navigation"));
        QObject *children = m_window->findChild<QObject *>(QStringLiteral("childSwitcher"));
        for (int child = 0; child < 2; ++child) {
            children->setProperty("currentIndex", child);
            for (const QString page : {"overview", "attention", "timeline", "profile", "routines", "agents", "sessions", "activity", "reports"}) {
                openPage(navigation, page);
                QVERIFY(TestDatabase::settle());
                QVERIFY2(distinctColours(grab(QStringLiteral("orm-%1-%2-child%3.png").arg(QString(fixture).remove(".sql"), page).arg(child))) > 10, "a page looks blank");
            }
        }
        m_engine.reset();
        QVERIFY2(QmlWarnings::list().isEmpty(), qPrintable(QmlWarnings::list().join(u'\n')));
    }

    // A caregiver reads the session data through the server's functions only (issue 23): every page
    // works for its login as for the owner's, without an error, and holds only its own child.
    void everyPageWorksForACaregiver()
    {
        QSqlDatabase db = TestDatabase::use(QStringLiteral("window_demo"));
        const QStringList children = TestDatabase::rows("SELECT id::text FROM users ORDER BY id");
        QVERIFY(children.size() >= 2);
        QString error;
        QSqlQuery(db).exec("DROP ROLE IF EXISTS w_carol"); // left by an earlier run on this cluster
        QVERIFY2(CaregiverAdmin(db).addCaregiver("w_carol", "Carol", {{children[0], "manage"}}, {}, &error), qPrintable(error));
        DatabaseWorker::instance()->setConninfo(TestDatabase::conninfo("window_demo") + " user=w_carol");
        const auto restore = qScopeGuard([] { DatabaseWorker::instance()->setConninfo(TestDatabase::conninfo("window_demo")); });
        QmlWarnings::list().clear();
        QVERIFY(!render("caregiver-overview.png").isNull());
        m_window->resize(1400, 900);
        QObject *navigation = m_window->findChild<QObject *>(QStringLiteral("navigation"));
        QObject *switcher = m_window->findChild<QObject *>(QStringLiteral("childSwitcher"));
        QCOMPARE(switcher->property("count").toInt(), 1);
        QStringList failed;
        for (const char *page : {"overview", "attention", "timeline", "profile", "routines", "agents", "sessions", "activity", "reports"}) {
            openPage(navigation, QLatin1String(page));
            QVERIFY(TestDatabase::settle());
            QVERIFY2(distinctColours(grab(QStringLiteral("caregiver-%1.png").arg(QLatin1String(page)))) > 10, "a page looks blank");
            for (QQuickItem *item : m_window->findChildren<QQuickItem *>()) {
                if (item->isVisible() && QByteArray(item->metaObject()->className()).startsWith("ErrorBanner")
                    && !item->property("title").toString().isEmpty())
                    failed << QLatin1String(page) + ": " + item->property("reason").toString();
            }
            for (const DataLoader *loader : m_window->findChildren<DataLoader *>()) {
                if (!loader->errorString().isEmpty())
                    failed << QLatin1String(page) + ": " + loader->errorString();
            }
        }
        m_engine.reset();
        QVERIFY2(failed.isEmpty(), qPrintable(failed.join(u'\n')));
        QVERIFY2(QmlWarnings::list().isEmpty(), qPrintable(QmlWarnings::list().join(u'\n')));
    }

    // A dark desktop gets a dark window: the palette's colours, and the charts' dark theme.
    void darkPaletteRendersDark()
    {
        const QPalette light = QGuiApplication::palette();
        QGuiApplication::setPalette(darkDesktopPalette());
        QmlWarnings::list().clear();
        const QImage image = render(QStringLiteral("overview-dark.png"));
        openPage(m_window->findChild<QObject *>(QStringLiteral("navigation")), "activity");
        QVERIFY(TestDatabase::settle());
        const QImage activity = grab(QStringLiteral("activity-dark.png"));
        m_engine.reset();
        QGuiApplication::setPalette(light);
        QVERIFY(!image.isNull());
        for (const QImage &shot : {image, activity}) {
            double lightness = 0;
            int samples = 0;
            for (int y = 0; y < shot.height(); y += 7) {
                for (int x = 0; x < shot.width(); x += 7, ++samples)
                    lightness += QColor(shot.pixel(x, y)).lightnessF();
            }
            QVERIFY2(lightness / samples < 0.4, qPrintable(QString::number(lightness / samples)));
        }
        QVERIFY2(QmlWarnings::list().isEmpty(), qPrintable(QmlWarnings::list().join(u'\n')));
    }

    // WCAG 2 contrast of the theme's text colours on what they are drawn on, light and dark: at
    // least 4.5:1 (AA for normal text).
    void themeColoursKeepTheirContrast()
    {
        const auto luminance = [](const QColor &colour) {
            const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
            return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
        };
        const auto contrast = [&](const QColor &a, const QColor &b) {
            const double la = luminance(a);
            const double lb = luminance(b);
            return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
        };
        const QPalette light = QGuiApplication::palette();
        for (const QPalette &palette : {light, darkDesktopPalette()}) {
            QGuiApplication::setPalette(palette);
            QQmlEngine engine;
            engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
            QQmlComponent component(&engine);
            component.setData("import QtQuick\nimport Nido.Ui\nQtObject { property var theme: Theme }", QUrl());
            std::unique_ptr<QObject> holder(component.create());
            QVERIFY2(holder, qPrintable(component.errorString()));
            QObject *theme = holder->property("theme").value<QObject *>();
            QVERIFY(theme);
            const auto colour = [theme](const char *name) { return theme->property(name).value<QColor>(); };
            const QColor window = palette.color(QPalette::Window);
            const QList<std::tuple<const char *, QColor, QColor>> pairs = {
                {"alert on the window", colour("alert"), window},
                {"warning on the window", colour("warning"), window},
                {"good on the window", colour("good"), window},
                {"warning on its background", colour("warning"), colour("warningBackground")},
                {"the child's bubble", colour("bubbleText"), colour("childBubble")},
                {"the agent's bubble", colour("bubbleText"), colour("agentBubble")},
                {"text on alert", colour("textOnAlert"), colour("alert")},
                {"the night badge", colour("textOnAlert"), colour("nightBadge")},
            };
            for (const auto &[what, text, background] : pairs)
                QVERIFY2(contrast(text, background) >= 4.5, qPrintable(QString("%1: %2 on %3 is %4:1").arg(QLatin1String(what), text.name(), background.name())
                                                                          .arg(contrast(text, background), 0, 'f', 2)));
            // Nor are a check box's and a bar's outlines, which Fusion makes from the colour given.
            const QColor outline = colour("outlineSource").darker(140).lighter(110);
            QVERIFY2(contrast(outline, window) >= 3, qPrintable(QString("outlines %1 on %2 are %3:1").arg(outline.name(), window.name())
                                                                .arg(contrast(outline, window), 0, 'f', 2)));
            // A ring is not text: WCAG asks 3:1 of it, against whatever a control stands on.
            for (const QColor &background : {window, palette.color(QPalette::Base), palette.color(QPalette::Button)})
                QVERIFY2(contrast(colour("focusRing"), background) >= 3, qPrintable(QString("the focus ring %1 on %2 is %3:1").arg(colour("focusRing").name(), background.name())
                                                                                   .arg(contrast(colour("focusRing"), background), 0, 'f', 2)));
        }
        QGuiApplication::setPalette(light);
    }

    void spanishTranslationLoads()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::Spanish, QLocale::Spain), QStringLiteral("nido"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QVERIFY(!translator.translate("OverviewPage", "Talked today").isEmpty());
        // Strings of C++ outside a QObject are found under the context the code asks for.
        QCOMPARE(translator.translate("PdfReportWriter", "Page %1 of %2"), QString("Página %1 de %2"));
        QCOMPARE(translator.translate("FormField", "A turn is empty."), QString("Hay un turno vacío."));
        QCOMPARE(translator.translate("ListEntries", "An entry is empty."), QString("Hay un elemento vacío."));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        QmlWarnings::list().clear();
        const QImage image = render(QStringLiteral("overview-es.png"));
        QObject *navigation = m_window->findChild<QObject *>(QStringLiteral("navigation"));
        m_window->resize(1400, 1000);
        // The child whose profile the backend filled (the first one's was left NULL).
        m_window->findChild<QObject *>(QStringLiteral("childSwitcher"))->setProperty("currentIndex", 1);
        openPage(navigation, "profile");
        QVERIFY(TestDatabase::settle());
        QVERIFY2(distinctColours(grab(QStringLiteral("profile-es.png"))) > 20, "the profile page looks blank");
        openPage(navigation, "routines");
        QVERIFY(TestDatabase::settle());
        QVERIFY2(distinctColours(grab(QStringLiteral("routines-es.png"))) > 20, "the routines page looks blank");
        // The speed a backend stored reads with a decimal comma, and a comma typed in is saved.
        auto *switcher = m_window->findChild<QQuickItem *>(QStringLiteral("childSwitcher"));
        const QString child = QQmlProperty::read(switcher, "model").value<QAbstractItemModel *>()->index(1, 0).data(ChildListModel::IdRole).toString();
        QSqlQuery backend;
        QVERIFY2(backend.exec("UPDATE agents SET \"voiceSettings\" = jsonb_set(COALESCE(\"voiceSettings\", '{}'), '{speed}', '0.75') "
                              "WHERE \"ownerUserId\" = '" + child + "'"), qPrintable(backend.lastError().text()));
        QVERIFY(backend.numRowsAffected() > 0);
        openPage(navigation, "agents");
        QVERIFY(TestDatabase::settle());
        QVERIFY2(distinctColours(grab(QStringLiteral("agents-es.png"))) > 20, "the agents page looks blank");
        auto *editor = m_window->findChild<AgentEditor *>();
        QVERIFY(editor && editor->loaded());
        QVERIFY2(editor->editable(), qPrintable(editor->property("readOnlyReason").toString()));
        QCOMPARE(editor->values().value("voiceSettings.speed").toString(), QString("0,75"));
        // The voice's settings wait behind their technical details.
        QString why;
        QVERIFY2(ParentInput::click(m_window, ParentInput::named(m_window, QStringLiteral("voiceDetails")), &why), qPrintable(why));
        QTRY_VERIFY(m_window->findChild<QQuickItem *>("field:voiceSettings.speed")->isVisible());
        QVERIFY(focusField("voiceSettings.speed"));
        typeOver("1,5");
        QTRY_VERIFY2(editor->canSave(), qPrintable(editor->values().value("voiceSettings.speed").toString() + ": " + editor->errors().value("voiceSettings.speed").toString()));
        QTest::keyClick(m_window, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->dirty(), 10000);
        QCOMPARE(TestDatabase::scalar("SELECT \"voiceSettings\"->>'speed' FROM agents WHERE id = '" + editor->agentId() + "'").toString(), QString("1.5"));
        // A point, which Spanish reads as thousands, is refused with the range written the Spanish way.
        QVERIFY(focusField("voiceSettings.speed"));
        typeOver("2.5");
        QTRY_VERIFY(editor->errors().value("voiceSettings.speed").toString().contains("0,25"));
        QVERIFY(!editor->canSave());
        m_engine.reset();
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale::c());
        QVERIFY(!image.isNull());
        QVERIFY2(distinctColours(image) > 20, "the window looks blank");
        QVERIFY2(QmlWarnings::list().isEmpty(), qPrintable(QmlWarnings::list().join(u'\n')));
    }
};

// QtCharts' QML types need a QApplication: QTEST_MAIN makes one, the tests linking Qt Widgets.
QTEST_MAIN(MainWindowTest)

#include "tst_mainwindow.moc"
