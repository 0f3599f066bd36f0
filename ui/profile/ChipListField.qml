import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

// A list field as chips: each entry removable, and a new one added with Enter.
ColumnLayout {
    id: field

    required property FormEditor editor
    required property string path
    property string placeholder: qsTr("Add and press Enter")
    property bool showLabel: true
    // How an entry reads on its chip: a language code as its name.
    property var shown: entry => entry
    readonly property FieldState state: editor.state(path)
    readonly property string problem: state.problem

    // Between two rows the chips wait for the next row's entries rather than go.
    function showChips() {
        if (!field.editor.waiting)
            chips.show(field.state?.value, entry => ({entry: String(entry ?? "")}))
    }

    spacing: 4
    Layout.fillWidth: true

    Label {
        visible: field.showLabel
        text: field.editor.label(field.path)
        font.bold: field.state.edited
    }
    Flow {
        // Nothing of another row on screen while the next loads: its chips wait hidden.
        visible: field.editor.loaded
        spacing: 6
        Layout.fillWidth: true
        // Its width comes from the layout, never from how its chips happen to wrap (that would
        // feed back into the columns of a grid around it).
        Layout.preferredWidth: 1

        // The chips in place: another child's entries change their text rather than make them again.
        InPlaceListModel {
            id: chips
        }
        Connections {
            target: field.state
            function onValueChanged() { field.showChips() }
        }
        Connections {
            target: field.editor
            function onStatusChanged() { field.showChips() }
        }
        Component.onCompleted: field.showChips()

        Repeater {
            model: chips

            // A template button drawn here: the style's Button, made for every chip on every load,
            // was most of the profile's time.
            delegate: AbstractButton {
                id: chip

                required property string entry
                required property int index

                text: qsTr("%1  ✕").arg(field.shown(chip.entry))
                padding: 4
                leftPadding: Theme.spacing
                rightPadding: Theme.spacing
                implicitWidth: implicitContentWidth + leftPadding + rightPadding
                implicitHeight: implicitContentHeight + topPadding + bottomPadding
                // A long entry is cut with an ellipsis rather than past the form's edge.
                width: Math.min(chip.implicitWidth, field.width)
                ToolTip.text: chip.entry
                ToolTip.visible: chip.hovered && chip.implicitWidth > chip.width
                background: Rectangle {
                    radius: height / 2
                    color: chip.down ? chip.palette.mid : chip.hovered ? chip.palette.midlight : chip.palette.button
                    border.color: chip.palette.mid
                }
                // Whatever the entry holds (HTML too) is shown as the text it is.
                contentItem: Text {
                    text: chip.text
                    textFormat: Text.PlainText
                    color: chip.palette.buttonText
                    font: chip.font
                    elide: Text.ElideMiddle
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                Accessible.name: qsTr("Remove %1 from %2").arg(chip.entry).arg(field.editor.label(field.path))
                onClicked: field.editor.removeItem(field.path, index)
            }
        }
    }
    TextField {
        id: entry

        objectName: "field:" + field.path
        placeholderText: field.placeholder
        Layout.fillWidth: true
        Accessible.name: qsTr("Add to %1").arg(field.editor.label(field.path))
        onAccepted: {
            if (field.editor.addItem(field.path, text))
                text = ""
            else
                refused.visible = text.trim().length > 0
        }
        onTextEdited: refused.visible = false
    }
    Label {
        id: refused

        visible: false
        text: qsTr("Already in the list.")
        color: Theme.alert
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
