import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models
import Qt.labs.platform as Platform

ApplicationWindow {
    id: window

    // The child the pages show; it follows the switcher once unsaved edits are settled.
    property string childId: ""
    property string pendingChildId: ""
    // As the switcher shows it: for the file names a report's save dialog suggests.
    readonly property string childName: childSwitcher.currentText
    property bool closingConfirmed: false

    function requestChild(id: string) {
        if (id === childId)
            return
        if (childId.length > 0 && UnsavedChanges.any()) {
            pendingChildId = id
            unsavedDialog.closing = false
            unsavedDialog.open()
            return
        }
        childId = id
    }

    onClosing: close => {
        if (!closingConfirmed && UnsavedChanges.any()) {
            close.accepted = false
            unsavedDialog.closing = true
            unsavedDialog.open()
        }
    }

    // The desktop's palette, light or dark, for every control (a style's own default would not
    // follow it); disabled controls keep a dimmed text.
    function applyPalette() {
        const roles = ["window", "windowText", "base", "alternateBase", "text", "button", "buttonText", "highlight",
                       "highlightedText", "light", "midlight", "mid", "dark", "shadow"]
        for (const role of roles) {
            palette.active[role] = Theme.system[role]
            palette.inactive[role] = Theme.system[role]
            palette.disabled[role] = role.endsWith("Text") || role === "text" ? Theme.disabledText : Theme.system[role]
        }
        // A field's hint, halfway between the text and the window: readable light or dark (a
        // desktop's palette may leave it the light default's grey).
        for (const group of [palette.active, palette.inactive, palette.disabled])
            group.placeholderText = Theme.disabledText
    }
    Component.onCompleted: applyPalette()

    function pressFocusedButton(event) {
        const button = activeFocusItem
        if (!(button instanceof AbstractButton) || !button.enabled) {
            event.accepted = false
            return
        }
        if (button.checkable)
            button.toggle()
        button.clicked()
    }

    FocusRing {
        window: window
    }
    // Expired means deleted, while Nido runs (the system timer does it when it does not); and the
    // heartbeats' minutes are counted in Nido's own time.
    Upkeep {
        active: ConnectionStatus.additionsInstalled
    }
    // What needs a parent's attention reaches the desktop while Nido runs, hidden too.
    AttentionWatcher {
        active: ConnectionStatus.additionsInstalled
    }
    // A page by name, or a place within one: "mentions" (the avoided topics that came up), a session.
    function openPlace(page: string, sessionId: string) {
        if (page === "mentions") {
            navigation.open("attention")
            attentionPage.item.tab = 1
            return
        }
        navigation.open(page)
        if (page === "sessions" && sessionId.length > 0)
            sessionsPage.item.openSessionId = sessionId
    }
    function showWindow() {
        window.show()
        window.raise()
        window.requestActivate()
    }
    // A notice clicked opens the place behind it.
    Connections {
        target: DesktopNotifier

        function onOpened(childId: string, page: string, sessionId: string) {
            window.showWindow()
            const index = childSwitcher.indexOfValue(childId)
            if (index >= 0)
                childSwitcher.currentIndex = index
            window.openPlace(page, sessionId)
        }
    }
    Platform.SystemTrayIcon {
        visible: available
        icon.source: "qrc:/qt/qml/Nido/Ui/org.nido.Nido.svg"
        tooltip: attention.unreviewed + attention.mentions > 0
                 ? qsTr("Nido: %1 to review").arg(attention.unreviewed + attention.mentions) : qsTr("Nido")
        onActivated: window.showWindow()
        menu: Platform.Menu {
            Platform.MenuItem {
                text: qsTr("Open Nido")
                onTriggered: window.showWindow()
            }
            Platform.MenuItem {
                text: qsTr("Quit")
                onTriggered: Qt.quit()
            }
        }
    }
    // The count beside "New to review", for the child shown.
    AttentionSummary {
        id: attention

        childId: ConnectionStatus.additionsInstalled ? window.childId : ""
    }
    Connections {
        target: Theme.system

        function onPaletteChanged() { window.applyPalette() }
    }

    width: 1180
    height: 760
    minimumWidth: 800
    minimumHeight: 560
    visible: true
    title: qsTr("Nido")

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            spacing: 12

            Label {
                text: qsTr("Nido")
                font.pixelSize: Theme.headingSize
                font.bold: true
            }
            Label {
                text: qsTr("Child:")
            }
            FilterComboBox {
                id: childSwitcher

                objectName: "childSwitcher"

                Layout.preferredWidth: 260
                model: ChildListModel {}
                textRole: "displayName"
                valueRole: "id"
                delegate: PlainTextDelegate {
                    textRole: "displayName"
                    highlighted: childSwitcher.highlightedIndex === index
                }
                Accessible.name: qsTr("Choose a child")
                // The children arrive after the window is shown: the first one is chosen then.
                onCountChanged: if (currentIndex < 0 && count > 0) currentIndex = 0
                onCurrentValueChanged: window.requestChild(currentValue ?? "")
            }
            Item {
                Layout.fillWidth: true
            }
            Label {
                text: ConnectionStatus.embedded ? qsTr("Embedded demo database")
                                                : qsTr("Backend database: %1").arg(ConnectionStatus.location)
                elide: Text.ElideMiddle
                Layout.maximumWidth: 420
                opacity: 0.8
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            visible: !ConnectionStatus.connected
            text: qsTr("No connection to the database: Nido keeps trying, and nothing you have not confirmed is lost. %1")
                  .arg(ConnectionStatus.connectionError)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            padding: 8
            color: palette.highlightedText
            background: Rectangle {
                color: Theme.alert
            }
            Layout.fillWidth: true
        }

        // Edits an earlier Nido never saved (it was killed, or closed keeping them as a draft).
        Frame {
            id: draftBanner

            property var drafts: UnsavedChanges.leftDrafts()
            // As the switcher names the child, once the children have arrived.
            readonly property string childName: drafts.length === 0 || childSwitcher.count === 0 ? ""
                                                : childSwitcher.textAt(childSwitcher.indexOfValue(drafts[0].childId))

            objectName: "draftBanner"
            visible: drafts.length > 0
            Layout.fillWidth: true

            RowLayout {
                anchors.fill: parent

                Label {
                    text: draftBanner.drafts.length === 0 ? ""
                          : qsTr("Unsaved changes to %1 (from %2).")
                            .arg(draftBanner.drafts[0].form === "profile" ? qsTr("%1's profile").arg(draftBanner.childName || qsTr("a child"))
                                                                          : qsTr("%1's routines").arg(draftBanner.childName || qsTr("a child")))
                            .arg(Formats.dateTime(draftBanner.drafts[0].savedAt))
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Button {
                    text: qsTr("Open them")
                    onClicked: {
                        const draft = draftBanner.drafts[0]
                        const index = childSwitcher.indexOfValue(draft.childId)
                        if (index >= 0)
                            childSwitcher.currentIndex = index
                        navigation.open(draft.form)
                        draftBanner.drafts = []
                    }
                }
                Button {
                    text: qsTr("Later")
                    onClicked: draftBanner.drafts = []
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0
            // Return presses the focused button or box, as Space does: Qt 6.4's controls take Space only.
            Keys.onReturnPressed: event => window.pressFocusedButton(event)
            Keys.onEnterPressed: event => window.pressFocusedButton(event)

            NavigationList {
                id: navigation

                Layout.fillHeight: true
                Layout.preferredWidth: 230
                attentionCount: attention.unreviewed + attention.mentions
            }
            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: navigation.currentIndex

                LazyPage {
                    childId: window.childId
                    sourceComponent: OverviewPage {
                        onPageRequested: name => window.openPlace(name, "")
                        onSessionRequested: sessionId => window.openPlace("sessions", sessionId)
                    }
                }
                LazyPage {
                    id: attentionPage

                    childId: window.childId
                    childName: window.childName
                    sourceComponent: AttentionPage {
                        onSessionRequested: sessionId => {
                            navigation.open("sessions")
                            sessionsPage.item.openSessionId = sessionId
                        }
                        onPageRequested: name => navigation.open(name)
                    }
                }
                LazyPage {
                    id: timelinePage

                    childId: window.childId
                    sourceComponent: MemoryTimelinePage {
                        onSessionRequested: sessionId => {
                            navigation.open("sessions")
                            sessionsPage.item.openSessionId = sessionId
                        }
                    }
                }
                LazyPage {
                    childId: window.childId
                    sourceComponent: ProfilePage {}
                }
                LazyPage {
                    childId: window.childId
                    sourceComponent: RoutinesPage {}
                }
                LazyPage {
                    childId: window.childId
                    sourceComponent: AgentsPage {
                        onMemoryRequested: memoryId => {
                            navigation.open("timeline")
                            timelinePage.item.openMemoryId = memoryId
                        }
                    }
                }
                LazyPage {
                    id: sessionsPage

                    childId: window.childId
                    childName: window.childName
                    sourceComponent: SessionsPage {}
                }
                LazyPage {
                    childId: window.childId
                    sourceComponent: ActivityPage {}
                }
                LazyPage {
                    childId: window.childId
                    childName: window.childName
                    sourceComponent: ReportsPage {}
                }
                LazyPage {
                    sourceComponent: SettingsPage {}
                }
            }
        }
    }

    // Unsaved edits in the profile or routines, before switching child or closing: they are on
    // disk as a draft either way, offered again when that child's page opens.
    Dialog {
        id: unsavedDialog

        objectName: "unsavedDialog"
        property bool closing: false

        anchors.centerIn: parent
        modal: true
        title: qsTr("Unsaved changes")

        Label {
            text: unsavedDialog.closing
                  ? qsTr("The profile or routines have changes you have not saved. They are kept as a draft and offered the next time you open Nido, unless you discard them.")
                  : qsTr("The profile or routines have changes you have not saved. They are kept as a draft and offered when you come back to this child, unless you discard them.")
            wrapMode: Text.Wrap
            width: 420
        }

        footer: DialogButtonBox {
            Button {
                text: qsTr("Keep editing")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                text: qsTr("Discard changes")
                DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
                onClicked: {
                    UnsavedChanges.discardAll()
                    unsavedDialog.proceed()
                }
            }
            Button {
                text: unsavedDialog.closing ? qsTr("Close and keep the draft") : qsTr("Switch and keep the draft")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
        }

        function proceed() {
            close()
            if (closing) {
                window.closingConfirmed = true
                window.close()
            } else {
                window.childId = window.pendingChildId
            }
        }

        onAccepted: proceed()
        onRejected: {
            if (!closing)
                childSwitcher.currentIndex = childSwitcher.indexOfValue(window.childId)
        }
    }
}
