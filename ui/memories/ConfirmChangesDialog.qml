import QtQuick
import QtQuick.Controls
import Nido.Models

// The one confirmation before staged changes reach the database; its button says what it does.
Dialog {
    id: dialog

    required property MemoryEditor editor
    readonly property bool deletes: editor.pendingDeletionIds.length > 0

    title: deletes ? qsTr("Delete memories") : qsTr("Confirm changes")
    modal: true
    width: 520
    anchors.centerIn: parent
    onAccepted: editor.confirm()

    footer: DialogButtonBox {
        Button {
            text: dialog.deletes ? qsTr("Delete") : qsTr("Apply the changes")
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    Label {
        width: dialog.availableWidth
        text: qsTr("These changes will be made now and cannot be undone afterwards:") + "\n\n• "
              + dialog.editor.pendingDescriptions.join("\n• ")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
    }
}
