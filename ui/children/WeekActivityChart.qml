import QtQuick
import QtCharts
import QtQuick.Controls

NumbersChart {
    id: chart

    property list<string> dayNames
    property list<real> minutesPerDay
    property int limitMinutes: -1

    function updateLimitLine() {
        limitLine.clear()
        if (limitMinutes >= 0) {
            limitLine.append(-0.5, limitMinutes)
            limitLine.append(dayNames.length - 0.5, limitMinutes)
        }
    }

    caption: qsTr("Minutes talked per day this week")
    table: columns([qsTr("Day"), qsTr("Minutes")], dayNames, minutesPerDay)
    summary: table.slice(1).map(row => qsTr("%1 %2 min").arg(row[0]).arg(row[1])).join(", ")
             + (limitMinutes >= 0 ? ". " + qsTr("Daily limit %1 min.").arg(number(limitMinutes)) : "")
    onLimitMinutesChanged: updateLimitLine()
    onDayNamesChanged: updateLimitLine()

    BarCategoryAxis {
        id: days

        categories: chart.dayNames
    }
    ValueAxis {
        id: minutesAxis

        readonly property real highest: Math.max(10, chart.limitMinutes * 1.05, ...chart.minutesPerDay.map(value => value * 1.05))

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

        x: chart.width / 2 - width / 2
        y: 8
    }
    BarSeries {
        axisX: days
        axisY: minutesAxis
        // The day under the pointer, as words.
        onHovered: (status, index) => {
            dayTip.text = qsTr("%1: %2 min").arg(chart.dayNames[index] ?? "").arg(Math.round(chart.minutesPerDay[index] ?? 0))
            dayTip.visible = status
        }

        BarSet {
            label: qsTr("Minutes talked")
            values: chart.minutesPerDay
            color: Theme.talk
        }
    }
    LineSeries {
        id: limitLine

        name: qsTr("Daily limit")
        axisX: ValueAxis {
            min: -0.5
            max: chart.dayNames.length - 0.5
            visible: false
        }
        axisY: minutesAxis
        color: Theme.warning
        width: 2
    }
}
