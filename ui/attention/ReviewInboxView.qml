pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

// "New since you last looked": one key or click per memory (K keep, C correct, S share or not,
// Delete forget); forgetting and sharing are staged with Undo, as on the timeline.
ColumnLayout {
    id: view

    required property string childId
    required property string childName
    required property AttentionSummary summary
    required property AccessRights rights
    // Memories corrected or shared from here: reviewed once the change is saved.
    property list<string> reviewAfterSave
    property string openMemoryId
    property string reviewError

    signal sessionRequested(string sessionId)

    // (QStringList has no includes() that qmllint knows.)
    function listed(items: list<string>, item: string): bool {
        for (const each of items) {
            if (each === item)
                return true
        }
        return false
    }
    function keep(memoryId: string) {
        reviewError = ""
        reviewInbox.markReviewed([memoryId])
    }
    function correct(memoryId: string) {
        openMemoryId = memoryId
        if (!reviewAfterSave.includes(memoryId))
            reviewAfterSave = reviewAfterSave.concat([memoryId])
    }
    function share(row: InboxDelegate) {
        if (!rights.canEdit || row.shareText.length === 0)
            return
        editor.stageEdit(row.memoryId, { agentId: row.agentId.length > 0 ? "" : row.sessionAgentId })
        if (!reviewAfterSave.includes(row.memoryId))
            reviewAfterSave = reviewAfterSave.concat([row.memoryId])
    }
    function forget(memoryId: string) {
        if (rights.canDelete)
            editor.stageDelete([memoryId])
    }

    spacing: Theme.spacing
    onChildIdChanged: {
        openMemoryId = ""
        reviewAfterSave = []
    }

    ReviewInboxModel {
        id: reviewInbox

        childId: view.childId
        onReviewFailed: reason => view.reviewError = reason
    }
    MemoryEditor {
        id: editor

        childId: view.childId
        onApplied: {
            if (view.reviewAfterSave.length > 0)
                reviewInbox.markReviewed(view.reviewAfterSave)
            view.reviewAfterSave = []
            view.openMemoryId = ""
        }
    }
    MemoryDetail {
        id: detail

        childId: view.childId
        memoryId: view.openMemoryId
    }
    AgentChoiceModel {
        id: agents

        childId: view.openMemoryId.length > 0 ? view.childId : ""
    }

    // Which categories come first: the parent's choice, per child.
    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.spacing
        Layout.rightMargin: Theme.spacing

        Label {
            text: qsTr("Sensitive categories, shown first:")
            Layout.alignment: Qt.AlignTop
            topPadding: 6
        }
        Flow {
            spacing: Theme.spacing / 2
            Layout.fillWidth: true

            Repeater {
                model: view.summary.categories

                Button {
                    id: chip

                    required property string modelData

                    text: Labels.category(chip.modelData)
                    checkable: true
                    checked: view.listed(view.summary.sensitiveCategories, chip.modelData)
                    enabled: view.rights.canEdit && ConnectionStatus.additionsInstalled
                    Accessible.name: qsTr("Sensitive: %1").arg(Labels.category(chip.modelData))
                    onToggled: view.summary.setSensitive(chip.modelData, chip.checked)
                }
            }
        }
    }
    Label {
        visible: view.summary.actionError.length > 0 || view.reviewError.length > 0
        text: (view.summary.actionError + " " + view.reviewError).trim()
        textFormat: Text.PlainText
        color: Theme.alert
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.leftMargin: Theme.spacing
    }
    PendingChangesBar {
        editor: editor
        Layout.fillWidth: true
        Layout.leftMargin: Theme.spacing
        Layout.rightMargin: Theme.spacing
        onConfirmRequested: confirmDialog.open()
    }
    ErrorBanner {
        title: reviewInbox.errorTitle
        reason: reviewInbox.errorString
        Layout.fillWidth: true
        onRetry: reviewInbox.refresh()
    }
    Label {
        text: reviewInbox.total < 0 ? qsTr("Loading…")
              : qsTr("%n memory(ies) new to you since you last looked", "", reviewInbox.total)
        opacity: 0.75
        Layout.leftMargin: Theme.spacing
    }
    SplitView {
        Layout.fillWidth: true
        Layout.fillHeight: true

        ListView {
            id: list

            objectName: "inboxList"
            SplitView.fillWidth: true
            SplitView.minimumWidth: 320
            clip: true
            focus: true
            model: reviewInbox
            currentIndex: -1
            keyNavigationEnabled: true
            activeFocusOnTab: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Memories new to you")
            Keys.onPressed: event => {
                const row = list.currentItem as InboxDelegate
                if (!row)
                    return
                if (event.key === Qt.Key_K) {
                    view.keep(row.memoryId)
                } else if (event.key === Qt.Key_C || event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                    if (view.rights.canEdit)
                        view.correct(row.memoryId)
                } else if (event.key === Qt.Key_S) {
                    view.share(row)
                } else if (event.key === Qt.Key_Delete) {
                    view.forget(row.memoryId)
                } else {
                    return
                }
                event.accepted = true
            }

            delegate: InboxDelegate {
                id: row

                childName: view.childName
                canEdit: view.rights.canEdit && ConnectionStatus.additionsInstalled
                canDelete: view.rights.canDelete && ConnectionStatus.additionsInstalled
                pendingDeletion: view.listed(editor.pendingDeletionIds, row.memoryId)
                onClicked: {
                    list.currentIndex = row.index
                    list.forceActiveFocus()
                }
                onKeepRequested: view.keep(row.memoryId)
                onCorrectRequested: view.correct(row.memoryId)
                onShareRequested: view.share(row)
                onForgetRequested: view.forget(row.memoryId)
                onReviewSessionRequested: reviewInbox.markSessionReviewed(row.sessionId)
            }

            Label {
                anchors.centerIn: parent
                width: parent.width - 48
                visible: list.count === 0 && !reviewInbox.loading && reviewInbox.errorString.length === 0
                text: qsTr("Nothing new: you have reviewed everything the AI keeps about %1.").arg(view.childName || qsTr("this child"))
                textFormat: Text.PlainText
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                opacity: 0.75
            }
        }
        MemoryDetailPane {
            objectName: "inboxDetailPane"
            visible: view.openMemoryId.length > 0
            detail: detail
            editor: editor
            agents: agents
            canEdit: view.rights.canEdit && ConnectionStatus.additionsInstalled
            canDelete: view.rights.canDelete && ConnectionStatus.additionsInstalled
            SplitView.preferredWidth: 420
            SplitView.minimumWidth: 300
            onDeleteRequested: memoryId => view.forget(memoryId)
            onCloseRequested: view.openMemoryId = ""
            onSessionRequested: sessionId => view.sessionRequested(sessionId)
        }
    }

    ConfirmChangesDialog {
        id: confirmDialog

        editor: editor
    }
}
