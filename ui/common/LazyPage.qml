import QtQuick
import QtQuick.Layouts

// A page of the window's stack, built the first time it is shown. Only the page on screen follows
// the chosen child: a hidden page runs no query, and catches up when it is shown again.
Loader {
    id: lazy

    property string childId
    // For the pages that name the child (the reports' file names).
    property string childName
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
    Binding {
        target: lazy.item
        property: "childName"
        value: lazy.childName
        when: lazy.status === Loader.Ready && lazy.childName.length > 0 && lazy.item.hasOwnProperty("childName")
        restoreMode: Binding.RestoreNone
    }
}
