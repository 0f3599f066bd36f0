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
    readonly property string problem: editor.errors[path] ?? ""

    spacing: 2
    Layout.fillWidth: true

    Label {
        text: field.editor.label(field.path)
        font.bold: field.editor.changedFields.indexOf(field.path) >= 0
    }
    TextField {
        id: input

        objectName: "field:" + field.path
        text: String(field.editor.values[field.path] ?? "")
        placeholderText: field.placeholder
        readOnly: field.readOnly
        Layout.fillWidth: true
        Accessible.name: field.editor.label(field.path)
        Accessible.description: field.problem
        onTextEdited: field.editor.setValue(field.path, text)
    }
    Label {
        visible: field.problem.length > 0
        text: field.problem
        textFormat: Text.PlainText
        color: Theme.alert
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
