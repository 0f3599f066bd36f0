import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One turn of a transcript: the child's on the left, the agent's on the right.
Item {
    id: bubble

    required property bool fromChild
    required property string content
    required property string audioUrl
    required property int tokensUsed
    required property double cost
    required property date createdAt

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: frame.implicitHeight + 8

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
                text: bubble.content
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: bubble.createdAt.toLocaleTimeString(Qt.locale(), Locale.ShortFormat)
                      + (bubble.fromChild ? "" : "  ·  " + qsTr("%1 tokens").arg(Number(bubble.tokensUsed).toLocaleString(Qt.locale(), "f", 0)) + "  ·  "
                                                  + Formats.dollars(bubble.cost))
                      + (bubble.audioUrl.length > 0 ? "  ·  " + qsTr("audio: %1").arg(bubble.audioUrl) : "")
                textFormat: Text.PlainText
                opacity: 0.6
                font.pixelSize: Theme.smallSize
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
        }
    }
}
