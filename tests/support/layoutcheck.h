#pragma once

#include <QStringList>

class QQuickWindow;

// What a parent would see as broken in the window as it is drawn now, from the geometry of its
// visible items: a text cut without an ellipsis (wider or taller than its box, or cut sideways by a
// view that does not scroll that way, or by the window), and controls, texts and charts drawn over
// one another. Each problem is a line naming the items by their text or type.
namespace LayoutCheck {

[[nodiscard]] QStringList problems(QQuickWindow *window);

} // namespace LayoutCheck
