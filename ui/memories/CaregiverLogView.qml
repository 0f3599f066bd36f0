pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

// Who viewed, corrected, deleted or exported this child's data, newest first; a deletion's receipt
// is saved from its row.
ColumnLayout {
    id: view

    required property CaregiverAuditModel audit

    function saveReceipt(entry: string) {
        receiptDialog.entry = entry
        receiptDialog.ask(receiptJob.lastFolder, qsTr("deletion-receipt-%1.pdf").arg(entry))
    }

    ErrorBanner {
        title: view.audit.errorTitle
        reason: view.audit.errorString
        Layout.fillWidth: true
        Layout.margins: 12
        onRetry: view.audit.refresh()
    }
    Label {
        objectName: "receiptMessage"
        visible: receiptJob.message.length > 0
        text: receiptJob.message
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: receiptJob.running || receiptJob.succeeded ? palette.windowText : Theme.alert
        Layout.fillWidth: true
        Layout.margins: 12
    }
    ListView {
        id: list

        clip: true
        model: view.audit
        ScrollBar.vertical: ScrollBar {}
        Layout.fillWidth: true
        Layout.fillHeight: true
        delegate: ItemDelegate {
            id: auditRow

            required property var entryId
            required property date at
            required property string caregiver
            required property string auditAction
            required property string memoryId
            required property string read
            required property var sessionStartedAt

            width: ListView.view.width
            focusPolicy: Qt.NoFocus
            contentItem: RowLayout {
                Label {
                    text: Formats.dateTime(auditRow.at) + "  ·  " + auditRow.caregiver + "  ·  "
                          + ({ "view": qsTr("viewed"), "edit": qsTr("corrected"), "delete": qsTr("deleted"),
                               "export": qsTr("exported") })[auditRow.auditAction]
                          + (auditRow.memoryId.length > 0 ? "  ·  " + qsTr("memory %1").arg(auditRow.memoryId) : "")
                          + (auditRow.read === "session"
                             ? "  ·  " + (auditRow.sessionStartedAt
                                          ? qsTr("the conversation of %1").arg(Formats.dateTime(auditRow.sessionStartedAt))
                                          : qsTr("a conversation since deleted"))
                             : auditRow.read === "messages" ? "  ·  " + qsTr("every message of the child")
                             : auditRow.read === "mentions" ? "  ·  " + qsTr("the lines that name an avoided topic")
                             : auditRow.read === "memories" ? "  ·  " + qsTr("the child's memories") : "")
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                // What was deleted, and that nothing of it is left, checked now.
                Button {
                    objectName: "receipt_" + auditRow.entryId
                    visible: auditRow.auditAction === "delete"
                    enabled: !receiptJob.running
                    text: qsTr("Receipt…")
                    Accessible.name: qsTr("Save the receipt of the deletion of %1")
                                     .arg(Formats.dateTime(auditRow.at))
                    onClicked: view.saveReceipt(String(auditRow.entryId))
                }
            }
        }

        Label {
            anchors.centerIn: parent
            visible: list.count === 0 && view.audit.errorString.length === 0
            text: qsTr("No caregiver has viewed or changed this child's data through a caregiver account.")
            opacity: 0.7
        }
    }

    ExportJob {
        id: receiptJob
    }
    SaveFileDialog {
        id: receiptDialog

        property string entry

        objectName: "receiptFileDialog"
        title: qsTr("Save the deletion's receipt")
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF (*.pdf)"), qsTr("JSON (*.json)")]
        onAccepted: receiptJob.exportReceipt(entry, String(file).toLowerCase().endsWith(".json") ? "json" : "pdf", file)
    }
}
