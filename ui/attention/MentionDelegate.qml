import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One line that mentions an avoided topic: who said it, the line before it, and when.
ItemDelegate {
    id: delegate

    required property int index
    required property string messageId
    required property string topic
    required property string content
    required property bool fromChild
    required property string speaker
    required property string previousLine
    required property string sessionId
    required property bool live
    required property date createdAt
    required property bool fine

    signal fineRequested()
    signal sessionRequested()

    readonly property string who: speaker.length > 0 ? (fromChild ? speaker : Formats.agentName(speaker))
                                                    : (fromChild ? qsTr("The child") : qsTr("The agent"))

    width: ListView.view ? ListView.view.width : implicitWidth
    highlighted: ListView.isCurrentItem
    focusPolicy: Qt.NoFocus
    Accessible.name: qsTr("«%1» came up. %2 said: %3").arg(topic).arg(who).arg(content)
                     + " · " + Formats.dateTime(createdAt)

    contentItem: ColumnLayout {
        spacing: 4

        Label {
            text: qsTr("«%1» came up").arg(delegate.topic) + "  ·  " + Formats.dateTime(delegate.createdAt)
                  + (delegate.live ? "  ·  " + qsTr("in the conversation going on now") : "")
                  + (delegate.fine ? "  ·  " + qsTr("you found it fine") : "")
            textFormat: Text.PlainText
            font.bold: true
            color: delegate.fine ? delegate.palette.windowText : Theme.alert
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            visible: delegate.previousLine.length > 0
            text: "… " + delegate.previousLine
            textFormat: Text.PlainText
            font.pixelSize: Theme.smallSize
            opacity: 0.7
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("%1: %2").arg(delegate.who).arg(delegate.content)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            maximumLineCount: 4
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Flow {
            spacing: Theme.spacing
            Layout.fillWidth: true

            Button {
                objectName: "fineButton"
                visible: !delegate.fine
                text: qsTr("It is fine")
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("It is fine: %1").arg(delegate.content)
                onClicked: delegate.fineRequested()
            }
            Button {
                text: qsTr("Open the conversation")
                focusPolicy: Qt.NoFocus
                onClicked: delegate.sessionRequested()
            }
        }
    }
}
