pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

// The boundary watch: what was said, since each topic was added to the profile, about the topics
// the companions must avoid. F marks the current line as fine.
ColumnLayout {
    id: view

    required property string childId
    required property AttentionSummary summary
    property string reviewError

    signal sessionRequested(string sessionId)
    signal profileRequested()

    spacing: Theme.spacing

    TopicMentionModel {
        id: mentions

        childId: view.childId
        onReviewFailed: reason => view.reviewError = reason
    }

    Label {
        text: view.summary.topics.length === 0
              ? qsTr("The profile names no topic the companions must avoid.")
              : qsTr("Watching: %1").arg(Formats.quoted(view.summary.watchedTopics))
                + (view.summary.commonTopics.length === 0 ? ""
                   : " " + qsTr("Not watched, too common to search: %1.").arg(Formats.quoted(view.summary.commonTopics)))
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.leftMargin: Theme.spacing
        Layout.rightMargin: Theme.spacing
    }
    RowLayout {
        Layout.leftMargin: Theme.spacing
        Layout.rightMargin: Theme.spacing

        Button {
            text: qsTr("Change the topics in the profile")
            onClicked: view.profileRequested()
        }
        OutlinedCheckBox {
            text: qsTr("Show the ones I found fine")
            checked: mentions.includeFine
            onToggled: mentions.includeFine = checked
        }
        Item {
            Layout.fillWidth: true
        }
    }
    Label {
        visible: view.reviewError.length > 0
        text: view.reviewError
        textFormat: Text.PlainText
        color: Theme.alert
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.leftMargin: Theme.spacing
    }
    ErrorBanner {
        title: mentions.errorTitle
        reason: mentions.errorString
        Layout.fillWidth: true
        onRetry: mentions.refresh()
    }
    ListView {
        id: list

        objectName: "mentionList"
        clip: true
        model: mentions
        currentIndex: -1
        keyNavigationEnabled: true
        activeFocusOnTab: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Avoided topics that came up")
        Layout.fillWidth: true
        Layout.fillHeight: true
        Keys.onPressed: event => {
            const row = list.currentItem as MentionDelegate
            if (row && event.key === Qt.Key_F) {
                mentions.markFine(row.messageId, row.topic)
                event.accepted = true
            }
        }

        delegate: MentionDelegate {
            onClicked: {
                list.currentIndex = index
                list.forceActiveFocus()
            }
            onFineRequested: {
                view.reviewError = ""
                mentions.markFine(messageId, topic)
            }
            onSessionRequested: view.sessionRequested(sessionId)
        }

        Label {
            anchors.centerIn: parent
            width: parent.width - 48
            visible: list.count === 0 && !mentions.loading && mentions.errorString.length === 0 && view.summary.topics.length > 0
            text: qsTr("None of these topics has come up since it was added.")
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            opacity: 0.75
        }
    }
}
