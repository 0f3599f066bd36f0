import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

// Wake and bed time, meals and snacks, and the daily screen-time limit, drawn as a day line with
// today's sessions on it. Saved routines reach the overview and the activity charts at once.
Page {
    id: page

    property string childId

    title: qsTr("Routines")

    RoutinesEditor {
        id: editor

        childId: page.childId
    }
    RoutineDay {
        id: today

        childId: page.childId
    }

    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 48, 900)
            x: 24
            spacing: 12

            Label {
                text: qsTr("Routines")
                font.pixelSize: Theme.titleSize
                font.bold: true
                Layout.topMargin: 16
            }
            BusyIndicator {
                running: editor.loading
                visible: running
            }
            EditorBar {
                editor: editor
            }

            GroupBox {
                title: qsTr("Today")
                Layout.fillWidth: true

                ColumnLayout {
                    anchors.fill: parent

                    ErrorBanner {
                        title: today.errorTitle
                        reason: today.errorString
                        Layout.fillWidth: true
                        onRetry: today.refresh()
                    }
                    DayTimeline {
                        editor: editor
                        sessions: today.sessions
                    }
                    Label {
                        text: qsTr("Yellow: awake. Blue: today's sessions. Lines: meals and snacks.")
                        opacity: 0.7
                        font.pixelSize: Theme.smallSize
                    }
                }
            }

            FormSection {
                editor: editor
                title: qsTr("Sleep")
                Layout.fillWidth: true

                GridLayout {
                    anchors.fill: parent
                    columns: 2
                    columnSpacing: 16

                    ValueField { editor: editor; path: "routines.wakeTime"; placeholder: qsTr("HH:MM") }
                    ValueField { editor: editor; path: "routines.bedTime"; placeholder: qsTr("HH:MM") }
                }
            }

            FormSection {
                editor: editor
                title: qsTr("Meals")
                Layout.fillWidth: true

                GridLayout {
                    anchors.fill: parent
                    columns: 3
                    columnSpacing: 16

                    ValueField { editor: editor; path: "routines.mealTimes.breakfast"; placeholder: qsTr("HH:MM") }
                    ValueField { editor: editor; path: "routines.mealTimes.lunch"; placeholder: qsTr("HH:MM") }
                    ValueField { editor: editor; path: "routines.mealTimes.dinner"; placeholder: qsTr("HH:MM") }
                    ChipListField {
                        editor: editor
                        path: "routines.mealTimes.snacks"
                        placeholder: qsTr("A snack time (HH:MM), then Enter")
                        Layout.columnSpan: 3
                    }
                }
            }

            FormSection {
                editor: editor
                title: qsTr("Screen time")
                Layout.fillWidth: true
                Layout.bottomMargin: 24

                GridLayout {
                    anchors.fill: parent
                    columns: 3
                    columnSpacing: 16

                    ValueField { editor: editor; path: "routines.screenTime.limit"; placeholder: qsTr("minutes") }
                    ValueField { editor: editor; path: "routines.screenTime.currentUsage"; readOnly: true; enabled: false }
                    ColumnLayout {
                        spacing: 2
                        Layout.alignment: Qt.AlignTop

                        Label { text: qsTr("Talked today, from the sessions") }
                        Label {
                            text: today.loading ? qsTr("…") : qsTr("%1 min").arg(Math.round(today.minutesToday))
                            font.pixelSize: Theme.headingSize
                            font.bold: true
                        }
                    }
                }
            }
        }
    }
}
