#pragma once

#include <QString>

class QQuickItem;
class QQuickWindow;
class QWidget;

// What a parent does with the mouse and the keyboard, on what the window really shows: a control
// found by the text a parent reads, clicked at its centre, a choice made in its popup, a dialog's
// field typed into. Each returns false (and says why in `why`) when a parent could not do it.
namespace ParentInput {

// Whether some visible item (a label too) reads `text`.
[[nodiscard]] bool shows(QQuickWindow *window, const QString &text);
// The visible, enabled control whose text is `text` (a button, a tab, a popup's entry).
[[nodiscard]] QQuickItem *control(QQuickWindow *window, const QString &text);
// The visible item named `objectName`, delegates of a Repeater or a view too.
[[nodiscard]] QQuickItem *named(QQuickWindow *window, const QString &objectName);
[[nodiscard]] bool click(QQuickWindow *window, QQuickItem *item, QString *why);
[[nodiscard]] bool click(QQuickWindow *window, const QString &text, QString *why);
// Opens `comboBox` with a click and clicks its entry `text`.
[[nodiscard]] bool choose(QQuickWindow *window, QQuickItem *comboBox, const QString &text, QString *why);
// The Qt Widgets dialog of class `className` ("QFileDialog") once it is shown, or nullptr.
[[nodiscard]] QWidget *shownDialog(const char *className, int timeoutMs = 5000);

} // namespace ParentInput
