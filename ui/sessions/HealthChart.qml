import QtQuick
import QtCharts
import Nido.Models

// Some heartbeat metrics over time, bucketed by DeviceHealth, with a threshold line.
ChartView {
    theme: Theme.chartTheme
    id: chart

    required property DeviceHealth health
    property list<string> metrics
    property list<string> names
    property list<color> colours: Theme.series
    property real minimum: 0
    property real maximum: 100
    property real threshold: NaN
    property string thresholdName

    property var lines: []

    function refill() {
        for (let i = 0; i < lines.length; ++i)
            health.fill(lines[i], metrics[i])
        limitLine.clear()
        if (!isNaN(threshold) && health.pointCount > 0) {
            limitLine.append(health.firstAt.getTime(), threshold)
            limitLine.append(health.lastAt.getTime(), threshold)
        }
        timeAxis.min = health.pointCount > 0 ? health.firstAt : new Date()
        timeAxis.max = health.pointCount > 0 ? health.lastAt : new Date()
    }

    antialiasing: true
    legend.alignment: Qt.AlignBottom
    legend.font.pixelSize: Theme.tinySize
    titleFont.bold: true
    margins.top: 4
    margins.bottom: 4
    onThresholdChanged: refill()
    Component.onCompleted: {
        const created = []
        for (let i = 0; i < metrics.length; ++i) {
            const line = createSeries(ChartView.SeriesTypeLine, names[i], timeAxis, valueAxis)
            line.color = colours[i % colours.length]
            line.width = 2
            created.push(line)
        }
        lines = created
        refill()
    }

    Connections {
        target: chart.health
        function onSeriesChanged() { chart.refill() }
    }

    DateTimeAxis {
        id: timeAxis

        // In the parent's locale: the time of day within one day, the date and time across days.
        format: chart.health.firstAt.toDateString() === chart.health.lastAt.toDateString()
                ? Qt.locale().timeFormat(Locale.ShortFormat)
                : Qt.locale().dateFormat(Locale.NarrowFormat) + " " + Qt.locale().timeFormat(Locale.ShortFormat)
        tickCount: 5
        labelsFont.pixelSize: Theme.tinySize
    }
    ValueAxis {
        id: valueAxis

        tickType: ValueAxis.TicksDynamic
        tickAnchor: 0
        tickInterval: Axes.step(chart.maximum - Math.min(0, chart.minimum), 4, false)
        min: Axes.bottom(chart.minimum, tickInterval)
        max: Axes.top(chart.maximum, tickInterval, min)
        labelsFont.pixelSize: Theme.tinySize
    }
    LineSeries {
        id: limitLine

        name: chart.thresholdName
        axisX: timeAxis
        axisY: valueAxis
        color: Theme.alert
        style: Qt.DashLine
        width: 1.5
        visible: !isNaN(chart.threshold)
    }
}
