import QtQuick
import QtQuick.Layouts

// A page of the window's stack, built the first time it is shown. Only the page on screen follows
// the chosen child: a hidden page runs no query, and catches up when it is shown again.
Loader {
    id: lazy

    property string childId
    readonly property bool shown: StackLayout.isCurrentItem

    active: false
    onShownChanged: if (shown) active = true
    Component.onCompleted: if (shown) active = true

    Binding {
        target: lazy.item
        property: "childId"
        value: lazy.childId
        when: lazy.shown && lazy.status === Loader.Ready && lazy.childId.length > 0
        restoreMode: Binding.RestoreNone
    }
}
