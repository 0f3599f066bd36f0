import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

// The agents the child uses or may use, and for the one chosen: its persona (editable when it is
// the child's own), its versions, and what it sees of the child.
Page {
    id: page

    property string childId
    property string agentId

    signal memoryRequested(string memoryId)

    title: qsTr("Agents")

    AgentListModel {
        id: agents

        childId: page.childId
        onCountChanged: if (page.agentId.length === 0 && count > 0) list.currentIndex = 0
    }
    AgentEditor {
        id: editor

        childId: page.childId
        agentId: page.agentId
        onSaved: {
            agents.refresh()
            history.refresh()
        }
        onDuplicated: id => page.open(id)
        onCreated: id => page.open(id)
        onDeletionChecked: (memories, sessions, usedByOthers) => deleteDialog.ask(memories, sessions, usedByOthers)
        onDeleted: {
            page.agentId = ""
            agents.refresh()
        }
    }

    AccessRights {
        id: rights

        childId: page.childId
    }

    function open(id: string) {
        page.agentId = id
        agents.refresh()
    }

    // The new child's list chooses its first agent when it arrives: nothing stays highlighted
    // over an empty pane meanwhile.
    onChildIdChanged: {
        agentId = ""
        list.currentIndex = -1
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 16

        ColumnLayout {
            Layout.preferredWidth: 300
            Layout.maximumWidth: 300
            Layout.fillHeight: true

            Label {
                text: qsTr("Agents")
                font.pixelSize: Theme.titleSize
                font.bold: true
            }
            ErrorBanner {
                title: agents.errorTitle
                reason: agents.errorString
                Layout.fillWidth: true
                onRetry: agents.refresh()
            }
            ListView {
                id: list

                objectName: "agentList"
                model: agents
                clip: true
                activeFocusOnTab: true
                keyNavigationEnabled: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Agents")
                Layout.fillWidth: true
                Layout.fillHeight: true
                delegate: AgentDelegate {
                    onClicked: {
                        ListView.view.currentIndex = index
                    }
                }
                onCurrentIndexChanged: if (currentIndex >= 0) page.agentId = agents.data(agents.index(currentIndex, 0), AgentListModel.IdRole)
            }
            Button {
                text: qsTr("New agent…")
                enabled: page.childId.length > 0
                onClicked: createDialog.open()
                Layout.fillWidth: true
            }
        }

        ColumnLayout {
            visible: editor.loaded
            // A width of its own, so that wrapped text cannot feed back into the row's layout.
            Layout.preferredWidth: 100
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8

            RowLayout {
                Label {
                    text: editor.state("name").value ?? ""
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.headingSize
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Button {
                    text: qsTr("Duplicate to edit")
                    visible: !editor.editable
                    onClicked: editor.duplicate()
                }
                Button {
                    text: qsTr("Delete…")
                    visible: editor.editable && rights.canDelete
                    onClicked: editor.checkDeletion()
                }
            }
            Label {
                id: readOnlyReason

                visible: text.length > 0
                text: editor.readOnlyReason
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                // As many lines as the column's width needs, counted from that width rather than
                // from the label's own: a Qt 6.4 layout does not see a height that changes while it
                // sets the widths, and the tabs below would cover the second line.
                Layout.preferredHeight: Math.ceil(reasonMetrics.advanceWidth(text) * 1.15 / Math.max(1, parent.width)) * reasonMetrics.height

                FontMetrics {
                    id: reasonMetrics

                    font: readOnlyReason.font
                }
            }
            Label {
                visible: editor.actionError.length > 0
                text: editor.actionError
                textFormat: Text.PlainText
                color: Theme.alert
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TabBar {
                id: tabs

                objectName: "agentTabs"
                Layout.fillWidth: true

                TabButton { text: qsTr("Persona") }
                TabButton { text: qsTr("Versions") }
                TabButton { text: qsTr("What it sees") }
            }
            StackLayout {
                currentIndex: tabs.currentIndex
                Layout.fillWidth: true
                Layout.fillHeight: true

                ColumnLayout {
                    ScrollView {
                        id: formScroll

                        contentWidth: availableWidth
                        // A scroll bar that comes and goes would change the form's width, and with
                        // it its height: always there, the layout settles.
                        ScrollBar.vertical.policy: ScrollBar.AlwaysOn
                        Layout.fillWidth: true
                        Layout.fillHeight: true

                        PersonaForm {
                            // Clear of the scroll bar, which Fusion draws over the content.
                            width: formScroll.availableWidth - formScroll.ScrollBar.vertical.width - Theme.spacing
                            editor: editor
                        }
                    }
                    EditorBar {
                        visible: editor.editable
                        editor: editor
                    }
                }
                PersonaHistoryView {
                    id: history

                    agentId: page.agentId
                    editor: editor
                }
                AgentPreview {
                    childId: page.childId
                    agentId: page.agentId
                    onMemoryRequested: id => page.memoryRequested(id)
                }
            }
        }
    }

    Dialog {
        id: createDialog

        objectName: "newAgentDialog"
        anchors.centerIn: parent
        // Sized by the window, its fields by the dialog: a long label wraps instead of widening it.
        width: Math.min(520, page.width - 48)
        modal: true
        title: qsTr("A new agent for this child")
        standardButtons: Dialog.Ok | Dialog.Cancel

        ColumnLayout {
            width: createDialog.availableWidth

            Label { text: qsTr("Name") }
            TextField { id: newName; objectName: "newAgentName"; Layout.fillWidth: true; Accessible.name: qsTr("Name") }
            Label {
                text: qsTr("Instructions: who it is and how it talks to your child")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            PlainTextArea {
                id: newInstructions

                Layout.fillWidth: true
                Layout.preferredHeight: 80
                Accessible.name: qsTr("Instructions")
            }
        }
        onAccepted: editor.create(newName.text, newInstructions.text)
    }

    Dialog {
        id: deleteDialog

        property int memories
        property int sessions
        property bool blocked

        function ask(memories: int, sessions: int, usedByOthers: bool) {
            deleteDialog.memories = memories
            deleteDialog.sessions = sessions
            deleteDialog.blocked = usedByOthers
            open()
        }

        anchors.centerIn: parent
        modal: true
        title: qsTr("Delete this agent?")

        ColumnLayout {
            width: 460

            Label {
                text: deleteDialog.blocked
                      ? qsTr("Other children's memories or sessions use this agent, so it cannot be deleted.")
                      : qsTr("%n memories of this child name this agent; deleted alone, they become shared with every agent.", "", deleteDialog.memories)
                        + "\n" + qsTr("%n session(s) name it; they stay, without their agent.", "", deleteDialog.sessions)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        footer: DialogButtonBox {
            Button {
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                text: qsTr("Delete the agent, keep the memories")
                visible: !deleteDialog.blocked
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
                onClicked: editor.deleteAgent(false)
            }
            Button {
                text: qsTr("Delete the agent and its memories")
                visible: !deleteDialog.blocked && deleteDialog.memories > 0
                DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
                onClicked: {
                    editor.deleteAgent(true)
                    deleteDialog.close()
                }
            }
        }
    }
}
