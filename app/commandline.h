#pragma once

#include <QCommandLineParser>
#include <QTranslator>
#include <QString>

class Workspace;

// Nido's command line: the window by default, or a headless subcommand that needs no display.
class CommandLine
{
public:
    // Decided before any QCoreApplication exists: subcommands must not need a display.
    [[nodiscard]] static bool wantsWindow(int argc, char **argv);
    // Whether the command draws (reports): it gets a QApplication on the offscreen platform.
    [[nodiscard]] static bool paints(int argc, char **argv);

    int run();

private:
    void installTranslator();
    void addCommonOptions();
    // The server database chosen in Settings, when there is one and it answers.
    bool openSavedServer(Workspace &workspace);
    int runWindow(Workspace &workspace);
    int runMigrate(Workspace &workspace);
    int runDemoData(Workspace &workspace);
    int runPurgeExpired(Workspace &workspace);
    int runAddCaregiver(Workspace &workspace);
    int fail(const QString &message) const;

    QCommandLineParser m_parser;
    QTranslator m_translator;
    QTranslator m_qtTranslator;
};
