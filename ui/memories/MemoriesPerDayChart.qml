import QtQuick
import QtCharts
import Nido.Models

// Memories created per day, stacked by category.
NumbersChart {
    id: chart

    required property MemoryStatistics statistics

    function rebuild() {
        series.clear()
        for (let i = 0; i < Labels.categories.length; ++i) {
            const category = Labels.categories[i]
            const set = series.append(Labels.category(category), statistics.perDayByCategory[category] ?? [])
            set.color = Labels.categoryColours[i]
            set.borderWidth = 0
        }
    }

    caption: qsTr("Memories created per day, by category")
    table: [[qsTr("Day")].concat(Labels.categories.map(category => Labels.category(category)))]
           .concat(statistics.dayLabels.map((day, i) => [day].concat(Labels.categories.map(category => number((statistics.perDayByCategory[category] ?? [])[i] ?? 0)))))
    Component.onCompleted: rebuild()

    Connections {
        target: chart.statistics
        function onStatisticsChanged() { chart.rebuild() }
    }

    StackedBarSeries {
        id: series

        axisX: BarCategoryAxis {
            categories: chart.statistics.dayLabels
            labelsAngle: chart.statistics.days > 7 ? -90 : 0
            labelsFont.pixelSize: chart.statistics.days > 30 ? Math.round(Theme.tinySize * 0.8) : Theme.tinySize
        }
        axisY: ValueAxis {
            min: 0
            readonly property real highest: Math.max(2, chart.statistics.highestDayCount)

            tickType: ValueAxis.TicksDynamic
            tickAnchor: 0
            tickInterval: Axes.step(highest, 4, true)
            max: Axes.top(highest, tickInterval)
            labelFormat: "%d"
            titleText: qsTr("memories")
        }
    }
}
