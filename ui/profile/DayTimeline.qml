import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

// The child's day on one line from midnight to midnight: the awake span (two pieces when bedtime
// is after midnight), meals and snacks as marks, and today's sessions on the same line.
Item {
    id: line

    required property RoutinesEditor editor
    property var sessions: []

    readonly property int wake: editor.minutesOfDay(editor.state("routines.wakeTime").value ?? "")
    readonly property int bed: editor.minutesOfDay(editor.state("routines.bedTime").value ?? "")
    readonly property real perMinute: track.width / 1440
    readonly property var meals: {
        const marks = []
        for (const meal of ["breakfast", "lunch", "dinner"]) {
            const at = editor.minutesOfDay(editor.state("routines.mealTimes." + meal).value ?? "")
            if (at >= 0)
                marks.push({ at: at, label: editor.label("routines.mealTimes." + meal), snack: false })
        }
        for (const snack of editor.state("routines.mealTimes.snacks").value ?? []) {
            const at = editor.minutesOfDay(snack)
            if (at >= 0)
                marks.push({ at: at, label: qsTr("Snack"), snack: true })
        }
        return marks
    }

    implicitHeight: 110
    Layout.fillWidth: true
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("The day from midnight to midnight: waking hours, meals and today's sessions")
    Accessible.description: describe()

    // The line in words, for a screen reader.
    function describe() {
        const parts = [wake >= 0 && bed >= 0 ? qsTr("Awake from %1 to %2.").arg(clock(wake)).arg(clock(bed)) : qsTr("No wake and bed time.")]
        for (const meal of meals)
            parts.push(qsTr("%1 at %2.").arg(meal.label).arg(clock(meal.at)))
        const spans = []
        for (const session of sessions)
            spans.push(qsTr("from %1 to %2").arg(clock(session.start)).arg(clock(session.end)))
        parts.push(qsTr("%n session(s) today", "", sessions.length) + (spans.length > 0 ? ": " + spans.join(", ") : "") + ".")
        return parts.join(" ")
    }
    function clock(minutes) {
        return Qt.formatTime(new Date(2000, 0, 1, Math.floor(minutes / 60) % 24, minutes % 60), Qt.locale().timeFormat(Locale.ShortFormat))
    }

    Rectangle {
        id: track

        x: 0
        y: 30
        width: line.width
        height: 28
        radius: 4
        color: palette.mid
        opacity: 0.35
    }
    // Awake: wake to bed, or wake to midnight and midnight to bed after a late night.
    Repeater {
        model: line.wake < 0 || line.bed < 0 ? []
             : line.bed > line.wake ? [[line.wake, line.bed]]
             : [[line.wake, 1440], [0, line.bed]]

        delegate: Rectangle {
            required property var modelData

            x: modelData[0] * line.perMinute
            y: track.y
            width: (modelData[1] - modelData[0]) * line.perMinute
            height: track.height
            radius: 4
            color: Theme.awake
            opacity: 0.55
        }
    }
    Repeater {
        model: line.sessions

        delegate: Rectangle {
            required property var modelData

            x: modelData.start * line.perMinute
            y: track.y + 6
            width: Math.max(2, (modelData.end - modelData.start) * line.perMinute)
            height: track.height - 12
            color: Theme.talk
        }
    }
    Repeater {
        model: line.meals

        delegate: Item {
            required property var modelData

            x: modelData.at * line.perMinute
            y: 0

            Rectangle {
                x: -1
                y: track.y - 6
                width: 2
                height: track.height + 12
                color: modelData.snack ? Theme.snack : Theme.meal
            }
            Label {
                x: -width / 2
                y: modelData.snack ? track.y + track.height + 6 : 4
                text: modelData.label
                font.pixelSize: Theme.smallSize
            }
        }
    }
    Repeater {
        model: [0, 6, 12, 18, 24]

        delegate: Label {
            required property int modelData

            x: Math.min(line.width - width, Math.max(0, modelData * 60 * line.perMinute - width / 2))
            y: track.y + track.height + 24
            // 24-hour, as the fields above are typed.
            text: Qt.formatTime(new Date(2000, 0, 1, modelData % 24, 0), "HH:mm")
            font.pixelSize: Theme.smallSize
            opacity: 0.7
        }
    }
}
