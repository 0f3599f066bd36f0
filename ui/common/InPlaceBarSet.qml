import QtQuick
import QtCharts
import Nido.Models

// A chart's bar set whose `numbers` move its bars in place (BarValues): a new child's figures
// replace the last one's without every bar being made again.
BarSet {
    id: set

    property list<real> numbers

    onNumbersChanged: BarValues.show(set, numbers)
    Component.onCompleted: BarValues.show(set, numbers)
}
