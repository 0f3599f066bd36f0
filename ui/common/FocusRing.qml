import QtQuick
import QtQuick.Controls

// Where the keyboard is, for every page at once: a ring around the focused control that reads at
// 3:1 at least on light and dark palettes (Fusion's own is a faint line, like the page list's
// selection), and the control scrolled into view when focus lands on it out of sight.
Rectangle {
    id: ring

    objectName: "focusRing"
    required property ApplicationWindow window
    readonly property Item target: window.activeFocusItem

    // Nearer than 4 px would cover a control's own edge; the scroll margin leaves its label in view.
    readonly property int gap: 3

    function follow() {
        if (!target || !parent)
            return
        const at = target.mapToItem(parent, 0, 0)
        x = at.x - gap
        y = at.y - gap
        width = target.width + 2 * gap
        height = target.height + 2 * gap
    }
    // Every scrolling ancestor moves just enough to show the control, the innermost first.
    function reveal(item) {
        for (let view = item.parent; view; view = view.parent) {
            if (!(view instanceof Flickable) || view.contentHeight <= view.height)
                continue
            const top = item.mapToItem(view.contentItem, 0, 0).y
            const bottom = top + item.height
            if (top < view.contentY)
                view.contentY = Math.max(0, top - Theme.spacing)
            else if (bottom > view.contentY + view.height)
                view.contentY = Math.min(view.contentHeight - view.height, bottom - view.height + Theme.spacing)
        }
    }

    parent: window.Overlay.overlay
    z: 1000
    color: Theme.none
    border.color: Theme.focusRing
    border.width: 2
    radius: 3
    visible: target !== null && target.visible && target.width > 0 && target !== window.contentItem
    onTargetChanged: {
        if (target)
            reveal(target)
        follow()
    }

    // A focused control moves with its page as it scrolls, and with the window as it resizes.
    Connections {
        target: ring.window

        function onAfterAnimating() { ring.follow() }
    }
}
