import QtQuick
import Nido.Models

// DeviceHealthCharts, made only while the section is active: its eight charts draw themselves again
// for every child and session, seen or not.
Loader {
    id: section

    required property DeviceHealth health
    required property HeartbeatAlertModel alerts

    // Made when its page says so: a Loader is active by default, and would make them first.
    active: false
    // Not made yet, it is one stop for the Tab key in their place: focused, it is scrolled into
    // view (FocusRing), which makes them, and the next Tab goes into them. (A focused item cannot
    // leave the Tab chain.)
    activeFocusOnTab: !section.active || section.activeFocus
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Device health charts")

    // By its file, with its models as initial properties, each time it is made again: in Qt 6.4 a
    // Loader cannot make a component bound to its file (pragma ComponentBehavior: Bound), and an
    // unbound one could not name this section's models.
    Component.onCompleted: setSource("DeviceHealthCharts.qml", {health: section.health, alerts: section.alerts})
}
