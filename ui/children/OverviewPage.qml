import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

Page {
    id: page

    // Set by the window while the page is on screen.
    property string childId

    // A card opens the page behind its figure ("activity", "timeline", "sessions"), or the session.
    signal pageRequested(string name)
    signal sessionRequested(string sessionId)

    // "Yesterday 05:24", "Thu 05:24": days of the last week by name, times without seconds.
    function when(moment: date): string {
        const days = Math.round((new Date().setHours(0, 0, 0, 0) - new Date(moment).setHours(0, 0, 0, 0)) / 86400000)
        const time = Formats.time(moment)
        return days === 0 ? qsTr("Today %1").arg(time) : days === 1 ? qsTr("Yesterday %1").arg(time)
             : Qt.locale().dayName(moment.getDay(), Locale.ShortFormat) + " " + time
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
                    objectName: "card_sessions_7"
                    heading: qsTr("Outside waking hours")
                    onClicked: overview.figures.lastNightSessionId.length > 0 ? page.sessionRequested(overview.figures.lastNightSessionId)
                                                                               : page.pageRequested("activity")
                    value: qsTr("%n session(s)", "", overview.figures.nightSessionsThisWeek)
                    alert: overview.figures.nightSessionsThisWeek > 0
                    caption: !overview.figures.knowsWakingHours ? qsTr("the routines do not say when the child wakes up and goes to bed")
                             : overview.figures.lastNightSessionLive ? qsTr("Talking now, %1").arg(overview.figures.lastNightSessionReason)
                             : overview.figures.lastNightSessionId.length > 0
                               ? qsTr("%1, %2").arg(page.when(overview.figures.lastNightSessionStart)).arg(overview.figures.lastNightSessionReason)
                             : qsTr("none in the last 7 days")
                }
                FigureCard {
                    objectName: "card_activity_0"
                    readonly property int limit: overview.figures.dailyLimitMinutes
                    readonly property real today: overview.figures.todayMinutes

                    heading: qsTr("Talked today")
                    onClicked: page.pageRequested("activity")
                    value: Formats.minutes(today)
                    alert: limit >= 0 && today > limit
                    caption: (limit < 0 ? qsTr("no screen-time limit set")
                              : today > limit ? qsTr("%1 over the limit of %2 a day").arg(Formats.minutes(today - limit)).arg(Formats.minutes(limit))
                              : qsTr("%1 left of %2 a day").arg(Formats.minutes(limit - today)).arg(Formats.minutes(limit)))
                             + " · " + qsTr("%n session(s)", "", overview.figures.todaySessions)
                }
                FigureCard {
                    objectName: "card_activity_1"
                    readonly property real average: overview.figures.weekMinutes / 7
                    readonly property real before: overview.figures.previousWeekMinutes / 7

                    heading: qsTr("Daily average, last 7 days")
                    onClicked: page.pageRequested("activity")
                    value: Formats.minutes(average)
                    alert: overview.figures.daysOverLimit > 0
                    caption: (Math.round(average) === Math.round(before) ? qsTr("as the 7 days before")
                              : average > before ? qsTr("%1 more than the 7 days before").arg(Formats.minutes(average - before))
                              : qsTr("%1 less than the 7 days before").arg(Formats.minutes(before - average)))
                             + " · " + qsTr("%n day(s) over the limit", "", overview.figures.daysOverLimit)
                }
                FigureCard {
                    objectName: "card_timeline_2"
                    heading: qsTr("Memories")
                    onClicked: page.pageRequested("timeline")
                    value: Number(overview.figures.memoriesTotal).toLocaleString(Qt.locale(), "f", 0)
                    caption: qsTr("%n new in the last 7 days", "", overview.figures.memoriesThisWeek)
                }
                FigureCard {
                    objectName: "card_activity_3"
                    heading: qsTr("Device alerts, last 7 days")
                    onClicked: page.pageRequested("activity")
                    value: qsTr("%n error(s)", "", overview.figures.deviceErrorsThisWeek)
                    alert: overview.figures.deviceErrorsThisWeek > 0
                    caption: qsTr("%n warning(s): low battery or slow connection", "", overview.figures.deviceWarningsThisWeek)
                }
                FigureCard {
                    objectName: "card_sessions_4"
                    readonly property bool any: overview.figures.lastSessionStart.getTime() > 0

                    heading: overview.figures.lastSessionLive ? qsTr("Talking now") : qsTr("Last session")
                    onClicked: any ? page.sessionRequested(overview.figures.lastSessionId) : page.pageRequested("sessions")
                    value: any ? Formats.agentName(overview.figures.lastSessionAgent) : qsTr("None yet")
                    caption: any ? page.when(overview.figures.lastSessionStart) + " · " + Formats.minutes(overview.figures.lastSessionMinutes)
                                   + (isNaN(overview.figures.lastSessionSilentSince) ? ""
                                      : " · " + qsTr("still open, but silent since %1: counted until then")
                                                .arg(Formats.time(overview.figures.lastSessionSilentSince)))
                                 : ""
                }
            }

            MinutesPerDayChart {
                objectName: "weekChart"
                visible: overview.loaded
                caption: qsTr("Minutes talked per day, last 7 days")
                dayLabels: overview.figures.weekDayNames
                minutesPerDay: overview.figures.weekMinutesPerDay
                withinLimitPerDay: overview.figures.weekWithinLimit
                overLimitPerDay: overview.figures.weekOverLimit
                overByPerDay: overview.figures.weekOverBy
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
