import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One agent in the list: whose it is, what it holds about the child and this week's use.
ItemDelegate {
    id: row

    required property int index
    required property string name
    required property bool isPublic
    required property bool owned
    required property int memories
    required property int sessionsThisWeek
    required property real minutesThisWeek
    required property real shareThisWeek
    required property var lastTalkedAt

    width: ListView.view.width
    highlighted: ListView.isCurrentItem
    // The list is one Tab stop; arrows move through its rows.
    focusPolicy: Qt.NoFocus
    // What a screen reader says (the row draws its own content).
    text: name

    contentItem: ColumnLayout {
        spacing: 2

        RowLayout {
            Label {
                text: row.name
                textFormat: Text.PlainText
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: row.owned ? qsTr("Yours") : row.isPublic ? qsTr("Public") : qsTr("Another child's")
                opacity: 0.7
            }
        }
        Label {
            text: qsTr("%n memories of this child", "", row.memories)
            opacity: 0.8
        }
        Label {
            text: qsTr("This week: %n session(s), %1 min", "", row.sessionsThisWeek).arg(Math.round(row.minutesThisWeek))
            opacity: 0.8
        }
        Label {
            text: row.lastTalkedAt ? qsTr("Last talked %1").arg(Formats.dateTime(row.lastTalkedAt))
                                   : qsTr("Never talked")
            opacity: 0.8
        }
        ShareBar {
            Layout.fillWidth: true
            share: row.shareThisWeek
            Accessible.name: qsTr("%1 % of this week's time").arg(Math.round(row.shareThisWeek * 100))
        }
    }
}
