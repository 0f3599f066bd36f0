pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

// Battery, latency, audio quality, signal, engagement, temperature, CPU and memory over time,
// the threshold crossings, and the heartbeats that reported errors.
ColumnLayout {
    id: view

    required property DeviceHealth health
    required property HeartbeatAlertModel alerts

    // What a warning was about, in a parent's words (DeviceHealth's reasons).
    function reasonName(reason: string): string {
        switch (reason) {
        case "battery": return qsTr("Battery low")
        case "latency": return qsTr("Slow connection")
        case "audio": return qsTr("Poor sound")
        case "temperature": return qsTr("Running hot")
        }
        return qsTr("Warning without a reason")
    }
    function unitOf(metric: string): string {
        switch (metric) {
        case "latency": return " ms"
        case "temperature": return " °C"
        }
        return " %"
    }
    function metricName(metric: string): string {
        switch (metric) {
        case "batteryLevel": return qsTr("Battery")
        case "latency": return qsTr("Response time")
        case "audioQuality": return qsTr("Audio quality")
        case "temperature": return qsTr("Temperature")
        }
        return metric
    }

    spacing: 8

    ErrorBanner {
        title: view.health.errorTitle
        reason: view.health.errorString
        Layout.fillWidth: true
        onRetry: view.health.refresh()
    }
    ErrorBanner {
        title: view.alerts.errorTitle
        reason: view.alerts.errorString
        Layout.fillWidth: true
        onRetry: view.alerts.refresh()
    }
    Label {
        visible: view.health.pointCount === 0 && view.health.loaded
        text: qsTr("No heartbeats in this range.")
        opacity: 0.7
    }
    // What went wrong, in words, before any chart.
    Label {
        objectName: "deviceHealthSummary"
        visible: text.length > 0
        text: view.health.problemSummary
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.headingSize
        Layout.fillWidth: true
    }
    // In a positioner, not in the layout: see tests/support/check_repeaters.py.
    Column {
        objectName: "deviceProblems"
        spacing: Theme.spacing / 2
        Layout.fillWidth: true

        Repeater {
            model: view.health.problems

            Label {
                required property var modelData

                width: parent.width
                text: [modelData.error ? (modelData.message.length > 0 ? qsTr("Error: %1").arg(modelData.message) : qsTr("Error without a message"))
                                       : view.reasonName(modelData.reason),
                       qsTr("%n time(s)", "", modelData.episodes)
                       + (modelData.reports > modelData.episodes ? " " + qsTr("(%n report(s))", "", modelData.reports) : ""),
                       qsTr("last at %1").arg(Formats.dateTime(modelData.newest)),
                       modelData.deviceName || modelData.device].filter(part => part.length > 0).join("  ·  ")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: modelData.error ? Theme.alert : palette.windowText
            }
        }
    }

    GridLayout {
        // One column where two would be too narrow to read.
        columns: view.width >= 700 ? 2 : 1
        columnSpacing: 4
        rowSpacing: 4
        Layout.fillWidth: true

        HealthChart {
            health: view.health
            caption: qsTr("Battery (%)")
            metrics: ["batteryLevel"]
            names: [qsTr("Battery")]
            threshold: view.health.batteryLow
            thresholdName: qsTr("Low battery")
            Layout.fillWidth: true
            Layout.preferredWidth: 300
            Layout.preferredHeight: 230
        }
        HealthChart {
            health: view.health
            caption: qsTr("Response time (ms)")
            metrics: ["latency"]
            names: [qsTr("Response time")]
            maximum: 800
            threshold: view.health.latencyHigh
            thresholdName: qsTr("Slow")
            Layout.fillWidth: true
            Layout.preferredWidth: 300
            Layout.preferredHeight: 230
        }
        HealthChart {
            health: view.health
            caption: qsTr("Audio quality (%)")
            metrics: ["audioQuality"]
            names: [qsTr("Audio quality")]
            factor: 100
            threshold: view.health.audioQualityLow * 100
            thresholdName: qsTr("Poor audio")
            Layout.fillWidth: true
            Layout.preferredWidth: 300
            Layout.preferredHeight: 230
        }
        HealthChart {
            health: view.health
            caption: qsTr("Engagement (%)")
            metrics: ["userEngagement"]
            names: [qsTr("Engagement")]
            factor: 100
            Layout.fillWidth: true
            Layout.preferredWidth: 300
            Layout.preferredHeight: 230
        }
        HealthChart {
            health: view.health
            caption: qsTr("Temperature (°C)")
            metrics: ["temperature"]
            names: [qsTr("Temperature")]
            threshold: view.health.temperatureHigh
            thresholdName: qsTr("Hot")
            Layout.fillWidth: true
            Layout.preferredWidth: 300
            Layout.preferredHeight: 230
        }
        HealthChart {
            health: view.health
            caption: qsTr("Processor use (%)")
            metrics: ["cpuUsage"]
            names: [qsTr("Processor")]
            Layout.fillWidth: true
            Layout.preferredWidth: 300
            Layout.preferredHeight: 230
        }
        HealthChart {
            health: view.health
            //: The device's working memory (RAM), not one of the child's memories.
            caption: qsTr("Device memory in use (%)")
            metrics: ["memoryUsage"]
            names: [qsTr("Memory", "device RAM")]
            Layout.fillWidth: true
            Layout.preferredWidth: 300
            Layout.preferredHeight: 230
        }
        HealthChart {
            health: view.health
            caption: qsTr("Wi-Fi signal (dBm, higher is better)")
            metrics: ["signalStrength"]
            names: [qsTr("Signal")]
            minimum: -100
            maximum: -20
            Layout.fillWidth: true
            Layout.preferredWidth: 300
            Layout.preferredHeight: 230
        }
        GroupBox {
            title: qsTr("Thresholds")
            Layout.fillWidth: true
            Layout.preferredWidth: 300
            Layout.alignment: Qt.AlignTop

            GridLayout {
                columns: 2
                Label { text: qsTr("Battery below (%)") }
                SpinBox { Accessible.name: qsTr("Battery below (%)"); from: 0; to: 100; value: view.health.batteryLow; editable: true; onValueModified: view.health.batteryLow = value }
                Label { text: qsTr("Response time above (ms)") }
                SpinBox { Accessible.name: qsTr("Response time above (ms)"); from: 0; to: 5000; stepSize: 50; value: view.health.latencyHigh; editable: true; onValueModified: view.health.latencyHigh = value }
                Label { text: qsTr("Audio quality below (%)") }
                SpinBox { Accessible.name: qsTr("Audio quality below (%)"); from: 0; to: 100; value: Math.round(view.health.audioQualityLow * 100); editable: true; onValueModified: view.health.audioQualityLow = value / 100 }
                Label { text: qsTr("Temperature above (°C)") }
                SpinBox { Accessible.name: qsTr("Temperature above (°C)"); from: 0; to: 100; value: view.health.temperatureHigh; editable: true; onValueModified: view.health.temperatureHigh = value }
                Button {
                    text: qsTr("Defaults")
                    onClicked: view.health.resetThresholds()
                }
            }
        }
    }

    Label {
        text: view.health.crossings.length > 20 ? qsTr("Threshold crossings (%1; the first 20)").arg(view.health.crossings.length)
                                                : qsTr("Threshold crossings (%1)").arg(view.health.crossings.length)
        font.bold: true
    }
    // In a positioner, not in the layout: see tests/support/check_repeaters.py.
    Column {
        spacing: Theme.spacing / 2
        Layout.fillWidth: true

        Repeater {
            model: view.health.crossings.slice(0, 20)

            Label {
                required property var modelData

                text: Formats.dateTime(modelData.at) + "  ·  " + view.metricName(modelData.metric) + " "
                      + Number(modelData.value * (modelData.metric === "audioQuality" ? 100 : 1)).toLocaleString(Qt.locale(), "f", 0)
                      + view.unitOf(modelData.metric)
                textFormat: Text.PlainText
            }
        }
    }
    OutlinedCheckBox {
        id: everyReport

        text: qsTr("Technical details: every report, and how the charts are made")
        Layout.topMargin: 6
    }
    Label {
        visible: everyReport.checked && view.health.pointCount > 0
        text: qsTr("%1 points, each the mean of %n second(s) of heartbeats", "", view.health.bucketSeconds).arg(view.health.pointCount)
              + (view.health.deviceName.length > 0 ? "  ·  " + qsTr("device: %1").arg(view.health.deviceName) : "")
        opacity: 0.7
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    // Every report, newest first, read page by page as the list scrolls: none left out.
    ListView {
        objectName: "everyDeviceReport"
        visible: everyReport.checked
        clip: true
        // A hidden view still asks for more rows: pages are read only while the list is shown.
        model: visible ? view.alerts : null
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, 260)
        ScrollBar.vertical: ScrollBar {}

        delegate: Label {
            required property date at
            required property string status
            required property string deviceId
            required property string errorMessage

            // The backend's own word for a status it does not share with Nido is shown as written.
            readonly property string statusText: status === "error" ? qsTr("error")
                                                 : status === "warning" ? qsTr("warning")
                                                 : status === "ok" ? qsTr("ok") : status

            width: ListView.view.width
            text: Formats.dateTime(at) + "  ·  " + statusText + "  ·  " + deviceId
                  + (errorMessage.length > 0 ? "  ·  " + errorMessage : "")
            textFormat: Text.PlainText
            elide: Text.ElideRight
            color: status === "error" ? Theme.alert : palette.windowText
        }
    }
}
