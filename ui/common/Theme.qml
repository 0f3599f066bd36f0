pragma Singleton
import QtQuick
import QtCharts

// The one place the window's colours, spacing and type sizes come from. Colours are named by what
// they mean and derived from the system palette, so a dark desktop gets a dark Nido; sizes follow
// the application font, so text scales with the system's.
QtObject {
    readonly property SystemPalette system: SystemPalette {
        colorGroup: SystemPalette.Active
    }
    // A disabled control's text: halfway between the text and the window, light or dark.
    readonly property color disabledText: Qt.rgba((system.windowText.r + system.window.r) / 2, (system.windowText.g + system.window.g) / 2,
                                                 (system.windowText.b + system.window.b) / 2, 1)
    readonly property bool dark: system.window.hslLightness < 0.5

    // What needs a parent's attention, what is a warning, what is fine.
    readonly property color alert: dark ? "#ff7a6b" : "#c0392b"
    readonly property color textOnAlert: dark ? "#1d1d1d" : "#ffffff"
    readonly property color warning: dark ? "#f2c14e" : "#8a5a00"
    readonly property color warningBackground: dark ? "#4a3b12" : "#fff4d6"
    readonly property color warningBorder: dark ? "#b98a2a" : "#e6a23c"
    readonly property color good: dark ? "#7bd88f" : "#2a7130"
    // The keyboard's place: at least 3:1 against the window and the base, light and dark.
    readonly property color focusRing: dark ? "#8cc4ff" : "#1a5fb4"
    // Fusion draws the outline of check boxes, bars and sliders 40 % darker than the window they
    // are given: on a dark desktop, darker than the window itself. Given this instead, the outline
    // keeps 3:1 against the window, light or dark (tst_mainwindow checks it).
    readonly property color outlineSource: dark ? "#b4b9be" : "#a0a6ac"
    // What a frame drawn around something, not over it, is filled with.
    readonly property color none: "transparent"

    // The child's turns and the agent's.
    readonly property color childBubble: dark ? "#1f3a57" : "#e8f1fb"
    readonly property color childBubbleBorder: dark ? "#3d6a99" : "#b8d3f0"
    readonly property color agentBubble: dark ? "#2f2f2f" : "#f1f1f1"
    readonly property color agentBubbleBorder: dark ? "#505050" : "#dddddd"
    readonly property color bubbleText: system.windowText

    // Series and marks: talk, sessions in and out of waking hours, the day's routine.
    readonly property color talk: dark ? "#6aa8e8" : "#4f8fcf"
    readonly property color insideWakingHours: dark ? "#74c97a" : "#3f9c45"
    readonly property color outsideWakingHours: dark ? "#a88ce0" : "#8e6ccf"
    // The sessions list's night badge, under textOnAlert.
    readonly property color nightBadge: dark ? "#a88ce0" : "#6f4fb8"
    readonly property color awake: dark ? "#8a7420" : "#f5c542"
    readonly property color meal: dark ? "#d29a62" : "#b5814a"
    readonly property color snack: insideWakingHours
    readonly property list<color> series: [talk, insideWakingHours, dark ? "#f0b849" : "#e6a23c"]
    readonly property list<color> categories: ["#4f8fcf", "#e6a23c", "#d9534f", "#5cb85c", "#8e6ccf", "#f07cab", "#2bb3a6",
                                               "#b5814a", "#9aa0a6"]
    readonly property int chartTheme: dark ? ChartView.ChartThemeDark : ChartView.ChartThemeLight

    // Spacing and type, relative to the application font.
    readonly property int spacing: 8
    readonly property real baseSize: Qt.application.font.pixelSize > 0 ? Qt.application.font.pixelSize : 13
    readonly property real tinySize: Math.round(baseSize * 0.75)
    readonly property real smallSize: Math.round(baseSize * 0.9)
    readonly property real headingSize: Math.round(baseSize * 1.4)
    readonly property real titleSize: Math.round(baseSize * 1.7)
    readonly property real figureSize: Math.round(baseSize * 2.1)
}
