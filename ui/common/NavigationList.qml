pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

ListView {
    id: navigation

    objectName: "navigation"
    clip: true
    focus: true
    keyNavigationEnabled: true
    currentIndex: 0
    model: [
        qsTr("Overview"),
        qsTr("Memory timeline"),
        qsTr("Child profile"),
        qsTr("Routines"),
        qsTr("Agents"),
        qsTr("Sessions"),
        qsTr("Activity and device health"),
        qsTr("Reports and export"),
        qsTr("Settings")
    ]

    delegate: ItemDelegate {
        required property string modelData
        required property int index

        width: ListView.view.width
        text: modelData
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
