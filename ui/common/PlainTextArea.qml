import QtQuick
import QtQuick.Controls

// A multi-line field for text as it is typed: plain text (never rich), wrapped, framed, and left
// with Tab like every other field instead of typing a tab, so the keyboard is never trapped.
TextArea {
    wrapMode: TextEdit.Wrap
    textFormat: TextEdit.PlainText
    Keys.onTabPressed: event => nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
    Keys.onBacktabPressed: event => nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
    background: Rectangle {
        color: palette.base
        border.color: parent.activeFocus ? palette.highlight : palette.mid
        radius: 2
    }
}
