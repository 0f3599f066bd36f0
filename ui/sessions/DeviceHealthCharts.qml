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

    function metricName(metric: string): string {
        switch (metric) {
        case "batteryLevel": return qsTr("Battery")
        case "latency": return qsTr("Latency")
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
    Label {
        visible: view.health.pointCount > 0
        text: qsTr("%1 points, each the mean of %n second(s) of heartbeats", "", view.health.bucketSeconds).arg(view.health.pointCount)
        opacity: 0.7
        font.pixelSize: Theme.smallSize
    }

    GridLayout {
        columns: 2
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
            Layout.preferredWidth: 400
            Layout.preferredHeight: 230
        }
        HealthChart {
            health: view.health
            caption: qsTr("Latency (ms)")
            metrics: ["latency"]
            names: [qsTr("Latency")]
            maximum: 800
            threshold: view.health.latencyHigh
            thresholdName: qsTr("Slow")
            Layout.fillWidth: true
            Layout.preferredWidth: 400
            Layout.preferredHeight: 230
        }
        HealthChart {
            health: view.health
            caption: qsTr("Audio quality and engagement")
            metrics: ["audioQuality", "userEngagement"]
            names: [qsTr("Audio quality"), qsTr("Engagement")]
            maximum: 1
            threshold: view.health.audioQualityLow
            thresholdName: qsTr("Poor audio")
            Layout.fillWidth: true
            Layout.preferredWidth: 400
            Layout.preferredHeight: 230
        }
        HealthChart {
            health: view.health
            caption: qsTr("Temperature (°C), CPU and memory (%)")
            metrics: ["temperature", "cpuUsage", "memoryUsage"]
            names: [qsTr("Temperature"), qsTr("CPU"),
                    //: The device's working memory (RAM), not one of the child's memories.
                    qsTr("Memory", "device RAM")]
            threshold: view.health.temperatureHigh
            thresholdName: qsTr("Hot")
            Layout.fillWidth: true
            Layout.preferredWidth: 400
            Layout.preferredHeight: 230
        }
        HealthChart {
            health: view.health
            caption: qsTr("Wi-Fi signal (dBm)")
            metrics: ["signalStrength"]
            names: [qsTr("Signal")]
            minimum: -100
            maximum: -20
            Layout.fillWidth: true
            Layout.preferredWidth: 400
            Layout.preferredHeight: 230
        }
        GroupBox {
            title: qsTr("Thresholds")
            Layout.fillWidth: true
            Layout.preferredWidth: 400
            Layout.alignment: Qt.AlignTop

            GridLayout {
                columns: 2
                Label { text: qsTr("Battery below (%)") }
                SpinBox { Accessible.name: qsTr("Battery below (%)"); from: 0; to: 100; value: view.health.batteryLow; editable: true; onValueModified: view.health.batteryLow = value }
                Label { text: qsTr("Latency above (ms)") }
                SpinBox { Accessible.name: qsTr("Latency above (ms)"); from: 0; to: 5000; stepSize: 50; value: view.health.latencyHigh; editable: true; onValueModified: view.health.latencyHigh = value }
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
        text: qsTr("Threshold crossings (%1)").arg(view.health.crossings.length)
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

                text: Formats.dateTime(modelData.at) + "  ·  " + view.metricName(modelData.metric)
                      + " " + Number(modelData.value).toLocaleString(Qt.locale(), "f", modelData.metric === "audioQuality" ? 2 : 0)
                      + "  ·  " + (modelData.deviceId ?? "")
                textFormat: Text.PlainText
            }
        }
    }
    Label {
        text: qsTr("Errors and warnings reported by the device (%1)").arg(view.alerts.count)
        font.bold: true
        Layout.topMargin: 6
    }
    // In a positioner, not in the layout: see tests/support/check_repeaters.py.
    Column {
        spacing: Theme.spacing / 2
        Layout.fillWidth: true

        Repeater {
            model: view.alerts

            Label {
                required property date at
                required property string status
                required property string deviceId
                required property string errorMessage

                // The backend's own word for a status it does not share with Nido is shown as written.
                readonly property string statusText: status === "error" ? qsTr("error")
                                                     : status === "warning" ? qsTr("warning")
                                                     : status === "ok" ? qsTr("ok") : status

                text: Formats.dateTime(at) + "  ·  " + statusText + "  ·  " + deviceId
                      + (errorMessage.length > 0 ? "  ·  " + errorMessage : "")
                textFormat: Text.PlainText
                color: status === "error" ? Theme.alert : palette.windowText
            }
        }
    }
}
