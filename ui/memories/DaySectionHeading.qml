import QtQuick
import QtQuick.Controls

// A day of the timeline; `section` is the day as yyyy-MM-dd.
Label {
    id: heading

    required property string section

    padding: 6
    leftPadding: 10
    text: Date.fromLocaleDateString(Qt.locale("C"), section, "yyyy-MM-dd").toLocaleDateString(Qt.locale(), Locale.LongFormat)
    font.bold: true
    background: Rectangle {
        color: heading.palette.alternateBase
    }
}
