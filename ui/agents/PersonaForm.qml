pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

// The persona as a form: instructions, tone, what it knows, the rules it keeps, example dialogue
// as turns, and its voice. Read-only for public agents and other children's.
ColumnLayout {
    id: form

    // The voice's language in words, for the closed technical details.
    function voiceLanguage(): string {
        return Formats.language(String(editor.state("voiceSettings.language").value ?? ""))
    }

    // The example turns as rows. Between two agents they wait for the next one's rather than go.
    function showTurns() {
        if (!form.editor.waiting)
            turns.show(form.examples?.value, example => ({role: typeof example?.role === "string" ? example.role : "",
                                                          words: typeof example?.text === "string" ? example.text : ""}))
    }

    required property AgentEditor editor
    readonly property FieldState instructions: editor.state("persona.instructions")
    readonly property FieldState examples: editor.state("persona.examples")

    spacing: 10

    GridLayout {
        columns: 2
        columnSpacing: 16
        enabled: form.editor.controlsEnabled
        Layout.fillWidth: true

        ValueField { editor: form.editor; path: "name" }
        ValueField { editor: form.editor; path: "persona.tone" }
        ValueField { editor: form.editor; path: "description"; Layout.columnSpan: 2 }

        ColumnLayout {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            spacing: 2

            Label {
                text: form.editor.label("persona.instructions")
                font.bold: form.instructions.edited
            }
            PlainTextArea {
                objectName: "field:persona.instructions"
                text: form.instructions.value ?? ""
                Layout.fillWidth: true
                Layout.preferredHeight: 90
                Accessible.name: form.editor.label("persona.instructions")
                onTextChanged: if (activeFocus) form.editor.setValue("persona.instructions", text)
            }
            Label {
                visible: form.instructions.problem.length > 0
                text: form.instructions.problem
                color: Theme.alert
            }
        }

        ChipListField { editor: form.editor; path: "persona.expertise" }
        ChipListField { editor: form.editor; path: "persona.constraints" }
    }

    Label {
        text: form.editor.label("persona.examples")
        font.bold: true
    }
    // The turns in place: another agent's dialogue changes the rows' text rather than making its
    // combo boxes and fields again (they were most of an agent switch's time).
    InPlaceListModel {
        id: turns
    }
    Connections {
        target: form.examples
        function onValueChanged() { form.showTurns() }
    }
    Connections {
        target: form.editor
        function onStatusChanged() { form.showTurns() }
    }
    Component.onCompleted: showTurns()
    onExamplesChanged: showTurns()

    // In a positioner, not in the layout: see tests/support/check_repeaters.py.
    Column {
        spacing: Theme.spacing / 2
        Layout.fillWidth: true

        Repeater {
            model: turns

            delegate: RowLayout {
                id: turn

                required property string role
                required property string words
                required property int index

                enabled: form.editor.controlsEnabled
                width: parent ? parent.width : 0

                ComboBox {
                    model: [qsTr("Child"), qsTr("Agent"), qsTr("(other)")]
                    currentIndex: turn.role === "user" ? 0 : turn.role === "assistant" ? 1 : 2
                    Accessible.name: qsTr("Who speaks")
                    onActivated: index => form.editor.setTurn(turn.index, ["user", "assistant", ""][index], turn.words)
                }
                TextField {
                    text: turn.words
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Turn %1").arg(turn.index + 1)
                    onEditingFinished: if (text !== turn.words) form.editor.setTurn(turn.index, turn.role, text)
                    // A long turn shows its beginning.
                    onTextChanged: if (!activeFocus) cursorPosition = 0
                }
                Button {
                    text: qsTr("Remove")
                    onClicked: form.editor.removeTurn(turn.index)
                }
            }
        }
    }
    RowLayout {
        enabled: form.editor.controlsEnabled

        Button {
            text: qsTr("Add what the child says")
            onClicked: form.editor.addTurn("user", qsTr("…"))
        }
        Button {
            text: qsTr("Add the agent's answer")
            onClicked: form.editor.addTurn("assistant", qsTr("…"))
        }
        Label {
            text: form.examples.problem
            color: Theme.alert
        }
    }

    // The voice service's own settings: a parent's first view holds words.
    OutlinedCheckBox {
        id: voiceDetails

        objectName: "voiceDetails"
        text: qsTr("Technical details: the voice (%1)").arg(form.voiceLanguage() || qsTr("not set"))
    }
    GridLayout {
        visible: voiceDetails.checked
        columns: form.width >= 600 ? 4 : 2
        columnSpacing: 16
        enabled: form.editor.controlsEnabled
        Layout.fillWidth: true

        ValueField { editor: form.editor; path: "voiceSettings.voice" }
        ValueField { editor: form.editor; path: "voiceSettings.language"; placeholder: qsTr("e.g. es-ES") }
        ValueField { editor: form.editor; path: "voiceSettings.speed"; placeholder: qsTr("1.0") }
        ValueField { editor: form.editor; path: "voiceSettings.pitch"; placeholder: qsTr("0") }
    }
}
