import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

// What the parent has asked for but not yet confirmed; nothing reaches the database before Confirm.
Frame {
    id: bar

    required property MemoryEditor editor

    signal confirmRequested()

    visible: editor.pendingCount > 0

    background: Rectangle {
        color: Theme.warningBackground
        border.color: Theme.warningBorder
        radius: 4
    }

    RowLayout {
        anchors.fill: parent
        spacing: 12

        Label {
            text: qsTr("Not saved yet: %1").arg(bar.editor.pendingDescriptions.join("; "))
            textFormat: Text.PlainText
            color: Theme.warning
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            // Also when the detail pane is closed: a confirm that failed must not go unnoticed.
            visible: bar.editor.errorString.length > 0
            text: bar.editor.errorString
            textFormat: Text.PlainText
            color: Theme.alert
            wrapMode: Text.Wrap
            Layout.maximumWidth: 360
        }
        Button {
            text: qsTr("Undo")
            enabled: !bar.editor.busy
            onClicked: bar.editor.undo()
        }
        Button {
            text: qsTr("Confirm…")
            highlighted: true
            enabled: !bar.editor.busy
            onClicked: bar.confirmRequested()
        }
    }
}
