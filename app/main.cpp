#include "commandline.h"

#include <QApplication>
#include <QtQml/QQmlExtensionPlugin>

#include <memory>

Q_IMPORT_QML_PLUGIN(Nido_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Nido_UiPlugin)

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Nido"));
    QCoreApplication::setApplicationName(QStringLiteral("nido"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NIDO_VERSION));

    // QtCharts' QML types need a QApplication; headless commands must not ask for a display.
    std::unique_ptr<QCoreApplication> app;
    if (CommandLine::paints(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else if (CommandLine::wantsWindow(argc, argv))
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);

    CommandLine commandLine;
    return commandLine.run();
}
