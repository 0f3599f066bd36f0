import QtQuick
import QtCharts

// A chart's days along its bars. They are given to QtCharts only when they change: it lays the
// whole chart out again for every list of categories it gets, the same one too.
BarCategoryAxis {
    property list<string> days

    function show() {
        const shown = categories
        let same = shown.length === days.length
        for (let i = 0; same && i < days.length; ++i)
            same = shown[i] === days[i]
        if (!same)
            categories = days
    }

    labelsAngle: days.length > 7 ? -90 : 0
    labelsFont.pixelSize: days.length > 31 ? Math.round(Theme.tinySize * 0.8) : Theme.tinySize
    onDaysChanged: show()
    Component.onCompleted: show()
}
