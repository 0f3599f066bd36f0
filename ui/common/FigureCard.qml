import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Frame {
    id: card

    property string heading
    property string value
    property string caption
    property bool alert: false

    Layout.fillWidth: true
    Layout.preferredWidth: 240

    ColumnLayout {
        anchors.fill: parent
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
    }
}
