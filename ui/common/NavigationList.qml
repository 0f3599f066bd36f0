pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

ListView {
    id: navigation

    objectName: "navigation"
    clip: true
    focus: true
    // Reached with Tab like any control: the way back to the pages from the keyboard.
    activeFocusOnTab: true
    Accessible.name: qsTr("Pages")
    // Read as a set of tabs, the page shown among them selected.
    Accessible.role: Accessible.PageTabList
    keyNavigationEnabled: true
    // The page shown, by name: pages are opened by name, never by their place in the list.
    readonly property string currentPage: model[currentIndex]?.page ?? ""
    // What waits on the "New to review" page, shown beside its name.
    property int attentionCount: 0

    function open(page: string) {
        const index = model.findIndex(entry => entry.page === page)
        if (index < 0)
            console.warn("no page named", page)
        else
            currentIndex = index
    }

    currentIndex: 0
    model: [
        { page: "overview", title: qsTr("Overview") },
        { page: "attention", title: qsTr("New to review") },
        { page: "timeline", title: qsTr("Memory timeline") },
        { page: "profile", title: qsTr("Child profile") },
        { page: "routines", title: qsTr("Routines") },
        { page: "agents", title: qsTr("Agents") },
        { page: "sessions", title: qsTr("Sessions") },
        { page: "activity", title: qsTr("Activity and device health") },
        { page: "reports", title: qsTr("Reports and export") },
        { page: "settings", title: qsTr("Settings") }
    ]

    delegate: ItemDelegate {
        required property var modelData
        required property int index

        readonly property string title: modelData.page === "attention" && navigation.attentionCount > 0
                                         ? qsTr("%1 (%2)").arg(modelData.title).arg(Number(navigation.attentionCount).toLocaleString(Qt.locale(), "f", 0))
                                         : modelData.title

        width: ListView.view.width
        text: title
        // Named as its page is titled; what waits there is said after the name.
        Accessible.name: modelData.title
        Accessible.description: title === modelData.title ? "" : title
        Accessible.role: Accessible.PageTab
        Accessible.selectable: true
        Accessible.selected: ListView.isCurrentItem
        Accessible.onPressAction: navigation.currentIndex = index
        // The list is one Tab stop; arrows move through the pages.
        focusPolicy: Qt.NoFocus
        highlighted: ListView.isCurrentItem
        onClicked: navigation.currentIndex = index
    }

    Rectangle {
        anchors.right: parent.right
        width: 1
        height: parent.height
        color: palette.mid
    }
}
