// Not "pragma ComponentBehavior: Bound": Qt 6.4's ListView cannot create section delegates of a
// bound component ("Component is not ready").
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

Page {
    id: page

    objectName: "memoryTimelinePage"
    // Set by the window while the page is on screen.
    property string childId
    property list<string> selectedIds
    property string openMemoryId

    function toggleSelection(memoryId: string) {
        selectedIds = selectedIds.includes(memoryId) ? selectedIds.filter(id => id !== memoryId)
                                                     : selectedIds.concat([memoryId])
    }

    // A deletion is staged at once: the pending-changes bar offers Undo, and nothing is deleted
    // before the one confirmation, whose button says Delete.
    function stageDeletion(ids: list<string>) {
        editor.stageDelete(ids)
    }
    // The open memory was among those deleted: its pane closes once they are.
    property bool openMemoryDeleted

    signal sessionRequested(string sessionId)

    title: qsTr("Memory timeline")
    onChildIdChanged: {
        selectedIds = []
        openMemoryId = ""
    }

    MemoryTimelineModel {
        id: timeline

        childId: page.childId
    }
    MemoryEditor {
        id: editor

        childId: page.childId
        // The models shown follow the change hub; the selection and the open pane are the page's.
        onApplied: {
            page.selectedIds = []
            if (page.openMemoryDeleted)
                page.openMemoryId = ""
            page.openMemoryDeleted = false
        }
        onMatchingFound: editor.stageDeleteMatching()
    }
    MemoryDetail {
        id: detail

        childId: page.childId
        memoryId: page.openMemoryId
    }
    MemoryStatistics {
        id: statistics

        // Read when its tab is shown.
        childId: tabs.currentIndex === 1 ? page.childId : ""
    }
    AgentChoiceModel {
        id: agents

        childId: page.childId
    }
    PendingPurgeModel {
        id: pendingPurge

        childId: page.childId
    }
    AccessRights {
        id: rights

        childId: page.childId
    }
    CaregiverAuditModel {
        id: audit

        // Read when its tab is shown.
        childId: tabs.currentIndex === 3 ? page.childId : ""
    }
    AgentKnowledge {
        id: knowledge

        // Read when its tab is shown.
        childId: tabs.currentIndex === 5 ? page.childId : ""
    }
    RetentionPolicy {
        id: retention

        // Read when its tab is shown.
        childId: tabs.currentIndex === 4 ? page.childId : ""
    }

    header: TabBar {
        id: tabs

        objectName: "timelineTabs"
        TabButton {
            text: qsTr("Timeline")
        }
        TabButton {
            text: qsTr("Statistics")
        }
        TabButton {
            text: qsTr("Expired, to be deleted (%1)").arg(pendingPurge.count)
        }
        TabButton {
            text: qsTr("Caregivers' log")
        }
        TabButton {
            objectName: "retentionTab"
            text: qsTr("How long they are kept")
        }
        TabButton {
            text: qsTr("Who knows what")
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex

        ColumnLayout {
            spacing: 8

            Label {
                visible: !ConnectionStatus.additionsInstalled
                text: qsTr("Nido's additions are not installed on this database, so search, corrections and deletion are not "
                           + "available. Run \"nido migrate --database …\" to add them; the backend's tables are not changed.")
                      + (ConnectionStatus.missingExtras.length > 0
                         ? " " + qsTr("It would also add what the schema document recommends and this database lacks: %1.")
                                 .arg(ConnectionStatus.missingExtras.join(", "))
                         : "")
                wrapMode: Text.Wrap
                color: Theme.warning
                Layout.fillWidth: true
                Layout.margins: 8
            }
            Label {
                visible: rights.caregiver && !rights.canEdit
                text: qsTr("You may view this child's memories. Changing or deleting them needs an adult with more rights.")
                wrapMode: Text.Wrap
                color: Theme.warning
                Layout.fillWidth: true
                Layout.leftMargin: 8
            }
            MemoryFilterBar {
                timeline: timeline
                agents: agents
                canDelete: rights.canDelete && ConnectionStatus.additionsInstalled
                Layout.fillWidth: true
                Layout.margins: 8
                onForgetMatchingRequested: editor.findMatching(timeline)
            }
            PendingChangesBar {
                editor: editor
                Layout.fillWidth: true
                Layout.leftMargin: 8
                Layout.rightMargin: 8
                onConfirmRequested: confirmDialog.open()
            }
            ErrorBanner {
                title: timeline.errorTitle
                reason: timeline.errorString
                Layout.fillWidth: true
                Layout.leftMargin: 8
                Layout.rightMargin: 8
                onRetry: timeline.refresh()
            }
            RowLayout {
                Layout.leftMargin: 8
                Layout.rightMargin: 8
                Label {
                    text: timeline.loading ? qsTr("Loading…")
                          : timeline.total >= 0 ? qsTr("%1 of %n memory(ies) shown", "", timeline.total).arg(timeline.count)
                          : qsTr("%n memory(ies) shown", "", timeline.count)
                    opacity: 0.7
                }
                // What the colour at the start of each row says.
                Flow {
                    objectName: "categoryLegend"
                    spacing: 10
                    Layout.fillWidth: true
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Colours of the categories")

                    Repeater {
                        model: Labels.categories

                        Row {
                            id: legendEntry

                            required property string modelData
                            required property int index

                            spacing: 4
                            Rectangle {
                                width: 6
                                height: 14
                                radius: 3
                                anchors.verticalCenter: parent.verticalCenter
                                color: Labels.categoryColours[legendEntry.index]
                            }
                            Label {
                                text: Labels.category(legendEntry.modelData)
                                font.pixelSize: Theme.smallSize
                                opacity: 0.8
                            }
                        }
                    }
                }
                Button {
                    text: qsTr("Delete selected (%1)").arg(page.selectedIds.length)
                    enabled: page.selectedIds.length > 0 && rights.canDelete
                    onClicked: page.stageDeletion(page.selectedIds)
                }
            }
            SplitView {
                Layout.fillWidth: true
                Layout.fillHeight: true

                ListView {
                    id: list

                    objectName: "memoryList"
                    SplitView.fillWidth: true
                    SplitView.minimumWidth: 320
                    clip: true
                    focus: true
                    model: timeline
                    // A filter's change replaces most rows: their delegates are reused, not made again.
                    reuseItems: true
                    currentIndex: -1
                    keyNavigationEnabled: true
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    Keys.onReturnPressed: if (currentItem) page.openMemoryId = currentItem.memoryId
                    Keys.onEnterPressed: if (currentItem) page.openMemoryId = currentItem.memoryId
                    Keys.onDeletePressed: if (currentItem && rights.canDelete) page.stageDeletion([currentItem.memoryId])
                    // The row's checkbox, from the keyboard: the list is one Tab stop.
                    Keys.onSpacePressed: if (currentItem) page.toggleSelection((currentItem as MemoryDelegate).memoryId)
                    activeFocusOnTab: true
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Memories")

                    section.property: "day"
                    section.delegate: DaySectionHeading {
                        width: list.width
                    }

                    delegate: MemoryDelegate {
                        selected: page.selectedIds.includes(memoryId)
                        pendingDeletion: editor.pendingDeletionIds.includes(memoryId)
                        onSelectionToggled: page.toggleSelection(memoryId)
                        onClicked: {
                            list.currentIndex = index
                            list.forceActiveFocus()
                            page.openMemoryId = memoryId
                        }
                    }

                    Label {
                        anchors.centerIn: parent
                        visible: list.count === 0 && !timeline.loading
                        text: qsTr("No memory matches.")
                        opacity: 0.7
                    }
                }
                MemoryDetailPane {
                    objectName: "detailPane"
                    visible: page.openMemoryId.length > 0
                    detail: detail
                    editor: editor
                    agents: agents
                    canEdit: rights.canEdit && ConnectionStatus.additionsInstalled
                    canDelete: rights.canDelete && ConnectionStatus.additionsInstalled
                    SplitView.preferredWidth: 440
                    SplitView.minimumWidth: 320
                    onDeleteRequested: memoryId => page.stageDeletion([memoryId])
                    onCloseRequested: page.openMemoryId = ""
                    onSessionRequested: sessionId => page.sessionRequested(sessionId)
                }
            }
        }

        MemoryStatisticsView {
            statistics: statistics
        }

        ColumnLayout {
            Label {
                text: qsTr("These memories are deleted from Nido and from what the AI is given. The voice backend keeps a copy in its vector store until it purges them; it works through this list.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.margins: 12
            }
            ErrorBanner {
                title: pendingPurge.errorTitle
                reason: pendingPurge.errorString
                Layout.fillWidth: true
                Layout.leftMargin: 12
                Layout.rightMargin: 12
                onRetry: pendingPurge.refresh()
            }
            ListView {
                objectName: "pendingPurgeList"
                clip: true
                model: pendingPurge
                Layout.fillWidth: true
                Layout.fillHeight: true
                delegate: ItemDelegate {
                    id: purgeRow

                    required property string memoryId
                    required property string collection
                    required property date requestedAt

                    width: ListView.view.width
                    contentItem: Label {
                        text: qsTr("Deleted %1 · memory %2 · collection %3")
                              .arg(Formats.dateTime(purgeRow.requestedAt))
                              .arg(purgeRow.memoryId).arg(purgeRow.collection)
                        textFormat: Text.PlainText
                        elide: Text.ElideMiddle
                    }
                }

                Label {
                    anchors.centerIn: parent
                    visible: parent.count === 0 && pendingPurge.errorString.length === 0
                    text: qsTr("Nothing is waiting to be purged.")
                    opacity: 0.7
                }
            }
        }

        CaregiverLogView {
            audit: audit
        }
        RetentionView {
            policy: retention
            canChange: rights.canDelete && ConnectionStatus.additionsInstalled
        }
        AgentKnowledgeView {
            knowledge: knowledge
            // The timeline on what that agent is given of that category.
            onCellChosen: (agentId, category) => {
                timeline.agentId = agentId
                timeline.scope = MemoryTimelineModel.GivenTo
                timeline.categories = [category]
                timeline.expiry = MemoryTimelineModel.Active
                tabs.currentIndex = 0
            }
        }
    }

    ConfirmChangesDialog {
        id: confirmDialog

        editor: editor
        onAccepted: page.openMemoryDeleted = editor.deletes(page.openMemoryId)
    }
}
