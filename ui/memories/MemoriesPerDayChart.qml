import QtQuick
import QtCharts
import Nido.Models

// Memories created per day, stacked by category.
NumbersChart {
    id: chart

    required property MemoryStatistics statistics

    function tableByCategory() {
        const headers = [qsTr("Day")]
        const perDay = []
        for (const category of Labels.categories) {
            headers.push(Labels.category(category))
            perDay.push(statistics.perDayByCategory[category] ?? [])
        }
        return columns(headers, statistics.dayLabels, ...perDay)
    }
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
    table: tableByCategory()
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
