import QtQuick
import QtCharts
import Nido.Models

// Some heartbeat metrics over time, bucketed by DeviceHealth, with a threshold line.
NumbersChart {
    id: chart

    required property DeviceHealth health
    property list<string> metrics
    property list<string> names
    property list<color> colours: Theme.series
    property real minimum: 0
    property real maximum: 100
    // 100 for a 0-1 measure charted as a percentage; the threshold is given charted.
    property real factor: 1
    property real threshold: NaN
    property string thresholdName

    property var lines: []

    function refill() {
        const ranges = []
        for (let i = 0; i < lines.length; ++i)
            ranges.push(health.fill(lines[i], metrics[i], factor))
        // The threshold's line is drawn again only when it moves, as the lines are (DeviceHealth.fill).
        const limit = !isNaN(threshold) && health.pointCount > 0 ? [health.firstAt.getTime(), health.lastAt.getTime()] : []
        if (limitLine.count !== limit.length || limit.some((x, i) => limitLine.at(i).x !== x || limitLine.at(i).y !== threshold)) {
            limitLine.clear()
            for (const x of limit)
                limitLine.append(x, threshold)
        }
        timeAxis.min = health.pointCount > 0 ? health.firstAt : new Date()
        timeAxis.max = health.pointCount > 0 ? health.lastAt : new Date()
        describe(ranges)
    }
    // Each line's range (as DeviceHealth.fill gives it), for the summary a screen reader reads.
    function describe(ranges) {
        const decimals = maximum <= 1 ? 2 : 0
        const said = []
        for (let i = 0; i < ranges.length; ++i) {
            if (ranges[i].last !== undefined)
                said.push(qsTr("%1 from %2 to %3, last %4").arg(names[i]).arg(number(ranges[i].lowest, decimals))
                          .arg(number(ranges[i].highest, decimals)).arg(number(ranges[i].last, decimals)))
        }
        summary = said.length === 0 ? qsTr("No data yet.")
                  : said.join("; ") + (isNaN(threshold) ? "" : ". " + qsTr("%1 at %2.").arg(thresholdName).arg(number(threshold, decimals)))
        // The points as a table, a row per time: made when it is shown, not for every session opened.
        table = showingTable ? tabulated() : []
    }
    function tabulated() {
        const decimals = maximum <= 1 ? 2 : 0
        const byTime = new Map()
        for (let i = 0; i < lines.length; ++i) {
            for (let j = 0; j < lines[i].count; ++j) {
                const point = lines[i].at(j)
                if (!byTime.has(point.x))
                    byTime.set(point.x, new Array(lines.length).fill(""))
                byTime.get(point.x)[i] = number(point.y, decimals)
            }
        }
        const rows = [[qsTr("Time")].concat(names)]
        for (const [x, cells] of [...byTime.entries()].sort((a, b) => a[0] - b[0]))
            rows.push([Formats.dateTime(new Date(x))].concat(cells))
        return rows
    }

    legend.font.pixelSize: Theme.tinySize
    titleFont.bold: true
    margins.bottom: 4
    onThresholdChanged: refill()
    onShowingTableChanged: table = showingTable ? tabulated() : []
    Component.onCompleted: {
        const created = []
        // Across days, dots: a line would be drawn straight over the hours no session ran.
        const dots = health.sessionId.length === 0
        for (let i = 0; i < metrics.length; ++i) {
            const line = createSeries(dots ? ChartView.SeriesTypeScatter : ChartView.SeriesTypeLine, names[i], timeAxis, valueAxis)
            line.color = colours[i % colours.length]
            if (dots) {
                line.markerSize = 4
                line.borderColor = line.color
            } else {
                line.width = 2
            }
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
        format: Formats.timeAxisFormat(chart.health.firstAt.toDateString() !== chart.health.lastAt.toDateString())
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
