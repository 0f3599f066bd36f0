import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ItemDelegate {
    id: delegate

    required property int index
    required property string sessionId
    required property date startedAt
    // Undefined when the backend recorded neither a duration nor an end.
    required property var durationSeconds
    required property int messageCount
    required property string agentName
    required property int memoriesCreated
    required property bool live
    required property string outsideWakingHours

    width: ListView.view ? ListView.view.width : implicitWidth
    highlighted: ListView.isCurrentItem
    // The list is one Tab stop; arrows move through its rows.
    focusPolicy: Qt.NoFocus
    Accessible.name: [Formats.dateTime(delegate.startedAt), Formats.agentName(delegate.agentName),
                      typeof delegate.durationSeconds === "number" ? qsTr("%1 min").arg(Math.round(delegate.durationSeconds / 60)) : qsTr("length unknown"),
                      qsTr("%n message(s)", "", delegate.messageCount)].join(" · ") + (delegate.live ? " · " + qsTr("LIVE") : "")
                     + (delegate.outsideWakingHours.length > 0 ? " · " + qsTr("outside waking hours: %1").arg(delegate.outsideWakingHours) : "")

    contentItem: RowLayout {
        spacing: 10

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                text: Formats.dateTime(delegate.startedAt) + "  ·  "
                      + Formats.agentName(delegate.agentName)
                textFormat: Text.PlainText
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: [(typeof delegate.durationSeconds === "number" ? qsTr("%1 min").arg(Math.round(delegate.durationSeconds / 60))
                                                                       : qsTr("length unknown")),
                       qsTr("%n message(s)", "", delegate.messageCount),
                       qsTr("%n memory(ies)", "", delegate.memoriesCreated)].join("  ·  ")
                opacity: 0.7
                font.pixelSize: Theme.smallSize
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        Label {
            objectName: "nightBadge"
            visible: delegate.outsideWakingHours.length > 0
            text: qsTr("Night")
            color: Theme.textOnAlert
            font.bold: true
            padding: 4
            background: Rectangle {
                color: Theme.nightBadge
                radius: 3
            }
        }
        Label {
            visible: delegate.live
            text: qsTr("LIVE")
            color: Theme.textOnAlert
            font.bold: true
            padding: 4
            background: Rectangle {
                color: Theme.alert
                radius: 3
            }
        }
    }
}
