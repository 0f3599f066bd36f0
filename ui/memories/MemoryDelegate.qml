import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ItemDelegate {
    id: delegate

    required property int index
    required property string memoryId
    required property string content
    required property string summary
    required property string category
    required property string memoryType
    required property double importance
    required property string agentName
    required property bool expired
    required property date createdAt
    required property bool archived
    property bool selected: false
    property bool pendingDeletion: false

    signal selectionToggled()

    width: ListView.view ? ListView.view.width : implicitWidth
    highlighted: ListView.isCurrentItem
    opacity: pendingDeletion ? 0.45 : 1
    // The list is one Tab stop; arrows move through its rows.
    focusPolicy: Qt.NoFocus
    // What a screen reader says of the row: the memory, when, and which agent keeps it.
    Accessible.name: [delegate.content, Formats.dateTime(delegate.createdAt),
                      delegate.agentName.length > 0 ? delegate.agentName : qsTr("Shared by all agents"),
                      Formats.importance(delegate.importance)].join(" · ")
                     + (delegate.archived ? " · " + qsTr("Archived") : "") + (delegate.pendingDeletion ? " · " + qsTr("to be deleted") : "")

    contentItem: RowLayout {
        spacing: 10

        OutlinedCheckBox {
            checked: delegate.selected
            onToggled: delegate.selectionToggled()
            focusPolicy: Qt.NoFocus
            Accessible.name: qsTr("Select: %1").arg(delegate.content)
        }
        Rectangle {
            Layout.preferredWidth: 6
            Layout.fillHeight: true
            radius: 3
            color: Labels.categoryColours[Labels.categories.indexOf(delegate.category)] ?? "grey"
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                text: delegate.content
                textFormat: Text.PlainText
                font.strikeout: delegate.pendingDeletion
                elide: Text.ElideRight
                maximumLineCount: 2
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: [Formats.time(delegate.createdAt),
                       Labels.category(delegate.category),
                       Labels.memoryType(delegate.memoryType),
                       delegate.agentName.length > 0 ? delegate.agentName : qsTr("Shared by all agents"),
                       Formats.importance(delegate.importance)]
                      .join("  ·  ") + (delegate.expired ? "  ·  " + qsTr("Expired") : "")
                      + (delegate.archived ? "  ·  " + qsTr("Archived") : "")
                textFormat: Text.PlainText
                opacity: 0.7
                font.pixelSize: Theme.smallSize
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
    }
}
