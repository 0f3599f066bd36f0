pragma ComponentBehavior: Bound
import QtQuick
import QtCharts
import QtQuick.Controls

// Minutes talked per day against the routine's daily limit, as Screen Time draws them: a day over
// the limit is red whole, with by how much above its bar ("+12 min"); the day under the pointer is
// told in words beside its bar. The Overview's week and the Activity page's period.
NumbersChart {
    id: chart

    property list<string> dayLabels
    property list<real> minutesPerDay
    property list<real> withinLimitPerDay
    property list<real> overLimitPerDay
    property list<real> overByPerDay
    // -1 when the routine sets no limit.
    property int limitMinutes: -1

    function updateLimitLine() {
        limitLine.clear()
        if (limitMinutes >= 0) {
            limitLine.append(-0.5, limitMinutes)
            limitLine.append(dayLabels.length - 0.5, limitMinutes)
        }
    }
    // Where the top of a day's bar is drawn; read again when the plot or the scale moves.
    function barTop(index: int): point {
        return plotArea.width > 0 && minutesAxis.max > 0 ? mapToPosition(Qt.point(index, minutesPerDay[index] ?? 0), bars)
                                                          : Qt.point(0, 0)
    }
    function daysOverLimit(): list<int> {
        const days = []
        for (let day = 0; day < overByPerDay.length; ++day) {
            if (overByPerDay[day] > 0)
                days.push(day)
        }
        return days
    }
    function dayInWords(index: int): string {
        const over = overByPerDay[index] ?? 0
        return qsTr("%1: %2").arg(dayLabels[index] ?? "").arg(Formats.minutes(minutesPerDay[index] ?? 0, true))
               + (over > 0 ? " · " + qsTr("%1 over the limit").arg(Formats.minutes(over, true)) : "")
    }

    table: columns([qsTr("Day"), qsTr("Minutes"), qsTr("Over the limit by")], dayLabels, minutesPerDay, overByPerDay)
    summary: tableSummary() + (limitMinutes >= 0 ? ". " + qsTr("Daily limit %1 min.").arg(number(limitMinutes)) : "")
    onLimitMinutesChanged: updateLimitLine()
    onDayLabelsChanged: updateLimitLine()

    ValueAxis {
        id: minutesAxis

        readonly property real highest: Math.max(10, chart.limitMinutes * 1.05, ...chart.minutesPerDay.map(value => value * 1.12))

        min: 0
        tickType: ValueAxis.TicksDynamic
        tickAnchor: 0
        tickInterval: Axes.step(highest, 5, true)
        max: Axes.top(highest, tickInterval)
        labelFormat: "%d"
        titleText: qsTr("minutes")
    }
    ToolTip {
        id: dayTip

        objectName: chart.objectName + "Tip"
        property int day: -1
        readonly property point anchor: chart.barTop(day)

        text: day >= 0 ? chart.dayInWords(day) : ""
        visible: day >= 0
        x: Math.max(0, Math.min(chart.width - width, anchor.x - width / 2))
        y: Math.max(0, anchor.y - height - 6)
    }
    LineSeries {
        id: limitLine

        name: qsTr("Daily limit")
        visible: chart.limitMinutes >= 0
        axisX: ValueAxis {
            min: -0.5
            max: chart.dayLabels.length - 0.5
            visible: false
        }
        axisY: minutesAxis
        color: Theme.warning
        width: 2
    }
    StackedBarSeries {
        id: bars

        onHovered: (status, index) => dayTip.day = status ? index : -1
        axisX: DayAxis {
            days: chart.dayLabels
        }
        axisY: minutesAxis

        InPlaceBarSet {
            label: qsTr("Within the limit")
            numbers: chart.withinLimitPerDay
            color: Theme.talk
        }
        InPlaceBarSet {
            label: qsTr("Over the limit")
            numbers: chart.overLimitPerDay
            color: Theme.alert
        }
    }
    // By how much each day went over, above its bar, for those days alone; a 90-day chart's bars
    // are too narrow for it.
    Repeater {
        model: chart.dayLabels.length > 31 ? [] : chart.daysOverLimit()

        Text {
            required property int modelData
            readonly property point barPoint: chart.barTop(modelData)

            objectName: "overBy"
            visible: !chart.showingTable
            text: "+" + Formats.minutes(chart.overByPerDay[modelData] ?? 0)
            color: Theme.alert
            font.pixelSize: Theme.tinySize
            font.bold: true
            x: barPoint.x - width / 2
            y: barPoint.y - height - 1
        }
    }
}
