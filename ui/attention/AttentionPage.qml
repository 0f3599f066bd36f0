import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

// What needs this caregiver's attention: memories new to them, and avoided topics that came up.
Page {
    id: page

    objectName: "attentionPage"
    // Set by the window while the page is on screen.
    property string childId
    property string childName
    // 0: the new memories, 1: the avoided topics that came up.
    property alias tab: tabs.currentIndex

    signal sessionRequested(string sessionId)
    signal pageRequested(string name)

    title: qsTr("New to review")

    AttentionSummary {
        id: summary

        childId: page.childId
    }
    AccessRights {
        id: rights

        childId: page.childId
    }

    header: TabBar {
        id: tabs

        objectName: "attentionTabs"
        TabButton {
            text: qsTr("New memories (%1)").arg(Number(summary.unreviewed).toLocaleString(Qt.locale(), "f", 0))
        }
        TabButton {
            objectName: "mentionsTab"
            text: qsTr("Avoided topics that came up (%1)").arg(Number(summary.mentions).toLocaleString(Qt.locale(), "f", 0))
        }
    }

    StackLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.spacing
        currentIndex: tabs.currentIndex

        ReviewInboxView {
            childId: page.childId
            childName: page.childName
            summary: summary
            rights: rights
            onSessionRequested: sessionId => page.sessionRequested(sessionId)
        }
        TopicMentionsView {
            // Read when its tab is shown.
            childId: tabs.currentIndex === 1 ? page.childId : ""
            summary: summary
            onSessionRequested: sessionId => page.sessionRequested(sessionId)
            onProfileRequested: page.pageRequested("profile")
        }
    }
}
