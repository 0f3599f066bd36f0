import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One figure of the Overview: a heading, the value, a caption. A click (or Return, or Space) opens
// the page behind it.
AbstractButton {
    id: card

    property string heading
    property string value
    property string caption
    property bool alert: false

    Layout.fillWidth: true
    Layout.preferredWidth: 240
    Layout.fillHeight: true
    padding: 12
    hoverEnabled: true
    Accessible.role: Accessible.Button
    Accessible.name: heading + ": " + value + ". " + caption

    background: Rectangle {
        color: card.down ? palette.midlight : palette.base
        border.color: card.hovered || card.visualFocus ? palette.highlight : palette.mid
        border.width: 1
        radius: 2
    }
    contentItem: ColumnLayout {
        spacing: 4

        Label {
            text: card.heading
            opacity: 0.75
            Layout.fillWidth: true
            elide: Text.ElideRight
        }
        Label {
            text: card.value
            textFormat: Text.PlainText
            font.pixelSize: Theme.figureSize
            font.bold: true
            color: card.alert ? Theme.alert : palette.windowText
            Layout.fillWidth: true
            elide: Text.ElideRight
        }
        Label {
            text: card.caption
            textFormat: Text.PlainText
            opacity: 0.75
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
