import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Page {
    id: page

    property string summary

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 560)
        spacing: 12

        Label {
            text: page.title
            font.pixelSize: 24
            font.bold: true
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Label {
            text: page.summary
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Label {
            text: qsTr("Coming in a later version of Nido.")
            opacity: 0.7
            font.italic: true
        }
    }
}
