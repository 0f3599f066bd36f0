import QtQuick
import QtQuick.Templates as T

// A memory the context preview lists, opened in the timeline when clicked. A template delegate
// drawn here: the style's, made again for every agent chosen, was most of the preview's time.
T.ItemDelegate {
    id: row

    property real textOpacity: 1

    width: parent ? parent.width : 0
    implicitWidth: implicitContentWidth + leftPadding + rightPadding
    implicitHeight: implicitContentHeight + topPadding + bottomPadding
    padding: Theme.spacing / 2
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    contentItem: Text {
        text: row.text
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: row.palette.text
        opacity: row.textOpacity
    }
    background: Rectangle {
        visible: row.down || row.hovered
        color: row.down ? row.palette.mid : row.palette.midlight
    }
}
