import QtQuick
import QtCharts

ChartView {
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

    title: qsTr("Minutes talked per day this week")
    antialiasing: true
    legend.alignment: Qt.AlignBottom
    onLimitMinutesChanged: updateLimitLine()
    onDayNamesChanged: updateLimitLine()

    BarCategoryAxis {
        id: days

        categories: chart.dayNames
    }
    ValueAxis {
        id: minutesAxis

        readonly property real highest: Math.max(10, chart.limitMinutes * 1.15, ...chart.minutesPerDay.map(value => value * 1.05))
        readonly property int step: highest > 150 ? 30 : highest > 60 ? 20 : 10

        min: 0
        max: Math.ceil(highest / step) * step
        tickType: ValueAxis.TicksDynamic
        tickAnchor: 0
        tickInterval: step
        labelFormat: "%d"
        titleText: qsTr("minutes")
    }
    BarSeries {
        axisX: days
        axisY: minutesAxis

        BarSet {
            label: qsTr("Minutes talked")
            values: chart.minutesPerDay
            color: "#4f8fcf"
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
        color: "#c0392b"
        width: 2
    }
}
