import QtQuick
import QtCharts
import Nido.Models

// A chart's bar set whose `numbers` move its bars in place (BarValues): a new child's figures
// replace the last one's without every bar being made again. Bars have no border.
BarSet {
    id: set

    property list<real> numbers

    onNumbersChanged: BarValues.show(set, numbers)
    // A pen of no width is still a line of one pixel: the border takes the bar's colour.
    borderColor: color
    Component.onCompleted: BarValues.show(set, numbers)
}
