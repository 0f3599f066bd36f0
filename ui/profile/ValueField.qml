import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

// One text field of a profile form: what the parent types goes to the editor as typed, valid or
// not, and the reason it cannot be saved yet shows beneath it.
ColumnLayout {
    id: field

    required property FormEditor editor
    required property string path
    property string placeholder
    property bool readOnly: false
    property alias input: input
    readonly property FieldState state: editor.state(path)
    readonly property string problem: state.problem

    spacing: 2
    Layout.fillWidth: true
    // Its width comes from the layout, never from what it holds or says: a reason appearing while
    // the parent types must not move the fields around it.
    Layout.preferredWidth: 1

    Label {
        text: field.editor.label(field.path)
        font.bold: field.state.edited
    }
    TextField {
        id: input

        objectName: "field:" + field.path
        text: String(field.state.value ?? "")
        placeholderText: field.placeholder
        readOnly: field.readOnly
        Layout.fillWidth: true
        Accessible.name: field.editor.label(field.path)
        Accessible.description: field.problem
        onTextEdited: field.editor.setValue(field.path, text)
        // A value longer than the field is shown from its start, as it is read, until typed into.
        onTextChanged: if (!activeFocus) cursorPosition = 0
    }
    Label {
        // One line is kept for the reason even when there is none, so that the next field does
        // not move down under the pointer when one appears.
        text: field.problem.length > 0 ? field.problem : " "
        textFormat: Text.PlainText
        color: Theme.alert
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallSize
        Accessible.ignored: field.problem.length === 0
        Layout.fillWidth: true
    }
}
