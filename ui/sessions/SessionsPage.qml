pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

Page {
    id: page

    // Set by the window while the page is on screen.
    property string childId
    // As the switcher names the child: who speaks on the child's side of a transcript.
    property string childName
    property string openSessionId

    title: qsTr("Sessions")
    onChildIdChanged: openSessionId = ""

    SessionListModel {
        id: sessions

        childId: page.childId
    }
    AgentChoiceModel {
        id: agents

        childId: page.childId
    }
    SessionDetail {
        id: detail

        childId: page.childId
        sessionId: page.openSessionId
        onActivityArrived: {
            transcript.fetchNewer()
            health.refresh()
            alerts.reload()
        }
    }
    TranscriptModel {
        id: transcript

        childId: page.childId
        sessionId: page.openSessionId
    }
    DeviceHealth {
        id: health

        childId: page.openSessionId.length > 0 ? page.childId : ""
        sessionId: page.openSessionId
    }
    HeartbeatAlertModel {
        id: alerts

        childId: page.openSessionId.length > 0 ? page.childId : ""
        sessionId: page.openSessionId
    }

    SplitView {
        anchors.fill: parent

        ColumnLayout {
            // A small window leaves the session itself most of the room.
            SplitView.preferredWidth: Math.min(430, page.width * 0.4)
            SplitView.minimumWidth: 300
            spacing: 6

            Label {
                text: page.title
                font.pixelSize: Theme.headingSize
                font.bold: true
                Layout.leftMargin: 8
                Layout.topMargin: 8
            }
            Flow {
                spacing: 6
                Layout.fillWidth: true
                Layout.margins: 8

                FilterComboBox {
                    width: 150
                    model: [qsTr("Any time"), qsTr("Today"), qsTr("Last 7 days"), qsTr("Last 30 days"), qsTr("Last 90 days")]
                    Accessible.name: qsTr("Period")
                    onActivated: index => sessions.showLastDays([0, 1, 7, 30, 90][index])
                }
                FilterComboBox {
                    width: 130
                    model: [qsTr("Any status"), qsTr("Live"), qsTr("Ended"), qsTr("Paused")]
                    Accessible.name: qsTr("Status")
                    onActivated: index => sessions.status = ["", "active", "ended", "paused"][index]
                }
                FilterComboBox {
                    id: agentChoice

                    width: 200
                    model: agents
                    textRole: "name"
                    Accessible.name: qsTr("Agent")
                    valueRole: "id"
                    displayText: sessions.agentId.length === 0 ? qsTr("Every agent") : currentText
                    delegate: PlainTextDelegate {
                        textRole: "name"
                        highlighted: agentChoice.highlightedIndex === index
                    }
                    // A list that changed under the click (another child's agents) has no value there.
                    onActivated: sessions.agentId = currentValue ?? ""
                }
                Button {
                    visible: sessions.agentId.length > 0
                    text: qsTr("Every agent")
                    onClicked: sessions.agentId = ""
                }
            }
            ErrorBanner {
                title: sessions.errorTitle
                reason: sessions.errorString
                Layout.fillWidth: true
                Layout.leftMargin: 8
                Layout.rightMargin: 8
                onRetry: sessions.refresh()
            }
            ListView {
                id: list

                objectName: "sessionList"
                clip: true
                focus: true
                activeFocusOnTab: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Sessions")
                model: sessions
                // A child switch replaces every row: their delegates are reused, not made again.
                reuseItems: true
                currentIndex: -1
                keyNavigationEnabled: true
                ScrollBar.vertical: ScrollBar {}
                Layout.fillWidth: true
                Layout.fillHeight: true
                Keys.onReturnPressed: if (currentItem) page.openSessionId = currentItem.sessionId
                Keys.onEnterPressed: if (currentItem) page.openSessionId = currentItem.sessionId

                delegate: SessionDelegate {
                    onClicked: {
                        list.currentIndex = index
                        list.forceActiveFocus()
                        page.openSessionId = sessionId
                    }
                }

                Label {
                    anchors.centerIn: parent
                    visible: list.count === 0 && !sessions.loading && sessions.errorString.length === 0
                    text: qsTr("No session matches.")
                    opacity: 0.7
                }
            }
        }

        ColumnLayout {
            objectName: "sessionDetail"
            visible: page.openSessionId.length > 0
            SplitView.fillWidth: true
            spacing: 6

            RowLayout {
                Layout.fillWidth: true
                Layout.margins: 8

                ColumnLayout {
                    Layout.fillWidth: true
                    Label {
                        text: Formats.agentName(detail.session.agentName) + "  ·  "
                              + Formats.dateTime(detail.session.startedAt)
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.headingSize
                        font.bold: true
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: [detail.session.live ? qsTr("Live now")
                              : detail.session.durationSeconds < 0 ? qsTr("length unknown")
                              : qsTr("%1 min").arg(Math.round(detail.session.durationSeconds / 60)),
                               qsTr("%n message(s)", "", detail.session.messageCount),
                               technicalDetails.checked ? qsTr("%1 tokens").arg(Number(detail.session.totalTokensUsed).toLocaleString(Qt.locale(), "f", 0)) : "",
                               technicalDetails.checked ? Formats.dollars(detail.session.totalCost) : "",
                               qsTr("room: %1").arg(Labels.roomType(detail.session.roomType) || "–"),
                               qsTr("started by: %1").arg(Labels.startMethod(detail.session.startMethod) || "–"),
                               detail.session.parentPresent === "yes" ? qsTr("a parent was present")
                                                              : detail.session.parentPresent === "no" ? qsTr("no parent present") : ""]
                              .filter(part => part.length > 0).join("  ·  ")
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        opacity: 0.75
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "sessionOutsideWakingHours"
                        visible: detail.session.outsideWakingHours.length > 0
                        text: (detail.session.live ? qsTr("Talking now, %1") : qsTr("Started %1"))
                              .arg(detail.session.outsideWakingHours)
                        color: Theme.alert
                        font.bold: true
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
                ToolButton {
                    text: "✕"
                    Accessible.name: qsTr("Close")
                    onClicked: page.openSessionId = ""
                }
            }
            ErrorBanner {
                title: detail.errorTitle
                reason: detail.errorString
                Layout.fillWidth: true
                Layout.leftMargin: 8
                Layout.rightMargin: 8
                onRetry: detail.refresh()
            }
            ErrorBanner {
                title: transcript.errorTitle
                reason: transcript.errorString
                Layout.fillWidth: true
                Layout.leftMargin: 8
                Layout.rightMargin: 8
                onRetry: transcript.refresh()
            }
            TabBar {
                id: detailTabs

                objectName: "sessionTabs"
                Layout.fillWidth: true

                TabButton { text: qsTr("Transcript") }
                TabButton { text: qsTr("Device health") }
                TabButton { text: qsTr("Memories (%1)").arg(detail.session.memories.length) }
            }
            // Tokens, costs and audio addresses: closed unless asked for.
            OutlinedCheckBox {
                id: technicalDetails

                objectName: "technicalDetails"
                visible: detailTabs.currentIndex === 0
                text: qsTr("Technical details")
            }
            StackLayout {
                currentIndex: detailTabs.currentIndex
                Layout.fillWidth: true
                Layout.fillHeight: true

                ListView {
                    clip: true
                    model: transcript
                    spacing: 2
                    ScrollBar.vertical: ScrollBar {}
                    delegate: MessageBubble {
                        speaker: fromChild ? (page.childName || qsTr("Your child")) : Formats.agentName(detail.session.agentName)
                        technical: technicalDetails.checked
                    }
                }
                ScrollView {
                    id: healthScroll

                    contentWidth: availableWidth
                    clip: true

                    // Made while its tab is open on screen: a session opened for its transcript, or the
                    // page behind another, draws no charts.
                    DeviceHealthSection {
                        x: 8
                        width: healthScroll.availableWidth - 16
                        health: health
                        alerts: alerts
                        active: detailTabs.currentIndex === 1 && healthScroll.visible
                    }
                }
                ListView {
                    clip: true
                    model: detail.session.memories
                    delegate: ItemDelegate {
                        id: memoryRow

                        required property var modelData

                        width: ListView.view.width
                        contentItem: Label {
                            text: Labels.category(memoryRow.modelData.category) + "  ·  " + memoryRow.modelData.content
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
        }
    }
}
