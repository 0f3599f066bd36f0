import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qt.labs.platform as Platform
import Nido.Models

// A session's report, a period's report, and all of the child's data to take away. Exports run on
// their own connection: the window never waits, and a long one can be cancelled.
//
// The dialogs are Qt.labs.platform's, as SaveFileDialog says why: the desktop's own where there is one.
Page {
    id: page

    property string childId
    // For the file names the dialogs suggest.
    property string childName

    function saveAs(action: string, suffix: string, name: string) {
        fileDialog.action = action
        fileDialog.defaultSuffix = suffix
        fileDialog.nameFilters = [suffix.toUpperCase() + " (*." + suffix + ")"]
        fileDialog.ask(job.lastFolder, name)
    }

    title: qsTr("Reports and export")
    // A message about another child's export would read as this one's.
    onChildIdChanged: job.dismiss()

    ExportJob {
        id: job

        objectName: "exportJob"
    }
    SessionListModel {
        id: sessions

        childId: page.childId
    }

    function today(offset: int): string {
        const day = new Date()
        day.setDate(day.getDate() + offset)
        return Qt.formatDate(day, "yyyy-MM-dd")
    }

    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 48, 820)
            x: 24
            spacing: 14

            Label {
                text: qsTr("Reports and export")
                font.pixelSize: Theme.titleSize
                font.bold: true
                Layout.topMargin: 16
            }
            ErrorBanner {
                title: sessions.errorTitle
                reason: sessions.errorString
                Layout.fillWidth: true
                onRetry: sessions.refresh()
            }

            GroupBox {
                title: qsTr("A session's report")
                Layout.fillWidth: true

                RowLayout {
                    anchors.fill: parent

                    ComboBox {
                        id: session

                        objectName: "reportSession"
                        model: sessions
                        textRole: "startedAt"
                        valueRole: "sessionId"
                        // The current row may be gone for a moment while the list is read for another child.
                        displayText: currentIndex < 0 || currentIndex >= count ? qsTr("No session")
                            : qsTr("%1 with %2")
                              .arg(Formats.dateTime(sessions.data(sessions.index(currentIndex, 0), SessionListModel.StartedAtRole)))
                              .arg(Formats.agentName(sessions.data(sessions.index(currentIndex, 0), SessionListModel.AgentNameRole) ?? ""))
                        delegate: ItemDelegate {
                            required property var startedAt
                            required property string agentName
                            required property int index

                            width: ListView.view.width
                            text: qsTr("%1 with %2").arg(Formats.dateTime(startedAt)).arg(Formats.agentName(agentName))
                            highlighted: session.highlightedIndex === index
                        }
                        Layout.fillWidth: true
                        Accessible.name: qsTr("Session")
                        // The sessions arrive after the page is shown: the newest is chosen then.
                        onCountChanged: if (currentIndex < 0 && count > 0) currentIndex = 0
                    }
                    ComboBox {
                        id: sessionFormat

                        model: ["pdf", "json", "csv"]
                        Accessible.name: qsTr("Format")
                    }
                    Button {
                        text: qsTr("Save…")
                        enabled: session.currentIndex >= 0 && !job.running
                        onClicked: page.saveAs("session", sessionFormat.currentText,
                                               job.sessionFileName(page.childName, sessions.data(sessions.index(session.currentIndex, 0),
                                                                                                 SessionListModel.StartedAtRole),
                                                                   sessionFormat.currentText))
                    }
                }
            }

            GroupBox {
                title: qsTr("A report for a teacher or a therapist")
                Layout.fillWidth: true

                GridLayout {
                    anchors.fill: parent
                    columns: 4

                    Label { text: qsTr("From") }
                    TextField {
                        id: from

                        text: page.today(-6)
                        placeholderText: qsTr("YYYY-MM-DD")
                        Accessible.name: qsTr("First day")
                    }
                    Label { text: qsTr("To") }
                    TextField {
                        id: to

                        text: page.today(0)
                        placeholderText: qsTr("YYYY-MM-DD")
                        Accessible.name: qsTr("Last day")
                    }
                    // For a teacher or a therapist: what the child said stays out unless the parent adds it.
                    OutlinedCheckBox {
                        id: withTranscripts

                        objectName: "withTranscripts"
                        text: qsTr("Include what was said (the transcripts)")
                        Layout.columnSpan: 3
                    }
                    Button {
                        text: qsTr("Save PDF…")
                        enabled: page.childId.length > 0 && !job.running
                        onClicked: page.saveAs("period", "pdf", job.periodFileName(page.childName, from.text, to.text))
                    }
                }
            }

            GroupBox {
                title: qsTr("All of your child's data")
                Layout.fillWidth: true

                ColumnLayout {
                    anchors.fill: parent

                    Label {
                        text: qsTr("Everything stored about your child, in files any spreadsheet or program can open, with a list of what each holds: yours to keep or to take to another service.")
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        ComboBox {
                            id: dataFormat

                            model: ["json", "csv"]
                            Accessible.name: qsTr("Format")
                        }
                        Button {
                            text: qsTr("Choose a folder…")
                            enabled: page.childId.length > 0 && !job.running
                            onClicked: folderDialog.open()
                        }
                    }
                }
            }

            RowLayout {
                visible: job.running || job.message.length > 0
                Layout.fillWidth: true

                ProgressBar {
                    palette.window: Theme.outlineSource
                    visible: job.running
                    indeterminate: job.progress < 0
                    value: Math.max(0, job.progress)
                    Layout.fillWidth: true
                }
                Button {
                    text: qsTr("Cancel")
                    visible: job.running
                    onClicked: job.cancel()
                }
            }
            Label {
                text: job.message
                textFormat: Text.PlainText
                color: !job.running && !job.succeeded ? Theme.alert : palette.windowText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }

    SaveFileDialog {
        id: fileDialog

        objectName: "reportFileDialog"
        property string action

        title: qsTr("Save the report")
        onAccepted: {
            if (action === "session")
                job.exportSession(session.currentValue, sessionFormat.currentText, file)
            else
                job.exportPeriod(page.childId, from.text, to.text, withTranscripts.checked, file)
        }
    }
    Platform.FolderDialog {
        id: folderDialog

        objectName: "reportFolderDialog"
        title: qsTr("Choose where to put the folder of your child's data")
        acceptLabel: qsTr("Export here")
        folder: job.lastFolder
        onAccepted: job.exportChild(page.childId, dataFormat.currentText, folder,
                                    "nido-" + page.childId.slice(0, 8) + "-" + Qt.formatDateTime(new Date(), "yyyyMMdd-hhmmss"))
    }
}
