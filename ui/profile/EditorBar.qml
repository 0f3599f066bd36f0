import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

// Above a profile form: a draft left from before, fields someone else changed meanwhile (both
// versions, the parent chooses), why the last save failed, and Save / Discard.
ColumnLayout {
    id: bar

    required property FormEditor editor

    spacing: 8
    Layout.fillWidth: true

    Shortcut {
        sequences: [StandardKey.Save]
        enabled: bar.visible && bar.editor.canSave
        onActivated: bar.editor.save()
    }

    ErrorBanner {
        title: bar.editor.errorTitle
        reason: bar.editor.errorString
        Layout.fillWidth: true
        onRetry: bar.editor.refresh()
    }
    Frame {
        visible: !isNaN(bar.editor.draftOnOffer.getTime())
        Layout.fillWidth: true

        RowLayout {
            anchors.fill: parent
            spacing: 8

            Label {
                text: qsTr("Changes from %1 were never saved.").arg(Formats.dateTime(bar.editor.draftOnOffer))
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                text: qsTr("Bring them back")
                onClicked: bar.editor.restoreDraft()
            }
            Button {
                text: qsTr("Throw them away")
                onClicked: bar.editor.dropDraft()
            }
        }
    }

    // In a positioner, not in the layout: see tests/support/check_repeaters.py.
    Column {
        spacing: Theme.spacing / 2
        Layout.fillWidth: true

        Repeater {
            model: bar.editor.conflicts

            delegate: Frame {
                id: conflict

                required property var modelData

                width: parent ? parent.width : 0

                GridLayout {
                    anchors.fill: parent
                    columns: 3
                    columnSpacing: 12

                    Label {
                        text: conflict.modelData.label
                        font.bold: true
                        Layout.columnSpan: 3
                    }
                    Label { text: qsTr("Saved meanwhile by someone else:"); opacity: 0.75 }
                    Label {
                        text: conflict.modelData.theirs.length > 0 ? conflict.modelData.theirs : qsTr("(empty)")
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Button {
                        text: qsTr("Take theirs")
                        onClicked: bar.editor.takeTheirs(conflict.modelData.path)
                    }
                    Label { text: qsTr("What you typed:"); opacity: 0.75 }
                    Label {
                        text: conflict.modelData.mine.length > 0 ? conflict.modelData.mine : qsTr("(empty)")
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Button {
                        text: qsTr("Keep mine")
                        onClicked: bar.editor.keepMine(conflict.modelData.path)
                    }
                }
            }
        }
    }

    RowLayout {
        spacing: 8
        Layout.fillWidth: true

        Label {
            text: bar.editor.actionError.length > 0 ? bar.editor.actionError
                : bar.editor.saving ? qsTr("Saving…")
                : bar.editor.dirty ? qsTr("Unsaved changes (kept as a draft on this computer)")
                : !isNaN(bar.editor.lastSavedAt.getTime()) ? qsTr("Saved at %1").arg(Formats.time(bar.editor.lastSavedAt))
                : ""
            color: bar.editor.actionError.length > 0 ? Theme.alert : palette.windowText
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            text: qsTr("Discard changes")
            enabled: bar.editor.dirty && !bar.editor.saving
            onClicked: bar.editor.discard()
        }
        Button {
            objectName: "saveButton"
            text: qsTr("Save")
            highlighted: true
            enabled: bar.editor.canSave
            onClicked: bar.editor.save()
        }
    }
}
