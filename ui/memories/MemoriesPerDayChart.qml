import QtQuick
import QtCharts
import Nido.Models

// Memories created per day, stacked by category.
ChartView {
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

    title: qsTr("Memories created per day, by category")
    antialiasing: true
    legend.alignment: Qt.AlignBottom
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
            labelsFont.pixelSize: chart.statistics.days > 30 ? 7 : 10
        }
        axisY: ValueAxis {
            min: 0
            max: Math.max(4, chart.statistics.highestDayCount + 1)
            labelFormat: "%d"
        }
    }
}
