import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

// Every saved version of the persona; two chosen ones side by side with what changed marked per
// field and per list entry. "Restore" puts a version in the form; saving it makes a new version.
RowLayout {
    id: view

    required property string agentId
    required property AgentEditor editor
    property int olderRow: 1
    property int newerRow: 0
    readonly property var differences: history.count > 1 && olderRow < history.count && newerRow < history.count
                                       ? history.diff(history.versionAt(olderRow), history.versionAt(newerRow)) : []

    function refresh() { history.refresh() }

    spacing: 12

    PersonaHistoryModel {
        id: history

        agentId: view.agentId
    }

    ListView {
        id: versions

        model: history
        clip: true
        Layout.preferredWidth: 280
        Layout.fillHeight: true
        header: ErrorBanner {
            width: ListView.view.width
            height: visible ? implicitHeight : 0
            title: history.errorTitle
            reason: history.errorString
            onRetry: history.refresh()
        }

        delegate: ItemDelegate {
            id: version

            required property int index
            required property int version
            required property var savedAt
            required property string savedBy
            required property bool throughNido

            width: ListView.view.width
            highlighted: index === view.newerRow || index === view.olderRow
            text: qsTr("Version %1 · %2\n%3").arg(version.version)
                      .arg(version.savedAt ? Formats.dateTime(version.savedAt) : "")
                      .arg(version.throughNido ? qsTr("saved in Nido by %1").arg(version.savedBy) : qsTr("saved by someone else"))
            onClicked: {
                // The newer of the two stays on the right.
                if (index < view.newerRow) {
                    view.olderRow = view.newerRow
                    view.newerRow = index
                } else if (index !== view.newerRow) {
                    view.olderRow = index
                }
            }
        }
    }

    ScrollView {
        id: diffScroll

        contentWidth: availableWidth
        Layout.fillWidth: true
        Layout.fillHeight: true

        ColumnLayout {
            width: diffScroll.availableWidth
            spacing: 8

            RowLayout {
                Label {
                    text: history.count > 1 ? qsTr("Version %1 → version %2").arg(history.versionAt(view.olderRow).version ?? "")
                                                                        .arg(history.versionAt(view.newerRow).version ?? "")
                                            : qsTr("Only one version so far.")
                    font.bold: true
                    Layout.fillWidth: true
                }
                Button {
                    text: qsTr("Restore version %1").arg(history.versionAt(view.olderRow).version ?? "")
                    enabled: view.editor.editable && history.count > 1
                    onClicked: view.editor.restoreVersion(history.versionAt(view.olderRow))
                }
            }
            // In a positioner, not in the layout: see tests/support/check_repeaters.py.
            Column {
                spacing: Theme.spacing / 2
                Layout.fillWidth: true

                Repeater {
                    model: view.differences

                    delegate: Frame {
                        id: field

                        required property var modelData

                        visible: modelData.changed
                        width: parent ? parent.width : 0

                        ColumnLayout {
                            anchors.fill: parent

                            Label {
                                text: field.modelData.label
                                font.bold: true
                            }
                            // In a positioner, not in the layout: see tests/support/check_repeaters.py.
                            Column {
                                spacing: Theme.spacing / 2
                                Layout.fillWidth: true

                                Repeater {
                                    model: field.modelData.items ?? []

                                    delegate: Label {
                                        required property var modelData

                                        text: (modelData.status === "added" ? "+ " : modelData.status === "removed" ? "− " : "  ") + modelData.text
                                        textFormat: Text.PlainText
                                        color: modelData.status === "added" ? Theme.good : modelData.status === "removed" ? Theme.alert : palette.windowText
                                        font.strikeout: modelData.status === "removed"
                                        wrapMode: Text.Wrap
                                        width: parent ? parent.width : 0
                                    }
                                }
                            }
                            GridLayout {
                                visible: !field.modelData.items
                                columns: 2
                                Layout.fillWidth: true

                                Label {
                                    text: field.modelData.before.length > 0 ? field.modelData.before : qsTr("(empty)")
                                    textFormat: Text.PlainText
                                    color: Theme.alert
                                    wrapMode: Text.Wrap
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: 1
                                }
                                Label {
                                    text: field.modelData.after.length > 0 ? field.modelData.after : qsTr("(empty)")
                                    textFormat: Text.PlainText
                                    color: Theme.good
                                    wrapMode: Text.Wrap
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: 1
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
