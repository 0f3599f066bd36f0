import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

// A field with the document's levels as choices; a value the backend wrote that Nido does not
// know is offered too, so that opening the form never changes it.
ColumnLayout {
    id: field

    required property FormEditor editor
    required property string path
    readonly property var options: editor.loaded ? editor.choices(path) : []
    readonly property FieldState state: editor.state(path)

    spacing: 2
    Layout.fillWidth: true

    Label {
        text: field.editor.label(field.path)
        font.bold: field.state.edited
    }
    ComboBox {
        objectName: "field:" + field.path
        model: field.options
        currentIndex: Math.max(0, field.options.indexOf(String(field.state.value ?? "")))
        displayText: field.editor.choiceLabel(currentText)
        delegate: ItemDelegate {
            required property string modelData
            required property int index

            width: ListView.view.width
            text: field.editor.choiceLabel(modelData)
            highlighted: ListView.view.currentIndex === index
        }
        Layout.fillWidth: true
        Accessible.name: field.editor.label(field.path)
        onActivated: index => field.editor.setValue(field.path, field.options[index])
    }
}
