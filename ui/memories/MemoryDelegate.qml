import QtQuick
import QtQuick.Controls
import QtQuick.Templates as T

// A row of the timeline, made for every memory scrolled to and reused on each filter change: Text
// rather than Label (a Label resolves a palette of its own), anchors rather than layouts, and
// its second line made by the model, so that a reused row runs each binding once.
ItemDelegate {
    id: delegate

    required property int index
    required property string memoryId
    required property string content
    required property string category
    required property string details
    required property string spokenDetails
    property bool selected: false
    property bool pendingDeletion: false
    readonly property color textColour: highlighted ? palette.highlightedText : palette.windowText

    signal selectionToggled()

    width: ListView.view ? ListView.view.width : implicitWidth
    highlighted: ListView.isCurrentItem
    opacity: pendingDeletion ? 0.45 : 1
    // The list is one Tab stop; arrows move through its rows.
    focusPolicy: Qt.NoFocus
    // What a screen reader says of the row: the memory, when, and which agent keeps it.
    Accessible.name: delegate.content + " · " + delegate.spokenDetails + (delegate.pendingDeletion ? " · " + qsTr("to be deleted") : "")

    // The row's parts are its own children, not its contentItem's: an id inside that deferred
    // property would have the style's own contentItem made first.
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             check.implicitHeight + topPadding + bottomPadding, texts.implicitHeight + topPadding + bottomPadding)
    contentItem: Item {}

    // A template check box drawn here: the style's, made for every row scrolled to and on every
    // child switch, was the row's costliest part.
    T.CheckBox {
        id: check

        x: delegate.leftPadding
        anchors.verticalCenter: parent.verticalCenter
        implicitWidth: implicitIndicatorWidth
        implicitHeight: implicitIndicatorHeight
        checked: delegate.selected
        onToggled: delegate.selectionToggled()
        focusPolicy: Qt.NoFocus
        Accessible.name: qsTr("Select: %1").arg(delegate.content)
        indicator: Rectangle {
            implicitWidth: 18
            implicitHeight: 18
            radius: 3
            color: check.checked ? check.palette.highlight : check.palette.base
            border.color: check.checked ? check.palette.highlight : Theme.outlineSource

            Text {
                anchors.centerIn: parent
                visible: check.checked
                text: "✓"
                color: check.palette.highlightedText
                font.bold: true
            }
        }
    }
    Rectangle {
        id: categoryBar

        x: check.x + check.width + Theme.spacing
        y: delegate.topPadding
        width: 6
        height: delegate.availableHeight
        radius: 3
        color: Labels.categoryColours[Labels.categories.indexOf(delegate.category)] ?? "grey"
    }
    Column {
        id: texts

        x: categoryBar.x + categoryBar.width + Theme.spacing
        width: delegate.width - x - delegate.rightPadding
        anchors.verticalCenter: parent.verticalCenter
        spacing: 2

        Text {
            width: parent.width
            text: delegate.content
            textFormat: Text.PlainText
            color: delegate.textColour
            font.strikeout: delegate.pendingDeletion
            elide: Text.ElideRight
            maximumLineCount: 2
            wrapMode: Text.Wrap
        }
        Text {
            width: parent.width
            text: delegate.details
            textFormat: Text.PlainText
            color: delegate.textColour
            opacity: 0.7
            font.pixelSize: Theme.smallSize
            elide: Text.ElideRight
        }
    }
}
