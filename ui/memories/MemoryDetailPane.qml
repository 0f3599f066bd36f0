pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

// One memory in full, its provenance, and the parent's corrections (staged in the editor).
ScrollView {
    id: pane

    required property MemoryDetail detail
    required property MemoryEditor editor
    required property AgentChoiceModel agents
    property bool canEdit: true
    property bool canDelete: true

    signal deleteRequested(string memoryId)
    signal closeRequested()
    signal sessionRequested(string sessionId)

    function resetDraft() {
        contentEdit.text = detail.memory.content
        summaryEdit.text = detail.memory.summary
        importanceSlider.value = detail.memory.importance
        categoryChoice.currentIndex = Labels.categories.indexOf(detail.memory.category)
        typeChoice.currentIndex = Labels.memoryTypes.indexOf(detail.memory.memoryType)
        sharedCheck.checked = detail.memory.agentId.length === 0
        // An agent not in the list (hidden, or past its first page) is no choice: no agent is shown
        // rather than another one that a correction would then move the memory to.
        agentChoice.currentIndex = agentChoice.indexOfValue(detail.memory.agentId)
        expiryEdit.text = isNaN(detail.memory.expiresAt) ? "" : Qt.formatDate(detail.memory.expiresAt, "yyyy-MM-dd")
    }

    function stageChanges() {
        editor.stageCorrections(detail, {
            content: contentEdit.text,
            summary: summaryEdit.text,
            importance: importanceSlider.value,
            category: Labels.categories[categoryChoice.currentIndex],
            memoryType: Labels.memoryTypes[typeChoice.currentIndex],
            agentId: sharedCheck.checked ? "" : (agentChoice.currentIndex < 0 ? detail.memory.agentId : agentChoice.currentValue),
            expiry: expiryEdit.text
        })
    }

    function when(value: date): string {
        return isNaN(value) ? qsTr("never") : Formats.dateTime(value)
    }

    contentWidth: availableWidth
    Connections {
        target: pane.detail
        function onMemoryChanged() { pane.resetDraft() }
    }

    ColumnLayout {
        width: pane.availableWidth - 16
        x: 8
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Memory")
                font.pixelSize: Theme.headingSize
                font.bold: true
                Layout.fillWidth: true
            }
            Button {
                text: qsTr("Delete")
                enabled: pane.detail.loaded && pane.canDelete
                onClicked: pane.deleteRequested(pane.detail.memoryId)
            }
            ToolButton {
                text: "✕"
                onClicked: pane.closeRequested()
                Accessible.name: qsTr("Close")
            }
        }
        ErrorBanner {
            title: pane.detail.errorTitle
            reason: pane.detail.errorString
            Layout.fillWidth: true
            onRetry: pane.detail.refresh()
        }
        Label {
            visible: pane.detail.loaded && pane.detail.memory.archived
            text: qsTr("The voice service moved this memory to its archive: the AI no longer uses it, but it is still kept. You can delete it; it cannot be corrected.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        Label { text: qsTr("What the AI remembers") ; font.bold: true }
        PlainTextArea {
            id: contentEdit

            Layout.fillWidth: true
            Accessible.name: qsTr("Memory text")
        }
        Label { text: qsTr("Summary"); font.bold: true }
        PlainTextArea {
            id: summaryEdit

            Layout.fillWidth: true
            Accessible.name: qsTr("Summary")
        }

        GridLayout {
            columns: 2
            columnSpacing: 8
            Layout.fillWidth: true

            Label { text: qsTr("Importance") }
            RowLayout {
                Layout.fillWidth: true
                Slider {
                    palette.window: Theme.outlineSource
                    id: importanceSlider

                    Accessible.name: qsTr("Importance")
                    Accessible.description: Formats.importance(value)
                    from: 0
                    to: 1
                    stepSize: 0.05
                    Layout.fillWidth: true
                }
                Label {
                    text: Formats.importance(importanceSlider.value)
                    Layout.preferredWidth: 150
                }
            }
            Label { text: qsTr("Category") }
            ComboBox {
                id: categoryChoice

                Accessible.name: qsTr("Category")
                model: Labels.categories.map(category => Labels.category(category))
                Layout.fillWidth: true
            }
            Label { text: qsTr("Type") }
            ComboBox {
                id: typeChoice

                Accessible.name: qsTr("Type")
                model: Labels.memoryTypes.map(type => Labels.memoryType(type))
                Layout.fillWidth: true
            }
            Label { text: qsTr("Known to") }
            ColumnLayout {
                Layout.fillWidth: true
                OutlinedCheckBox {
                    id: sharedCheck

                    text: qsTr("Shared by all agents")
                }
                ComboBox {
                    id: agentChoice

                    Accessible.name: qsTr("Known to")
                    enabled: !sharedCheck.checked
                    model: pane.agents
                    textRole: "name"
                    valueRole: "id"
                    delegate: PlainTextDelegate {
                        textRole: "name"
                        highlighted: agentChoice.highlightedIndex === index
                    }
                    Layout.fillWidth: true
                }
            }
            Label { text: qsTr("Expires on") }
            TextField {
                id: expiryEdit

                Accessible.name: qsTr("Expires on")
                placeholderText: qsTr("YYYY-MM-DD, empty for never")
                validator: RegularExpressionValidator { regularExpression: /^$|^\d{4}-\d{2}-\d{2}$/ }
                Layout.fillWidth: true
            }
        }
        RowLayout {
            Button {
                text: qsTr("Keep these corrections")
                enabled: pane.detail.loaded && pane.canEdit && !pane.detail.memory.archived
                         && !pane.editor.pendingDeletionIds.includes(pane.detail.memoryId)
                onClicked: pane.stageChanges()
            }
            Button {
                text: qsTr("Reset")
                onClicked: pane.resetDraft()
            }
        }
        Label {
            visible: pane.editor.errorString.length > 0
            text: pane.editor.errorString
            textFormat: Text.PlainText
            color: Theme.alert
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        Label { text: qsTr("Details"); font.bold: true; Layout.topMargin: 8 }
        GridLayout {
            columns: 2
            columnSpacing: 12
            Layout.fillWidth: true

            Label { text: qsTr("Agent"); opacity: 0.7 }
            Label {
                text: pane.detail.memory.agentName.length > 0 ? pane.detail.memory.agentName : qsTr("Shared by all agents")
                textFormat: Text.PlainText
            }
            Label { text: qsTr("Created"); opacity: 0.7 }
            Label { text: pane.when(pane.detail.memory.createdAt) }
            Label { text: qsTr("Changed"); opacity: 0.7 }
            Label { text: pane.when(pane.detail.memory.updatedAt) }
            Label { text: qsTr("Expires"); opacity: 0.7 }
            Label { text: pane.when(pane.detail.memory.expiresAt) }
            Label { text: qsTr("Used by the AI"); opacity: 0.7 }
            Label {
                text: qsTr("%n time(s), last %1", "", pane.detail.memory.accessCount).arg(pane.when(pane.detail.memory.lastAccessedAt))
            }
            Label { text: qsTr("Tags"); opacity: 0.7 }
            Label { text: pane.detail.memory.tags.join(", "); textFormat: Text.PlainText; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Label { text: qsTr("Emotions"); opacity: 0.7 }
            Label { text: pane.detail.memory.emotions.join(", "); textFormat: Text.PlainText; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Label { text: qsTr("Topics"); opacity: 0.7 }
            Label { text: pane.detail.memory.topics.join(", "); textFormat: Text.PlainText; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Label { text: qsTr("People and things"); opacity: 0.7 }
            Label { text: pane.detail.memory.entities.join(", "); textFormat: Text.PlainText; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Label { text: qsTr("Language"); opacity: 0.7 }
            Label { text: Formats.language(pane.detail.memory.language); textFormat: Text.PlainText }
            Label { text: qsTr("Confidence"); opacity: 0.7 }
            Label { text: pane.detail.memory.confidence < 0 ? "–" : Math.round(pane.detail.memory.confidence * 100) + " %" }
            Label { text: qsTr("Source"); opacity: 0.7 }
            Label {
                text: Labels.memorySource(pane.detail.memory.source) + (pane.detail.memory.messageCount >= 0
                      ? " · " + qsTr("%n message(s)", "", pane.detail.memory.messageCount) : "")
                      + (pane.detail.memory.durationSeconds >= 0 ? " · " + qsTr("%1 min").arg(Math.round(pane.detail.memory.durationSeconds / 60)) : "")
                textFormat: Text.PlainText
            }
            OutlinedCheckBox {
                id: memoryTechnical

                text: qsTr("Technical details")
                Layout.columnSpan: 2
            }
            Label { text: qsTr("Vector store"); opacity: 0.7; visible: memoryTechnical.checked }
            Label {
                visible: memoryTechnical.checked
                text: pane.detail.memory.chromaCollectionName
                textFormat: Text.PlainText
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
            Label { text: qsTr("Other data"); opacity: 0.7; visible: memoryTechnical.checked && pane.detail.memory.otherMetadata.length > 0 }
            Label {
                visible: memoryTechnical.checked && pane.detail.memory.otherMetadata.length > 0
                text: pane.detail.memory.otherMetadata
                textFormat: Text.PlainText
                font.family: "monospace"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }

        Label {
            text: qsTr("Why does the AI think this?")
            font.bold: true
            Layout.topMargin: 8
        }
        Label {
            text: pane.detail.memory.sessionId.length === 0
                  ? qsTr("This memory is not tied to a conversation.")
                  : qsTr("From the conversation of %1:").arg(pane.when(pane.detail.memory.sessionStartedAt))
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "openSessionButton"
            visible: pane.detail.memory.sessionId.length > 0
            text: qsTr("Open the whole conversation")
            onClicked: pane.sessionRequested(pane.detail.memory.sessionId)
        }
        // In a positioner, not in the layout: see tests/support/check_repeaters.py.
        Column {
            spacing: Theme.spacing / 2
            Layout.fillWidth: true

            Repeater {
                model: pane.detail.memory.contextMessages

                Frame {
                    id: bubble

                    required property var modelData

                    width: parent ? parent.width : 0
                    Layout.leftMargin: modelData.fromChild ? 0 : 24
                    Layout.rightMargin: modelData.fromChild ? 24 : 0
                    opacity: modelData.afterMemory ? 0.55 : 1
                    background: Rectangle {
                        radius: 6
                        color: bubble.modelData.fromChild ? Theme.childBubble : Theme.agentBubble
                    }

                    Label {
                        width: parent.width
                        text: (bubble.modelData.fromChild ? qsTr("Child") : qsTr("Agent")) + ": " + bubble.modelData.text
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
