import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

Page {
    id: page

    required property string childId

    function minutes(value: real): string {
        return qsTr("%1 min").arg(Math.round(value))
    }

    title: qsTr("Overview")

    ChildOverview {
        id: overview

        childId: page.childId
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: 16

            Label {
                text: overview.childName
                textFormat: Text.PlainText
                font.pixelSize: 26
                font.bold: true
                Layout.topMargin: 20
                Layout.leftMargin: 24
            }
            Label {
                visible: overview.errorString.length > 0
                text: overview.errorString
                textFormat: Text.PlainText
                color: "#c0392b"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: 24
            }
            Label {
                visible: page.childId.length === 0
                text: qsTr("There are no children in this database yet.")
                Layout.leftMargin: 24
            }

            GridLayout {
                visible: overview.ready
                columns: Math.max(1, Math.floor(width / 260))
                columnSpacing: 16
                rowSpacing: 16
                Layout.fillWidth: true
                Layout.leftMargin: 24
                Layout.rightMargin: 24

                FigureCard {
                    heading: qsTr("Talked today")
                    value: page.minutes(overview.todayMinutes)
                    alert: overview.dailyLimitMinutes >= 0 && overview.todayMinutes > overview.dailyLimitMinutes
                    caption: overview.dailyLimitMinutes >= 0
                             ? qsTr("of a %1-minute daily limit · %n session(s)", "", overview.todaySessions).arg(overview.dailyLimitMinutes)
                             : qsTr("no screen-time limit set · %n session(s)", "", overview.todaySessions)
                }
                FigureCard {
                    heading: qsTr("This week")
                    value: page.minutes(overview.weekMinutes)
                    alert: overview.daysOverLimit > 0
                    caption: qsTr("%n session(s)", "", overview.weekSessions) + " · "
                             + qsTr("%n day(s) over the limit", "", overview.daysOverLimit)
                }
                FigureCard {
                    heading: qsTr("Memories")
                    value: Number(overview.memoriesTotal).toLocaleString(Qt.locale(), "f", 0)
                    caption: qsTr("%n new this week", "", overview.memoriesThisWeek)
                }
                FigureCard {
                    heading: qsTr("Device alerts this week")
                    value: qsTr("%n error(s)", "", overview.deviceErrorsThisWeek)
                    alert: overview.deviceErrorsThisWeek > 0
                    caption: qsTr("%n warning(s): low battery or slow connection", "", overview.deviceWarningsThisWeek)
                }
                FigureCard {
                    heading: overview.lastSessionLive ? qsTr("Talking now") : qsTr("Last session")
                    value: overview.lastSessionStart.getTime() > 0 ? (overview.lastSessionAgent || qsTr("Unknown agent"))
                                                                     : qsTr("None yet")
                    caption: overview.lastSessionStart.getTime() > 0
                             ? overview.lastSessionStart.toLocaleString(Qt.locale(), Locale.ShortFormat) + " · "
                               + page.minutes(overview.lastSessionMinutes)
                             : ""
                }
            }

            WeekActivityChart {
                visible: overview.ready
                dayNames: overview.weekDayNames
                minutesPerDay: overview.weekMinutesPerDay
                limitMinutes: overview.dailyLimitMinutes
                Layout.fillWidth: true
                Layout.preferredHeight: 320
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.bottomMargin: 16
            }
        }
    }
}
