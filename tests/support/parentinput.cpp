#include "parentinput.h"

#include <QApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QWidget>

namespace ParentInput {

namespace {

bool reallyVisible(const QQuickItem *item)
{
    return item->isVisible() && item->isEnabled() && item->width() > 0 && item->height() > 0 && item->opacity() > 0;
}

// The visual tree, as the scene graph draws it: delegates and popups are its items without being
// QObject children of the pages.
void collect(QQuickItem *item, QList<QQuickItem *> &items)
{
    if (!item->isVisible())
        return;
    items << item;
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        collect(child, items);
}

} // namespace

bool shows(QQuickWindow *window, const QString &text)
{
    QList<QQuickItem *> items;
    collect(window->contentItem(), items);
    return std::any_of(items.cbegin(), items.cend(), [&](const QQuickItem *item) { return item->property("text").toString() == text; });
}

QQuickItem *control(QQuickWindow *window, const QString &text)
{
    QList<QQuickItem *> items;
    collect(window->contentItem(), items);
    QQuickItem *found = nullptr;
    for (QQuickItem *item : std::as_const(items)) {
        if (item->property("text").toString() == text && reallyVisible(item) && item->acceptedMouseButtons() != Qt::NoButton)
            found = item;
    }
    // Popups are in the window's overlay, drawn last: the last one found is the one on top.
    return found;
}

QQuickItem *named(QQuickWindow *window, const QString &objectName)
{
    QList<QQuickItem *> items;
    collect(window->contentItem(), items);
    const auto found = std::find_if(items.cbegin(), items.cend(), [&](const QQuickItem *item) { return item->objectName() == objectName; });
    return found == items.cend() ? nullptr : *found;
}

bool click(QQuickWindow *window, QQuickItem *item, QString *why)
{
    if (!item || !reallyVisible(item)) {
        *why = QStringLiteral("nothing visible to click");
        return false;
    }
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    if (!QRectF(QPointF(0, 0), window->size()).contains(centre)) {
        *why = QStringLiteral("\"%1\" is outside the window").arg(item->property("text").toString());
        return false;
    }
    QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
    return true;
}

bool click(QQuickWindow *window, const QString &text, QString *why)
{
    QQuickItem *item = control(window, text);
    if (!item) {
        *why = QStringLiteral("no control reads \"%1\"").arg(text);
        return false;
    }
    return click(window, item, why);
}

bool choose(QQuickWindow *window, QQuickItem *comboBox, const QString &text, QString *why)
{
    if (!click(window, comboBox, why))
        return false;
    QQuickItem *entry = nullptr;
    if (!QTest::qWaitFor([&] { return (entry = control(window, text)) && entry != comboBox; }, 3000)) {
        *why = QStringLiteral("the list has no entry \"%1\"").arg(text);
        return false;
    }
    QTest::qWait(250); // the popup's opening transition
    return click(window, entry, why);
}

QWidget *shownDialog(const char *className, int timeoutMs)
{
    QWidget *shown = nullptr;
    const bool appeared = QTest::qWaitFor(
        [&] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (widget->isVisible() && widget->inherits(className))
                    shown = widget;
            }
            return shown != nullptr;
        },
        timeoutMs);
    return appeared ? shown : nullptr;
}

} // namespace ParentInput
