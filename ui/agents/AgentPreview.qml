pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

// What the agent is given about the child: its persona, the profile's essentials, the five
// memories of the schema document's query 1 (each opens in the timeline), the ones that just
// missed the cut and why, and the latest conversation with it.
ScrollView {
    id: view

    required property string childId
    required property string agentId

    signal memoryRequested(string memoryId)

    // The rows in place: another agent's memories and turns change their text rather than make
    // them again. Between two agents they wait, hidden, for the next agent's.
    function showRows() {
        if (preview.waiting)
            return
        const words = memory => memory.summary.length > 0 ? memory.summary : memory.content
        memoryRows.show(preview.memories, memory => ({
            memoryId: memory.id,
            words: qsTr("%1 · importance %2%3").arg(words(memory))
                   .arg(Number(memory.importance).toLocaleString(Qt.locale(), 'f', 2))
                   .arg(memory.shared ? qsTr(" · shared by all agents") : "")
        }))
        missedRows.show(preview.missedCut, memory => ({
            memoryId: memory.id,
            words: qsTr("%1 — %2").arg(words(memory)).arg(memory.reason)
        }))
        turnRows.show(preview.conversation, message => ({
            fromChild: message.messageType === "user",
            words: (message.messageType === "user" ? qsTr("Child: %1") : qsTr("Agent: %1")).arg(message.content)
        }))
    }

    contentWidth: availableWidth
    Component.onCompleted: showRows()

    AgentContextPreview {
        id: preview

        childId: view.childId
        agentId: view.agentId
        onStatusChanged: view.showRows()
    }
    InPlaceListModel {
        id: memoryRows
    }
    InPlaceListModel {
        id: missedRows
    }
    InPlaceListModel {
        id: turnRows
    }

    ColumnLayout {
        width: view.availableWidth
        spacing: 10

        BusyIndicator {
            running: preview.loading
            visible: running
        }
        ErrorBanner {
            title: preview.errorTitle
            reason: preview.errorString
            Layout.fillWidth: true
            onRetry: preview.refresh()
        }
        GroupBox {
            title: qsTr("Who it is told to be")
            Layout.fillWidth: true

            Label {
                width: parent.width
                text: (preview.persona.instructions ?? "") + ((preview.persona.tone ?? "").length > 0 ? "\n" + qsTr("Tone: %1").arg(preview.persona.tone) : "")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
            }
        }
        GroupBox {
            title: qsTr("About the child")
            Layout.fillWidth: true

            Label {
                width: parent.width
                text: qsTr("Age: %1. Interests: %2. Topics to avoid: %3.")
                      .arg(preview.profile.age ?? "?")
                      .arg((preview.profile.interests ?? []).join(", "))
                      .arg((preview.profile.avoidTopics ?? []).length > 0 ? preview.profile.avoidTopics.join(", ") : qsTr("none"))
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
            }
        }
        GroupBox {
            title: qsTr("The %n memories it is given", "", preview.memories.length)
            Layout.fillWidth: true

            ColumnLayout {
                width: parent.width

                // In a positioner, not in the layout: see tests/support/check_repeaters.py.
                Column {
                    visible: !preview.waiting
                    spacing: Theme.spacing / 2
                    Layout.fillWidth: true

                    Repeater {
                        model: memoryRows

                        delegate: PreviewMemoryRow {
                            required property string memoryId
                            required property string words

                            text: words
                            onClicked: view.memoryRequested(memoryId)
                        }
                    }
                }
                Label {
                    visible: preview.memories.length === 0 && !preview.loading
                    text: qsTr("No episodic memory reaches this agent yet.")
                    opacity: 0.7
                }
            }
        }
        GroupBox {
            title: qsTr("Just missed the cut")
            visible: preview.missedCut.length > 0
            Layout.fillWidth: true

            ColumnLayout {
                width: parent.width

                // In a positioner, not in the layout: see tests/support/check_repeaters.py.
                Column {
                    visible: !preview.waiting
                    spacing: Theme.spacing / 2
                    Layout.fillWidth: true

                    Repeater {
                        model: missedRows

                        delegate: PreviewMemoryRow {
                            required property string memoryId
                            required property string words

                            text: words
                            textOpacity: 0.8
                            onClicked: view.memoryRequested(memoryId)
                        }
                    }
                }
            }
        }
        GroupBox {
            title: qsTr("Latest conversation with it")
            Layout.fillWidth: true

            ColumnLayout {
                width: parent.width

                // In a positioner, not in the layout: see tests/support/check_repeaters.py.
                Column {
                    visible: !preview.waiting
                    spacing: Theme.spacing / 2
                    Layout.fillWidth: true

                    Repeater {
                        model: turnRows

                        delegate: Text {
                            required property bool fromChild
                            required property string words

                            width: parent ? parent.width : 0
                            color: view.palette.windowText
                            text: words
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            horizontalAlignment: fromChild ? Text.AlignLeft : Text.AlignRight
                        }
                    }
                }
                Label {
                    visible: preview.conversation.length === 0 && !preview.loading
                    text: qsTr("They have not talked yet.")
                    opacity: 0.7
                }
            }
        }
    }
}
