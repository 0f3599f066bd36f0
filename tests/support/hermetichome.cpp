// Linked into every test: a home of its own, made before anything reads a setting, so that no test
// reads or writes the real user's settings, drafts, data folder, language or keychain, and the Nido
// processes a test starts inherit it. Gone when the test ends.
#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {

void useAHomeOfItsOwn()
{
    // A test that starts itself again (a second window, say) shares its home.
    if (qEnvironmentVariableIsSet("NIDO_TEST_HOME"))
        return;
    static QTemporaryDir home(QDir::tempPath() + QStringLiteral("/nido-test-home-XXXXXX"));
    if (!home.isValid())
        qFatal("cannot make a home for the test: %s", qPrintable(home.errorString()));
    // The embedded server runs as postgres when the tests run as root: it must reach its data.
    QFile::setPermissions(home.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
    const QByteArray path = QFile::encodeName(home.path());
    qputenv("NIDO_TEST_HOME", path);
    qputenv("HOME", path);
    qputenv("XDG_CONFIG_HOME", path + "/.config");
    qputenv("XDG_DATA_HOME", path + "/.local/share");
    qputenv("XDG_CACHE_HOME", path + "/.cache");
    qputenv("XDG_STATE_HOME", path + "/.local/state");
    // The window's language is the desktop's: a Spanish desktop would make a child process answer
    // in Spanish what the test reads in English. A test of Spanish asks for it.
    qputenv("LANGUAGE", "en");
    // No session bus, so no keychain and no D-Bus autolaunch waiting out its timeout; a test that
    // needs a bus runs under a private one (dbus-run-session) and says so.
    if (!qEnvironmentVariableIsSet("NIDO_TEST_PRIVATE_BUS"))
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + path + "/no-session-bus");
}

} // namespace

Q_CONSTRUCTOR_FUNCTION(useAHomeOfItsOwn)
