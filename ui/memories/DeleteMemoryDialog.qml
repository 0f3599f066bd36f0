import QtQuick
import QtQuick.Controls

// Asks before a deletion is staged; the pending-changes bar then still offers Undo.
Dialog {
    id: dialog

    property list<string> memoryIds
    property int count
    property string description
    property bool matchingFilter

    signal deleteAccepted()

    // ids empty: every memory matching the timeline's filter, `total` of them.
    function ask(ids: list<string>, total: int, what: string) {
        memoryIds = ids
        count = total
        matchingFilter = ids.length === 0
        description = what
        open()
    }

    title: qsTr("Delete memories")
    modal: true
    width: 480
    anchors.centerIn: parent
    standardButtons: Dialog.Ok | Dialog.Cancel
    onAccepted: deleteAccepted()

    Label {
        width: dialog.availableWidth
        text: qsTr("Delete %n memory(ies)?", "", dialog.count) + "\n\n" + dialog.description + "\n\n"
              + qsTr("The AI will no longer know this. Nothing is deleted until you confirm the pending changes; until then you can undo.")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        maximumLineCount: 14
    }
}
