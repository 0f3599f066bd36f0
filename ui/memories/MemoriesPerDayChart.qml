import QtQuick
import QtCharts
import Nido.Models

// Memories created per day, stacked by category.
NumbersChart {
    id: chart

    required property MemoryStatistics statistics

    function tableByCategory() {
        const headers = [qsTr("Day")]
        const byCategory = statistics.perDayByCategory
        const perDay = []
        for (const category of Labels.categories) {
            headers.push(Labels.category(category))
            perDay.push(byCategory[category] ?? [])
        }
        return columns(headers, statistics.dayLabels, ...perDay)
    }
    // What a screen reader hears: the period's memories by category and its busiest day. The table,
    // a row per day and a column per category, is made when it is shown.
    function describe(perDay) {
        const days = statistics.dayLabels
        const dayTotals = new Array(days.length).fill(0)
        const byCategory = []
        let total = 0
        for (const category of Labels.categories) {
            const values = perDay[category] ?? []
            let sum = 0
            for (let i = 0; i < values.length && i < days.length; ++i) {
                sum += values[i]
                dayTotals[i] += values[i]
            }
            if (sum > 0)
                byCategory.push(Labels.category(category) + " " + number(sum))
            total += sum
        }
        let busiest = 0
        for (let i = 1; i < dayTotals.length; ++i) {
            if (dayTotals[i] > dayTotals[busiest])
                busiest = i
        }
        summary = total === 0 ? qsTr("No memories in these days.")
                              : qsTr("%1 memories over %n day(s): %2. The most on %3: %4.", "", days.length)
                                .arg(number(total)).arg(byCategory.join(", ")).arg(days[busiest]).arg(number(dayTotals[busiest]))
        table = showingTable ? tableByCategory() : []
    }
    // A set per category, made once; a new child's or period's figures move their bars in place.
    // While they load, the last ones wait under the cover: one layout of the chart per change.
    function show() {
        waiting = statistics.waiting
        if (waiting)
            return
        dayAxis.days = statistics.dayLabels
        const highest = Math.max(2, statistics.highestDayCount)
        countAxis.tickInterval = Axes.step(highest, 4, true)
        countAxis.max = Axes.top(highest, countAxis.tickInterval)
        // The map is read once: each read of it from C++ makes a copy.
        const perDay = statistics.perDayByCategory
        for (let i = 0; i < Labels.categories.length; ++i) {
            const category = Labels.categories[i]
            let set = series.at(i)
            if (!set) {
                set = series.append(Labels.category(category), [])
                set.color = Labels.categoryColours[i]
                set.borderColor = set.color
            }
            BarValues.show(set, perDay[category] ?? [])
        }
        describe(perDay)
    }

    caption: qsTr("Memories created per day, by category")
    Component.onCompleted: show()
    onShowingTableChanged: table = showingTable ? tableByCategory() : []

    Connections {
        target: chart.statistics
        function onStatusChanged() { chart.show() }
    }

    StackedBarSeries {
        id: series

        axisX: DayAxis {
            id: dayAxis
        }
        axisY: ValueAxis {
            id: countAxis

            min: 0
            tickType: ValueAxis.TicksDynamic
            tickAnchor: 0
            labelFormat: "%d"
            titleText: qsTr("memories")
        }
    }
}
