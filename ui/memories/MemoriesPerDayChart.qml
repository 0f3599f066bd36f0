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
    // A set per category, made once; a new child's or period's figures move their bars in place.
    function show() {
        for (let i = 0; i < Labels.categories.length; ++i) {
            const category = Labels.categories[i]
            let set = series.at(i)
            if (!set) {
                set = series.append(Labels.category(category), [])
                set.color = Labels.categoryColours[i]
                set.borderWidth = 0
            }
            BarValues.show(set, statistics.perDayByCategory[category] ?? [])
        }
    }

    caption: qsTr("Memories created per day, by category")
    table: tableByCategory()
    Component.onCompleted: show()

    Connections {
        target: chart.statistics
        function onStatisticsChanged() { chart.show() }
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
