pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Nido.Models

// Time talked against the limit, sessions inside and outside waking hours, memories per day, use
// per agent, and the device's health over the same period.
Page {
    id: page

    // Set by the window while the page is on screen.
    property string childId

    // What the minutes and sessions charts and the routine's line above them show: the figures
    // last loaded. While the next child's figures load, the charts wait under their cover and then
    // move their bars once, in place, rather than empty and fill again.
    property var shown: ({})

    function showFigures() {
        if (activity.waiting)
            return
        shown = {
            dayLabels: activity.dayLabels,
            minutesPerDay: activity.minutesPerDay,
            withinLimitPerDay: activity.withinLimitPerDay,
            overLimitPerDay: activity.overLimitPerDay,
            overByPerDay: activity.overByPerDay,
            dailyLimitMinutes: activity.dailyLimitMinutes,
            daysOverLimit: activity.daysOverLimit,
            wakeTime: activity.wakeTime,
            bedTime: activity.bedTime,
            sessionsPerDay: activity.sessionsPerDay,
            insideWakingHoursPerDay: activity.insideWakingHoursPerDay,
            outsideWakingHoursPerDay: activity.outsideWakingHoursPerDay
        }
        // The bar is the agent's share of the costliest agent's cost.
        const usage = activity.agentUsage
        const highest = usage.length > 0 ? usage[0].cost : 0
        usageRows.show(usage, row => ({
            agent: Formats.agentName(row.agent),
            share: highest > 0 ? row.cost / highest : 0,
            figures: qsTr("%n session(s)", "", row.sessions) + "  ·  "
                     + qsTr("%1 tokens").arg(Number(row.tokens).toLocaleString(Qt.locale(), "f", 0)) + "  ·  "
                     + Formats.dollars(row.cost)
        }))
    }

    title: qsTr("Activity and device health")
    Component.onCompleted: showFigures()

    ActivityStatistics {
        id: activity

        childId: page.childId
        days: periodChoice.days
        onStatusChanged: page.showFigures()
    }
    MemoryStatistics {
        id: memoryStatistics

        childId: page.childId
        days: periodChoice.days
    }
    DeviceHealth {
        id: health

        childId: page.childId
        days: periodChoice.days
    }
    HeartbeatAlertModel {
        id: alerts

        childId: page.childId
        days: periodChoice.days
    }

    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth - 24
            x: 12
            spacing: 10

            RowLayout {
                Layout.topMargin: 12
                Label {
                    text: qsTr("Activity")
                    font.pixelSize: Theme.headingSize
                    font.bold: true
                    Layout.fillWidth: true
                }
                BusyIndicator {
                    running: activity.loading || memoryStatistics.loading || health.loading
                    visible: running
                    Accessible.name: qsTr("Loading the activity")
                    Layout.preferredHeight: 32
                }
                FilterComboBox {
                    id: periodChoice

                    readonly property int days: [7, 30, 90][currentIndex]

                    model: [qsTr("Last 7 days"), qsTr("Last 30 days"), qsTr("Last 90 days")]
                    Accessible.name: qsTr("Period")
                    currentIndex: 1
                }
            }
            ErrorBanner {
                title: activity.errorTitle
                reason: activity.errorString
                Layout.fillWidth: true
                onRetry: activity.refresh()
            }
            ErrorBanner {
                title: memoryStatistics.errorTitle
                reason: memoryStatistics.errorString
                Layout.fillWidth: true
                onRetry: memoryStatistics.refresh()
            }
            Label {
                // Out of sight and hearing, like the charts' figures, while the next child's load.
                opacity: activity.waiting ? 0 : 1
                Accessible.ignored: activity.waiting
                text: ((page.shown.dailyLimitMinutes ?? -1) >= 0
                       ? qsTr("Daily screen-time limit: %1 min; %n day(s) over it.", "", page.shown.daysOverLimit).arg(page.shown.dailyLimitMinutes)
                       : qsTr("No daily screen-time limit is set in the routine."))
                      + "  " + ((page.shown.wakeTime ?? "").length > 0
                                ? qsTr("Waking hours: %1 to %2.").arg(page.shown.wakeTime).arg(page.shown.bedTime)
                                : qsTr("The routine has no wake and bed time."))
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            MinutesPerDayChart {
                id: minutesChart

                objectName: "minutesChart"
                caption: qsTr("Minutes talked per day")
                waiting: activity.waiting
                dayLabels: page.shown.dayLabels ?? []
                minutesPerDay: page.shown.minutesPerDay ?? []
                withinLimitPerDay: page.shown.withinLimitPerDay ?? []
                overLimitPerDay: page.shown.overLimitPerDay ?? []
                overByPerDay: page.shown.overByPerDay ?? []
                limitMinutes: page.shown.dailyLimitMinutes ?? -1
                Layout.fillWidth: true
                Layout.preferredHeight: 300
            }
            NumbersChart {
                id: sessionsChart

                caption: qsTr("Sessions per day")
                waiting: activity.waiting
                table: columns([qsTr("Day"), qsTr("During waking hours"), qsTr("Outside waking hours")], page.shown.dayLabels ?? [],
                               page.shown.insideWakingHoursPerDay ?? [], page.shown.outsideWakingHoursPerDay ?? [])
                Layout.fillWidth: true
                Layout.preferredHeight: 260

                StackedBarSeries {
                    axisX: DayAxis {
                        days: page.shown.dayLabels ?? []
                    }
                    axisY: ValueAxis {
                        min: 0
                        readonly property real highest: Math.max(2, ...(page.shown.sessionsPerDay ?? []))

                        tickType: ValueAxis.TicksDynamic
                        tickAnchor: 0
                        tickInterval: Axes.step(highest, 4, true)
                        max: Axes.top(highest, tickInterval)
                        labelFormat: "%d"
                        titleText: qsTr("sessions")
                    }

                    InPlaceBarSet {
                        label: qsTr("During waking hours")
                        numbers: page.shown.insideWakingHoursPerDay ?? []
                        color: Theme.insideWakingHours
                    }
                    InPlaceBarSet {
                        label: qsTr("Outside waking hours")
                        numbers: page.shown.outsideWakingHoursPerDay ?? []
                        color: Theme.outsideWakingHours
                    }
                }
            }
            MemoriesPerDayChart {
                objectName: "memoriesChart"
                statistics: memoryStatistics
                Layout.fillWidth: true
                Layout.preferredHeight: 300
            }

            Label {
                text: qsTr("Use per agent")
                font.pixelSize: Theme.headingSize
                font.bold: true
            }
            InPlaceListModel {
                id: usageRows
            }
            // In a positioner, not in the layout: see tests/support/check_repeaters.py.
            Column {
                // Nothing of another child on screen while the next one's figures load.
                visible: !activity.waiting
                spacing: Theme.spacing / 2
                Layout.fillWidth: true

                Repeater {
                    model: usageRows

                    // Text and rectangles rather than controls in a layout, their words changed in
                    // place for another child.
                    Row {
                        id: usageRow

                        required property string agent
                        required property real share
                        required property string figures

                        spacing: 12
                        Text {
                            width: 200
                            anchors.verticalCenter: parent.verticalCenter
                            text: usageRow.agent
                            textFormat: Text.PlainText
                            elide: Text.ElideRight
                            color: page.palette.windowText
                        }
                        ShareBar {
                            width: 160
                            height: 8
                            anchors.verticalCenter: parent.verticalCenter
                            share: usageRow.share
                            // The words beside it say the same.
                            Accessible.ignored: true
                        }
                        Text {
                            anchors.verticalCenter: parent.verticalCenter
                            text: usageRow.figures
                            textFormat: Text.PlainText
                            color: page.palette.windowText
                        }
                    }
                }
            }

            Label {
                text: qsTr("Device health")
                font.pixelSize: Theme.headingSize
                font.bold: true
                Layout.topMargin: 12
            }
            // Eight charts below the fold, made as they come into view and let go when they leave it,
            // as a list's rows are: a child switch redraws only what can be seen.
            DeviceHealthSection {
                id: healthSection

                // Their height when last made, so that the page keeps its length without them.
                property real madeHeight: 2100
                readonly property real viewTop: (scroll.contentItem as Flickable)?.contentY ?? 0
                // As a list's cache of rows beyond its edges.
                readonly property real ahead: scroll.height / 4

                objectName: "activityDeviceHealth"
                health: health
                alerts: alerts
                // (Its y is 0 until the layout has placed it below the charts above. A page hidden
                // behind another lets them go too.)
                readonly property bool near: visible && y > 0 && y < viewTop + scroll.height + ahead && y + height > viewTop - ahead

                Layout.fillWidth: true
                Layout.bottomMargin: 12
                Layout.preferredHeight: item ? implicitHeight : madeHeight
                onImplicitHeightChanged: if (item) madeHeight = implicitHeight

                // Made or let go once the pass that moved the view is over, not inside it: their
                // height changes what is near.
                Binding on active {
                    value: healthSection.near
                    delayed: true
                }
            }
        }
    }
}
