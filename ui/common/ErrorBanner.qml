import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The one way a page says that what it shows could not be read: what happened in the parent's
// words, the server's reason under it, and a way to try again. Never an empty result instead.
Frame {
    id: banner

    // A DataLoader's or a list model's errorTitle and errorString.
    property string title
    property string reason

    signal retry

    visible: reason.length > 0
    padding: Theme.spacing
    Accessible.role: Accessible.AlertMessage
    Accessible.name: title
    Accessible.description: reason

    background: Rectangle {
        color: Theme.warningBackground
        border.color: Theme.alert
        radius: 4
    }

    RowLayout {
        width: banner.availableWidth
        spacing: Theme.spacing

        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true

            Label {
                text: banner.title
                textFormat: Text.PlainText
                font.bold: true
                color: Theme.alert
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: banner.reason
                textFormat: Text.PlainText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
                maximumLineCount: 4
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        Button {
            text: qsTr("Try again")
            Accessible.description: banner.title
            onClicked: banner.retry()
        }
    }
}
