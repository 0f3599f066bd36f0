pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

ScrollView {
    id: view

    required property MemoryStatistics statistics

    contentWidth: availableWidth

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
            spacing: Theme.spacing / 2
            Layout.fillWidth: true

            Repeater {
                model: view.statistics.dashboard

                // Made again for every child and period: Text in a Row, not Labels in a layout.
                Row {
                    id: dashboardRow

                    required property var modelData

                    spacing: 16
                    Text {
                        width: 180
                        text: Labels.memoryType(dashboardRow.modelData.memoryType)
                        color: view.palette.windowText
                        elide: Text.ElideRight
                    }
                    Text {
                        width: 120
                        text: Labels.category(dashboardRow.modelData.category)
                        color: view.palette.windowText
                        elide: Text.ElideRight
                    }
                    Text {
                        width: 80
                        text: Number(dashboardRow.modelData.count).toLocaleString(Qt.locale(), "f", 0)
                        color: view.palette.windowText
                        horizontalAlignment: Text.AlignRight
                    }
                    Text {
                        width: 180
                        text: Formats.importance(dashboardRow.modelData.averageImportance)
                        color: view.palette.windowText
                        elide: Text.ElideRight
                    }
                    Text {
                        text: Formats.dateTime(dashboardRow.modelData.latest)
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
            spacing: Theme.spacing / 2
            Layout.fillWidth: true

            Repeater {
                model: view.statistics.topMemories

                Row {
                    id: topRow

                    required property var modelData

                    spacing: 12
                    width: parent ? parent.width : 0
                    Text {
                        id: importance

                        width: 150
                        text: Formats.importance(topRow.modelData.importance)
                        color: view.palette.windowText
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Text {
                        width: topRow.width - importance.width - where.width - 2 * topRow.spacing
                        text: topRow.modelData.preview
                        textFormat: Text.PlainText
                        color: view.palette.windowText
                        elide: Text.ElideRight
                    }
                    Text {
                        id: where

                        text: Labels.category(topRow.modelData.category) + " · "
                              + (topRow.modelData.agent || qsTr("Shared"))
                              + " · " + qsTr("used %n time(s)", "", topRow.modelData.accessCount)
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
