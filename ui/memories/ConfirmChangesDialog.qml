import QtQuick
import QtQuick.Controls
import Nido.Models

Dialog {
    id: dialog

    required property MemoryEditor editor

    title: qsTr("Confirm changes")
    modal: true
    width: 520
    anchors.centerIn: parent
    standardButtons: Dialog.Ok | Dialog.Cancel
    onAccepted: editor.confirm()

    Label {
        width: dialog.availableWidth
        text: qsTr("These changes will be made now and cannot be undone afterwards:") + "\n\n• "
              + dialog.editor.pendingDescriptions.join("\n• ")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
    }
}
