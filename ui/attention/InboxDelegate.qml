import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

// One memory new to this caregiver: what it says, why it is here (sensitive, unsure, an avoided
// topic), what the child said before it, and one button for each thing a parent does with it. The
// first of a band, and of a conversation, carries their heading (Qt 6.4's sections cannot be
// bound components).
ItemDelegate {
    id: delegate

    required property int index
    required property string memoryId
    required property string content
    required property string category
    required property int band
    required property double confidence
    required property string agentId
    required property string agentName
    required property string sessionAgentId
    required property string sessionAgentName
    required property date createdAt
    required property string sessionId
    required property date sessionStartedAt
    required property bool sectionStart
    required property bool bandStart
    required property bool changed
    required property string sourceLine
    // The avoided topics it touches, quoted (empty: none).
    required property string touchedTopics
    property string childName
    property bool canEdit: false
    property bool canDelete: false
    property bool pendingDeletion: false

    signal keepRequested()
    signal correctRequested()
    signal shareRequested()
    signal forgetRequested()
    signal reviewSessionRequested()

    readonly property string reason: band === 0 ? qsTr("Sensitive: %1").arg(Labels.category(category))
                                     : band === 1 ? qsTr("The AI was unsure (%1 % sure)").arg(Math.round(confidence * 100))
                                     : ""
    // Shared memories can be given to the agent of their conversation only; an agent's own, to all.
    readonly property string shareText: agentId.length > 0 ? qsTr("Share with every agent")
                                        : sessionAgentId.length > 0 ? qsTr("Only for %1").arg(sessionAgentName)
                                        : ""

    width: ListView.view ? ListView.view.width : implicitWidth
    highlighted: ListView.isCurrentItem
    opacity: pendingDeletion ? 0.45 : 1
    focusPolicy: Qt.NoFocus
    Accessible.name: content + (reason.length > 0 ? " · " + reason : "") + " · " + (changed ? qsTr("Changed by the AI") : qsTr("New"))
                     + " · " + Formats.dateTime(createdAt)
                     + (touchedTopics.length > 0 ? " · " + qsTr("Touches an avoided topic: %1").arg(touchedTopics) : "")

    contentItem: ColumnLayout {
        spacing: 4

        Label {
            visible: delegate.bandStart
            text: delegate.band === 0 ? qsTr("Sensitive categories")
                  : delegate.band === 1 ? qsTr("The AI was unsure")
                  : qsTr("Everything else")
            font.bold: true
            font.pixelSize: Theme.headingSize
            Layout.topMargin: delegate.index === 0 ? 0 : Theme.spacing * 2
        }
        RowLayout {
            visible: delegate.sectionStart
            Layout.fillWidth: true
            Layout.topMargin: delegate.bandStart ? 0 : Theme.spacing

            Label {
                text: delegate.sessionId.length > 0
                      ? qsTr("Conversation of %1").arg(Formats.dateTime(delegate.sessionStartedAt))
                        + (delegate.sessionAgentName.length > 0 ? " · " + Formats.agentName(delegate.sessionAgentName) : "")
                      : qsTr("Not from a conversation")
                textFormat: Text.PlainText
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Button {
                objectName: "reviewSessionButton"
                visible: delegate.sessionId.length > 0
                text: qsTr("Mark this conversation as reviewed")
                focusPolicy: Qt.NoFocus
                onClicked: delegate.reviewSessionRequested()
            }
        }

        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true

            Rectangle {
                Layout.preferredWidth: 6
                Layout.fillHeight: true
                radius: 3
                color: Labels.categoryColours[Labels.categories.indexOf(delegate.category)] ?? Theme.system.mid
            }
            Label {
                text: delegate.content
                textFormat: Text.PlainText
                font.strikeout: delegate.pendingDeletion
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        Label {
            text: [delegate.changed ? qsTr("Changed by the AI") : qsTr("New"),
                   Formats.dateTime(delegate.createdAt), Labels.category(delegate.category),
                   delegate.agentName.length > 0 ? qsTr("Only for %1").arg(delegate.agentName) : qsTr("Shared by all agents")]
                  .join("  ·  ")
            textFormat: Text.PlainText
            font.pixelSize: Theme.smallSize
            opacity: 0.75
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            visible: delegate.reason.length > 0 || delegate.touchedTopics.length > 0
            text: delegate.reason + (delegate.reason.length > 0 && delegate.touchedTopics.length > 0 ? "  ·  " : "")
                  + (delegate.touchedTopics.length > 0 ? qsTr("Touches an avoided topic: %1").arg(delegate.touchedTopics) : "")
            textFormat: Text.PlainText
            font.pixelSize: Theme.smallSize
            color: delegate.band === 0 || delegate.touchedTopics.length > 0 ? Theme.alert : Theme.warning
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: delegate.sourceLine.length > 0
            text: qsTr("Why the AI thinks this: %1 said «%2»").arg(delegate.childName || qsTr("the child")).arg(delegate.sourceLine)
            textFormat: Text.PlainText
            font.pixelSize: Theme.smallSize
            font.italic: true
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Flow {
            spacing: Theme.spacing
            Layout.fillWidth: true

            Button {
                objectName: "keepButton"
                text: qsTr("Keep")
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("Keep: %1").arg(delegate.content)
                onClicked: delegate.keepRequested()
            }
            Button {
                text: qsTr("Correct…")
                enabled: delegate.canEdit
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("Correct: %1").arg(delegate.content)
                onClicked: delegate.correctRequested()
            }
            Button {
                objectName: "shareButton"
                visible: delegate.shareText.length > 0
                text: delegate.shareText
                enabled: delegate.canEdit
                focusPolicy: Qt.NoFocus
                onClicked: delegate.shareRequested()
            }
            Button {
                objectName: "forgetButton"
                text: qsTr("Forget")
                enabled: delegate.canDelete && !delegate.pendingDeletion
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("Forget: %1").arg(delegate.content)
                onClicked: delegate.forgetRequested()
            }
        }
    }
}
