pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

// How long each category of the child's memories is kept: what a parent sets, previewed before it
// is applied. The server applies it to every memory, and deletes a memory when its time is up.
ScrollView {
    id: view

    required property RetentionPolicy policy
    required property bool canChange

    objectName: "retentionView"
    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        width: view.availableWidth
        spacing: Theme.spacing

        Label {
            text: qsTr("How long memories are kept")
            font.pixelSize: Theme.headingSize
            Layout.margins: Theme.spacing
        }
        Label {
            text: qsTr("When a memory's time is up, Nido deletes it as it deletes one you choose: the voice service is told "
                       + "to forget it too, and the deletion is recorded. A memory the voice service set to end sooner keeps "
                       + "its own end. Deleting happens while Nido is open, and by the system timer if one is set up.")
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
        }
        RowLayout {
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            spacing: Theme.spacing

            // The policy in words, to print or give to a school: the period's report holds it too.
            Button {
                objectName: "savePolicy"
                text: qsTr("Save as PDF to print…")
                enabled: view.policy.loaded && !policyJob.running
                onClicked: policyDialog.ask(policyJob.lastFolder, qsTr("memory-policy.pdf"))
            }
            Label {
                objectName: "policyMessage"
                text: policyJob.message
                textFormat: Text.PlainText
                elide: Text.ElideMiddle
                color: policyJob.running || policyJob.succeeded ? palette.windowText : Theme.alert
                Layout.fillWidth: true
            }
        }
        Label {
            visible: !view.canChange
            text: qsTr("Changing how long memories are kept needs the \"manage\" permission.")
            wrapMode: Text.Wrap
            color: Theme.warning
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
        }
        Label {
            visible: view.policy.actionError.length > 0
            text: view.policy.actionError
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.alert
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
        }
        ErrorBanner {
            title: view.policy.errorTitle
            reason: view.policy.errorString
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            onRetry: view.policy.refresh()
        }

        Column {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing

            Repeater {
            model: view.policy.categories

            delegate: Frame {
                id: row

                required property var modelData
                readonly property string category: modelData.category
                readonly property int storedDays: modelData.days
                // What the parent has chosen here and not applied yet.
                property bool forever: storedDays < 0
                property int days: storedDays < 0 ? 30 : storedDays
                readonly property int chosenDays: forever ? -1 : days
                readonly property bool changed: chosenDays !== storedDays
                readonly property var preview: view.policy.previewCategory === category && view.policy.previewDays === chosenDays
                                               ? view.policy.preview : null

                function ask() {
                    if (changed)
                        view.policy.askPreview(category, chosenDays)
                    else
                        view.policy.clearPreview()
                }

                onStoredDaysChanged: {
                    forever = storedDays < 0
                    days = storedDays < 0 ? 30 : storedDays
                }
                width: parent.width

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing / 2

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing

                        Label {
                            text: Labels.category(row.category)
                            font.bold: true
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: qsTr("%n memories", "", row.modelData.memories)
                            opacity: 0.8
                        }
                        OutlinedCheckBox {
                            objectName: "forever_" + row.category
                            text: qsTr("Keep forever")
                            checked: row.forever
                            enabled: view.canChange
                            Accessible.name: qsTr("Keep %1 memories forever").arg(Labels.category(row.category))
                            onToggled: {
                                row.forever = checked
                                row.ask()
                            }
                        }
                        SpinBox {
                            objectName: "days_" + row.category
                            from: 0
                            to: 36500
                            editable: true
                            value: row.days
                            enabled: view.canChange && !row.forever
                            textFromValue: (value, locale) => qsTr("%n days", "", value)
                            valueFromText: (text, locale) => Number.fromLocaleString(locale, text.replace(/[^0-9.,]/g, "")) || 0
                            Accessible.name: qsTr("Days to keep %1 memories").arg(Labels.category(row.category))
                            onValueModified: {
                                row.days = value
                                row.ask()
                            }
                        }
                        Button {
                            objectName: "apply_" + row.category
                            text: qsTr("Apply")
                            enabled: view.canChange && row.changed && row.preview !== null && !view.policy.applying
                            Accessible.name: qsTr("Apply the new time for %1 memories").arg(Labels.category(row.category))
                            onClicked: view.policy.apply(row.category, row.chosenDays)
                        }
                    }
                    Label {
                        objectName: "preview_" + row.category
                        visible: row.changed
                        text: row.preview === null ? qsTr("Counting the memories this would change…")
                              : row.preview.changed === 0 ? qsTr("No memory's end would change.")
                              : qsTr("%n memories would get another end.", "", row.preview.changed)
                                + (row.preview.expired > 0
                                   ? " " + qsTr("%n of them are past it, and would be deleted within the hour.", "", row.preview.expired) : "")
                                + (!isNaN(row.preview.nextExpiry)
                                   ? " " + qsTr("The next one would end on %1.").arg(row.preview.nextExpiry.toLocaleDateString(Qt.locale(), Locale.ShortFormat))
                                   : "")
                        color: row.preview !== null && row.preview.expired > 0 ? Theme.alert : palette.windowText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: row.modelData.changedBy.length > 0 && !row.changed
                        text: qsTr("Set by %1 on %2.").arg(row.modelData.changedBy)
                              .arg(row.modelData.changedAt.toLocaleDateString(Qt.locale(), Locale.ShortFormat))
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.smallSize
                        opacity: 0.8
                        Layout.fillWidth: true
                    }
                }
            }
            }
        }
        Item {
            Layout.preferredHeight: Theme.spacing
        }

        ExportJob {
            id: policyJob
        }
        SaveFileDialog {
            id: policyDialog

            objectName: "policyFileDialog"
            title: qsTr("Save how long memories are kept")
            defaultSuffix: "pdf"
            nameFilters: [qsTr("PDF (*.pdf)")]
            onAccepted: policyJob.exportPolicy(view.policy.childId, file)
        }
    }
}
