pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

ScrollView {
    id: view

    required property MemoryStatistics statistics

    // The rows in place: another child's or period's figures change their text rather than make
    // them again. Between two loads they wait for the next figures rather than go.
    function showRows() {
        if (statistics.waiting)
            return
        dashboardRows.show(statistics.dashboard, row => ({
            type: Labels.memoryType(row.memoryType),
            category: Labels.category(row.category),
            count: Number(row.count).toLocaleString(Qt.locale(), "f", 0),
            importance: Formats.importance(row.averageImportance),
            latest: Formats.dateTime(row.latest)
        }))
        topRows.show(statistics.topMemories, memory => ({
            importance: Formats.importance(memory.importance),
            preview: String(memory.preview ?? ""),
            where: Labels.category(memory.category) + " · " + (memory.agent || qsTr("Shared"))
                   + " · " + qsTr("used %n time(s)", "", memory.accessCount)
        }))
    }

    contentWidth: availableWidth
    Component.onCompleted: showRows()

    InPlaceListModel {
        id: dashboardRows
    }
    InPlaceListModel {
        id: topRows
    }
    Connections {
        target: view.statistics
        function onStatusChanged() { view.showRows() }
    }

    ColumnLayout {
        width: view.availableWidth - 24
        x: 12
        spacing: 12

        RowLayout {
            Layout.topMargin: 12
            Label {
                text: qsTr("Memories created per day")
                font.pixelSize: Theme.headingSize
                font.bold: true
                Layout.fillWidth: true
            }
            FilterComboBox {
                model: [qsTr("Last 7 days"), qsTr("Last 30 days"), qsTr("Last 90 days")]
                currentIndex: 1
                onActivated: index => view.statistics.days = [7, 30, 90][index]
            }
        }
        ErrorBanner {
            title: view.statistics.errorTitle
            reason: view.statistics.errorString
            Layout.fillWidth: true
            onRetry: view.statistics.refresh()
        }
        MemoriesPerDayChart {
            statistics: view.statistics
            Layout.fillWidth: true
            Layout.preferredHeight: 340
        }

        Label {
            text: qsTr("By type and category")
            font.pixelSize: Theme.headingSize
            font.bold: true
        }
        RowLayout {
            spacing: 16
            Label { text: qsTr("Type"); font.bold: true; Layout.preferredWidth: 180 }
            Label { text: qsTr("Category"); font.bold: true; Layout.preferredWidth: 120 }
            Label { text: qsTr("Memories"); font.bold: true; Layout.preferredWidth: 80; horizontalAlignment: Text.AlignRight }
            Label { text: qsTr("Importance, on average"); font.bold: true; Layout.preferredWidth: 180 }
            Label { text: qsTr("Latest"); font.bold: true }
        }
        // In a positioner, not in the layout: see tests/support/check_repeaters.py.
        Column {
            // Nothing of another child on screen while the next loads: the rows wait hidden.
            visible: view.statistics.loaded
            spacing: Theme.spacing / 2
            Layout.fillWidth: true

            Repeater {
                model: dashboardRows

                Row {
                    id: dashboardRow

                    required property string type
                    required property string category
                    required property string count
                    required property string importance
                    required property string latest

                    spacing: 16
                    Text {
                        width: 180
                        text: dashboardRow.type
                        color: view.palette.windowText
                        elide: Text.ElideRight
                    }
                    Text {
                        width: 120
                        text: dashboardRow.category
                        color: view.palette.windowText
                        elide: Text.ElideRight
                    }
                    Text {
                        width: 80
                        text: dashboardRow.count
                        color: view.palette.windowText
                        horizontalAlignment: Text.AlignRight
                    }
                    Text {
                        width: 180
                        text: dashboardRow.importance
                        color: view.palette.windowText
                        elide: Text.ElideRight
                    }
                    Text {
                        text: dashboardRow.latest
                        color: view.palette.windowText
                    }
                }
            }
        }

        Label {
            text: qsTr("Most important memories")
            font.pixelSize: Theme.headingSize
            font.bold: true
            Layout.topMargin: 8
        }
        // In a positioner, not in the layout: see tests/support/check_repeaters.py.
        Column {
            // Nothing of another child on screen while the next loads: the rows wait hidden.
            visible: view.statistics.loaded
            spacing: Theme.spacing / 2
            Layout.fillWidth: true

            Repeater {
                model: topRows

                Row {
                    id: topRow

                    required property string importance
                    required property string preview
                    required property string where

                    spacing: 12
                    width: parent ? parent.width : 0
                    Text {
                        id: importance

                        width: 150
                        text: topRow.importance
                        color: view.palette.windowText
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Text {
                        width: topRow.width - importance.width - where.width - 2 * topRow.spacing
                        text: topRow.preview
                        textFormat: Text.PlainText
                        color: view.palette.windowText
                        elide: Text.ElideRight
                    }
                    Text {
                        id: where

                        text: topRow.where
                        textFormat: Text.PlainText
                        color: view.palette.windowText
                        opacity: 0.7
                    }
                }
            }
        }
        Item { Layout.preferredHeight: 12 }
    }
}
