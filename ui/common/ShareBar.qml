import QtQuick

// A share of a whole as a filled track: an agent's part of the week's time, or of the costliest
// agent's cost. The track reads on light and dark desktops alike (Theme.outlineSource).
Rectangle {
    id: bar

    // 0 to 1; more is drawn full.
    property real share: 0

    implicitHeight: 6
    radius: height / 2
    color: Theme.outlineSource
    Accessible.role: Accessible.ProgressBar

    Rectangle {
        width: bar.width * Math.max(0, Math.min(1, bar.share))
        height: bar.height
        radius: bar.radius
        color: Theme.system.highlight
    }
}
