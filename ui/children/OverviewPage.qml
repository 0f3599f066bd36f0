import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

Page {
    id: page

    // Set by the window while the page is on screen.
    property string childId

    // A card opens the page behind its figure ("activity", "timeline", "sessions").
    signal pageRequested(string name)

    function minutes(value: real): string {
        return qsTr("%1 min").arg(Math.round(value))
    }

    title: qsTr("Overview")

    ChildOverview {
        id: overview

        childId: page.childId
    }
    AttentionSummary {
        id: attention

        childId: ConnectionStatus.additionsInstalled ? page.childId : ""
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: 16

            BusyIndicator {
                visible: overview.loading
                running: visible
                Accessible.name: qsTr("Loading the overview")
                Layout.topMargin: 20
                Layout.leftMargin: 24
            }
            Label {
                visible: !overview.loading
                text: overview.figures.childName || qsTr("A child without a name")
                textFormat: Text.PlainText
                font.pixelSize: Theme.figureSize
                font.bold: true
                Layout.topMargin: 20
                Layout.leftMargin: 24
            }
            ErrorBanner {
                title: overview.errorTitle
                reason: overview.errorString
                Layout.fillWidth: true
                onRetry: overview.refresh()
            }
            Label {
                visible: page.childId.length === 0
                text: qsTr("There are no children in this database yet.")
                Layout.leftMargin: 24
            }

            GridLayout {
                visible: overview.loaded
                // From the page, not the grid itself: a grid sized by its own columns loops.
                columns: Math.max(1, Math.floor((page.width - 48) / 276))
                columnSpacing: 16
                rowSpacing: 16
                Layout.fillWidth: true
                Layout.leftMargin: 24
                Layout.rightMargin: 24

                // What needs the parent first: what is new to them, and what crossed their wishes.
                FigureCard {
                    objectName: "card_attention_5"
                    visible: ConnectionStatus.additionsInstalled
                    heading: qsTr("New to review")
                    onClicked: page.pageRequested("attention")
                    value: qsTr("%n memory(ies)", "", attention.unreviewed)
                    alert: attention.unreviewedSensitive > 0
                    caption: attention.unreviewed === 0 ? qsTr("you have reviewed everything")
                             : qsTr("%n in sensitive categories", "", attention.unreviewedSensitive) + " · "
                               + qsTr("%n the AI was unsure of", "", attention.unreviewedUnsure)
                }
                FigureCard {
                    objectName: "card_attention_6"
                    visible: ConnectionStatus.additionsInstalled
                    heading: qsTr("Avoided topics")
                    onClicked: page.pageRequested("mentions")
                    value: qsTr("%n mention(s)", "", attention.mentions)
                    alert: attention.mentions > 0
                    caption: attention.topics.length === 0 ? qsTr("no topic to avoid is set in the profile")
                             : qsTr("of %1, since each was added").arg(Formats.quoted(attention.topics))
                }
                FigureCard {
                    objectName: "card_activity_7"
                    heading: qsTr("Outside waking hours")
                    onClicked: page.pageRequested("activity")
                    value: qsTr("%n session(s)", "", overview.figures.nightSessionsThisWeek)
                    alert: overview.figures.nightSessionsThisWeek > 0
                    caption: overview.figures.knowsWakingHours ? qsTr("started this week before waking up or after bedtime")
                                                               : qsTr("the routines do not say when the child wakes up and goes to bed")
                }
                FigureCard {
                    objectName: "card_activity_0"
                    heading: qsTr("Talked today")
                    onClicked: page.pageRequested("activity")
                    value: page.minutes(overview.figures.todayMinutes)
                    alert: overview.figures.dailyLimitMinutes >= 0 && overview.figures.todayMinutes > overview.figures.dailyLimitMinutes
                    caption: overview.figures.dailyLimitMinutes >= 0
                             ? qsTr("against a daily limit of %1 minutes · %n session(s)", "", overview.figures.todaySessions).arg(overview.figures.dailyLimitMinutes)
                             : qsTr("no screen-time limit set · %n session(s)", "", overview.figures.todaySessions)
                }
                FigureCard {
                    objectName: "card_activity_1"
                    heading: qsTr("This week")
                    onClicked: page.pageRequested("activity")
                    value: page.minutes(overview.figures.weekMinutes)
                    alert: overview.figures.daysOverLimit > 0
                    caption: qsTr("%n session(s)", "", overview.figures.weekSessions) + " · "
                             + qsTr("%n day(s) over the limit", "", overview.figures.daysOverLimit)
                }
                FigureCard {
                    objectName: "card_timeline_2"
                    heading: qsTr("Memories")
                    onClicked: page.pageRequested("timeline")
                    value: Number(overview.figures.memoriesTotal).toLocaleString(Qt.locale(), "f", 0)
                    caption: qsTr("%n new this week", "", overview.figures.memoriesThisWeek)
                }
                FigureCard {
                    objectName: "card_activity_3"
                    heading: qsTr("Device alerts this week")
                    onClicked: page.pageRequested("activity")
                    value: qsTr("%n error(s)", "", overview.figures.deviceErrorsThisWeek)
                    alert: overview.figures.deviceErrorsThisWeek > 0
                    caption: qsTr("%n warning(s): low battery or slow connection", "", overview.figures.deviceWarningsThisWeek)
                }
                FigureCard {
                    objectName: "card_sessions_4"
                    heading: overview.figures.lastSessionLive ? qsTr("Talking now") : qsTr("Last session")
                    onClicked: page.pageRequested("sessions")
                    value: overview.figures.lastSessionStart.getTime() > 0 ? Formats.agentName(overview.figures.lastSessionAgent)
                                                                     : qsTr("None yet")
                    caption: overview.figures.lastSessionStart.getTime() > 0
                             ? overview.figures.lastSessionStart.toLocaleString(Qt.locale(), Locale.ShortFormat) + " · "
                               + page.minutes(overview.figures.lastSessionMinutes)
                               + (isNaN(overview.figures.lastSessionSilentSince) ? ""
                                  : " · " + qsTr("still open, but silent since %1: counted until then")
                                            .arg(overview.figures.lastSessionSilentSince.toLocaleTimeString(Qt.locale(), Locale.ShortFormat)))
                             : ""
                }
            }

            WeekActivityChart {
                visible: overview.loaded
                dayNames: overview.figures.weekDayNames
                minutesPerDay: overview.figures.weekMinutesPerDay
                limitMinutes: overview.figures.dailyLimitMinutes
                Layout.fillWidth: true
                Layout.preferredHeight: 320
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.bottomMargin: 16
            }
        }
    }
}
