#include "childoverview.h"
#include "connectionstatus.h"
#include "demodatagenerator.h"
#include "schemamigrator.h"
#include "testdatabase.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Nido_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Nido_UiPlugin)

namespace {
QStringList qmlWarnings;
QtMessageHandler previousHandler = nullptr;

void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        qmlWarnings << message;
    previousHandler(type, context, message);
}
} // namespace

// Renders the real main window offscreen on a demo family and looks at the pixels.
class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    QImage render(const QString &fileName)
    {
        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Nido/Ui/Main.qml")));
        if (engine.rootObjects().isEmpty())
            return {};
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        if (!window || !QTest::qWaitForWindowExposed(window))
            return {};
        auto *overview = window->findChild<ChildOverview *>();
        if (!overview)
            return {};
        if (!QTest::qWaitFor([overview] { return overview->ready(); }, 10000)) {
            qWarning("overview not ready: %s", qPrintable(overview->errorString()));
            return {};
        }
        m_lastMemories = overview->memoriesTotal();
        QTest::qWait(300);
        const QImage image = window->grabWindow();
        QDir().mkpath(QStringLiteral("screenshots"));
        image.save(QStringLiteral("screenshots/") + fileName);
        return image;
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
        QSqlDatabase db = TestDatabase::create(QStringLiteral("window_demo"));
        QString error;
        QVERIFY2(SchemaMigrator(db).migrate(&error), qPrintable(error));
        QVERIFY2(DemoDataGenerator(db, DemoDataGenerator::familyScale(2)).generate(&error), qPrintable(error));
        ConnectionStatus::instance()->set(true, QStringLiteral("test"), true);
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        previousHandler = qInstallMessageHandler(collectWarnings);
    }

    void overviewRendersRealFigures()
    {
        qmlWarnings.clear();
        const QImage image = render(QStringLiteral("overview-en.png"));
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 560);
        QVERIFY2(distinctColours(image) > 20, "the window looks blank");
        QVERIFY(m_lastMemories > 0);
        QVERIFY2(qmlWarnings.isEmpty(), qPrintable(qmlWarnings.join(u'\n')));
    }

    void spanishTranslationLoads()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::Spanish, QLocale::Spain), QStringLiteral("nido"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QVERIFY(!translator.translate("OverviewPage", "Talked today").isEmpty());
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        qmlWarnings.clear();
        const QImage image = render(QStringLiteral("overview-es.png"));
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale::c());
        QVERIFY(!image.isNull());
        QVERIFY2(distinctColours(image) > 20, "the window looks blank");
        QVERIFY2(qmlWarnings.isEmpty(), qPrintable(qmlWarnings.join(u'\n')));
    }
};

int main(int argc, char *argv[])
{
    // QtCharts' QML types need a QApplication.
    QApplication app(argc, argv);
    MainWindowTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
