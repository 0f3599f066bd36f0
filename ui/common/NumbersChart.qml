pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts

// A chart that a screen reader reads as one, with its title and a summary of its numbers, and that
// anyone can read as a table. Each chart gives its numbers as `table`: a header row, then a row per
// point, all text; the summary comes from it unless the chart says it shorter.
ChartView {
    id: chart

    // ChartView's own title does not notify its changes: the chart's title is set through this.
    property string caption
    property var table: []
    property string summary: tableSummary()
    property bool showingTable: false
    // While the next child's figures load, the last ones wait under a cover (and out of the table
    // and of what a screen reader hears), so that nothing of another child is on screen, and then
    // move in place rather than going and coming back.
    property bool waiting: false

    // "Mon 1: Minutes 38, Over the limit 0; Tue 2: …"
    function tableSummary() {
        if (table.length < 2)
            return qsTr("No data yet.")
        return table.slice(1).map(row => row[0] + ": " + row.slice(1).map((cell, i) => table[0][i + 1] + " " + cell).join(", ")).join("; ")
    }
    // A header row, then a row per label with the value of each column at that label.
    function columns(headers, labels, ...values) {
        const rows = [headers]
        for (let i = 0; i < labels.length; ++i)
            rows.push([labels[i]].concat(values.map(column => number(column[i] ?? 0))))
        return rows
    }
    function number(value, decimals) {
        return Number(value).toLocaleString(Qt.locale(), "f", decimals ?? 0)
    }

    title: caption
    theme: Theme.chartTheme
    antialiasing: true
    legend.alignment: Qt.AlignBottom
    // The title starts below the "Show as table" button, whatever its length.
    margins.top: toggle.height + 2
    Accessible.role: Accessible.Chart
    Accessible.name: caption
    Accessible.description: waiting ? qsTr("Loading…") : summary

    Button {
        id: toggle

        text: chart.showingTable ? qsTr("Show as chart") : qsTr("Show as table")
        Accessible.name: (chart.showingTable ? qsTr("Show as chart: %1") : qsTr("Show as table: %1")).arg(chart.caption)
        font.pixelSize: Theme.smallSize
        flat: true
        z: 2
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: 2
        onClicked: chart.showingTable = !chart.showingTable
    }
    Rectangle {
        visible: chart.waiting && !chart.showingTable
        color: chart.backgroundColor
        z: 1
        x: 0
        y: chart.plotArea.y - 4
        width: chart.width
        height: chart.plotArea.height + 8
    }
    Rectangle {
        visible: chart.showingTable
        color: palette.base
        z: 1
        anchors.fill: parent
        anchors.topMargin: toggle.height + 4

        ListView {
            id: rows

            objectName: "chartTable"
            anchors.fill: parent
            anchors.margins: Theme.spacing
            clip: true
            // Rows made only while the table is shown: a chart's figures change with every child.
            model: chart.showingTable && !chart.waiting ? chart.table.length : 0
            activeFocusOnTab: true
            keyNavigationEnabled: true
            Accessible.role: Accessible.Table
            Accessible.name: chart.caption
            ScrollBar.vertical: ScrollBar {}

            delegate: Row {
                id: tableRow

                required property int index
                readonly property var cells: chart.table[index] ?? []

                width: rows.width
                Accessible.role: Accessible.Row
                Accessible.name: cells.join(", ")

                Repeater {
                    model: tableRow.cells

                    Label {
                        required property string modelData

                        width: rows.width / Math.max(1, tableRow.cells.length)
                        text: modelData
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        font.bold: tableRow.index === 0
                    }
                }
            }
        }
    }
}
