#include "qmlwarnings.h"

#include <QtGlobal>

namespace {

QtMessageHandler previousHandler = nullptr;
QmlWarnings::Kind collected = QmlWarnings::Kind::Any;

void remember(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool warning = type != QtDebugMsg && type != QtInfoMsg;
    // The offscreen platform says this of every Qt Widgets dialog it shows.
    const bool offscreenNotice = message.contains(QLatin1String("does not support propagateSizeHints"));
    const bool fromQml = message.contains(QLatin1String("qrc:/")) || qstrcmp(context.category, "qml") == 0
        || qstrcmp(context.category, "js") == 0;
    if (warning && !offscreenNotice && (collected == QmlWarnings::Kind::Any || fromQml))
        QmlWarnings::list() << message;
    previousHandler(type, context, message);
}

} // namespace

namespace QmlWarnings {

void collect(Kind kind)
{
    collected = kind;
    if (!previousHandler)
        previousHandler = qInstallMessageHandler(remember);
}

QStringList &list()
{
    static QStringList warnings;
    return warnings;
}

} // namespace QmlWarnings
