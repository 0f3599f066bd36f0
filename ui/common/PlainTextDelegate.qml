import QtQuick
import QtQuick.Controls

// A ComboBox row whose text comes from the database: shown as plain text, never as markup.
ItemDelegate {
    id: row

    required property var model
    required property int index
    property string textRole

    width: ListView.view ? ListView.view.width : implicitWidth
    // What a screen reader says, and what the row shows.
    text: row.model[row.textRole] ?? ""
    contentItem: Label {
        text: row.text
        textFormat: Text.PlainText
        elide: Text.ElideRight
        verticalAlignment: Text.AlignVCenter
    }
}
