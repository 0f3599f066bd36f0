import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One turn of a transcript: the child's on the left, the agent's on the right, each named. Tokens,
// cost and the audio's address are for whoever asks for technical details.
Item {
    id: bubble

    // Who speaks, as the parent knows them: the child's name, the agent's.
    property string speaker
    property bool technical: false

    required property bool fromChild
    required property string content
    required property string audioUrl
    required property int tokensUsed
    required property double cost
    required property date createdAt

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: frame.implicitHeight + 8
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("%1: %2").arg(speaker).arg(content)

    Frame {
        id: frame

        x: bubble.fromChild ? 8 : bubble.width - width - 8
        width: bubble.width * 0.78
        background: Rectangle {
            radius: 8
            color: bubble.fromChild ? Theme.childBubble : Theme.agentBubble
            border.color: bubble.fromChild ? Theme.childBubbleBorder : Theme.agentBubbleBorder
        }

        ColumnLayout {
            width: parent.width
            spacing: 2

            Label {
                text: bubble.speaker
                textFormat: Text.PlainText
                font.bold: true
                font.pixelSize: Theme.smallSize
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: bubble.content
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: Formats.time(bubble.createdAt)
                      + (bubble.audioUrl.length > 0 && !bubble.technical ? "  ·  " + qsTr("recorded (Nido cannot play the recording)") : "")
                      + (bubble.technical && !bubble.fromChild
                         ? "  ·  " + qsTr("%1 tokens").arg(Number(bubble.tokensUsed).toLocaleString(Qt.locale(), "f", 0)) + "  ·  " + Formats.dollars(bubble.cost)
                         : "")
                      + (bubble.technical && bubble.audioUrl.length > 0 ? "  ·  " + qsTr("audio: %1").arg(bubble.audioUrl) : "")
                textFormat: Text.PlainText
                opacity: 0.6
                font.pixelSize: Theme.smallSize
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
        }
    }
}
