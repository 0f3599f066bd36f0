#pragma once

#include <QStringList>

// The warnings a window test's QML gives, collected as they come, so that a test can fail on them.
namespace QmlWarnings {

enum class Kind { Any, QmlOnly };
// From now on: every warning (Qt's own too), or only what QML and JavaScript say. The offscreen
// platform's notice about Qt Widgets dialogs is never one.
void collect(Kind kind = Kind::Any);
[[nodiscard]] QStringList &list();

} // namespace QmlWarnings
