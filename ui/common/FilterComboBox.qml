import QtQuick
import QtQuick.Controls

// A choice that changes what a page shows: the arrow keys open its list instead of stepping through
// the choices, each of which would start a query (and be read out by a screen reader on the way).
ComboBox {
    id: box

    // Once open, the list's own keys move through it.
    function openOrPass(event) {
        if (popup.visible)
            event.accepted = false
        else
            popup.open()
    }

    Keys.onUpPressed: event => box.openOrPass(event)
    Keys.onDownPressed: event => box.openOrPass(event)
}
