import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

// Which database Nido opens and which language it speaks. A password typed here is used for the
// test and, if the parent asks, handed to the system keychain; it is never written to settings.
Page {
    id: page

    title: qsTr("Settings")

    ConnectionSettings {
        id: settings
    }

    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 48, 640)
            x: 24
            spacing: 10

            Label {
                text: qsTr("Settings")
                font.pixelSize: Theme.titleSize
                font.bold: true
                Layout.topMargin: 16
            }
            Label {
                text: qsTr("Now using: %1").arg(ConnectionStatus.embedded ? qsTr("the embedded demo database")
                                                                         : ConnectionStatus.location)
                textFormat: Text.PlainText
                opacity: 0.75
            }

            // What the desktop is told while Nido runs: a parent's first choice here.
            GroupBox {
                objectName: "noticesGroup"
                title: qsTr("Notices")
                Layout.fillWidth: true

                ColumnLayout {
                    anchors.fill: parent

                    Label {
                        text: DesktopNotifier.available
                              ? qsTr("While Nido runs, even hidden, the desktop tells you when:")
                              : qsTr("This desktop has no notification service, so Nido cannot show notices. Everything else works; what needs your attention waits under \"New to review\".")
                        wrapMode: Text.Wrap
                        color: DesktopNotifier.available ? palette.windowText : Theme.warning
                        Layout.fillWidth: true
                    }
                    OutlinedCheckBox {
                        text: qsTr("a conversation starts outside waking hours")
                        checked: DesktopNotifier.nightSessions
                        onToggled: DesktopNotifier.nightSessions = checked
                    }
                    OutlinedCheckBox {
                        text: qsTr("an avoided topic comes up in a conversation going on")
                        checked: DesktopNotifier.avoidedTopics
                        onToggled: DesktopNotifier.avoidedTopics = checked
                    }
                    OutlinedCheckBox {
                        text: qsTr("the AI makes a memory in a sensitive category")
                        checked: DesktopNotifier.sensitiveMemories
                        onToggled: DesktopNotifier.sensitiveMemories = checked
                    }
                    OutlinedCheckBox {
                        text: qsTr("a device keeps reporting problems (battery, connection)")
                        checked: DesktopNotifier.deviceProblems
                        onToggled: DesktopNotifier.deviceProblems = checked
                    }
                    Label {
                        text: qsTr("A notice of one kind comes at most once a minute for each child.")
                        wrapMode: Text.Wrap
                        opacity: 0.75
                        Layout.fillWidth: true
                    }
                    OutlinedCheckBox {
                        objectName: "autostartCheck"
                        text: qsTr("Start Nido hidden, in the tray, when I log in")
                        checked: DesktopNotifier.autostart
                        onToggled: DesktopNotifier.autostart = checked
                    }
                }
            }
            GroupBox {
                title: qsTr("Database")
                Layout.fillWidth: true

                GridLayout {
                    anchors.fill: parent
                    columns: 2
                    columnSpacing: 12

                    RadioButton {
                        text: qsTr("Nido's embedded demo database")
                        checked: !settings.useServer
                        onToggled: settings.useServer = !checked
                        Layout.columnSpan: 2
                    }
                    RadioButton {
                        text: qsTr("A voice backend's PostgreSQL server")
                        checked: settings.useServer
                        onToggled: settings.useServer = checked
                        Layout.columnSpan: 2
                    }
                    Label { text: qsTr("Host"); visible: settings.useServer }
                    TextField {
                        text: settings.host
                        Accessible.name: qsTr("Host")
                        visible: settings.useServer
                        onEditingFinished: settings.host = text
                        Layout.fillWidth: true
                    }
                    Label { text: qsTr("Port"); visible: settings.useServer }
                    SpinBox {
                        from: 1
                        to: 65535
                        editable: true
                        value: settings.port
                        visible: settings.useServer
                        textFromValue: (value, locale) => String(value)
                        Accessible.name: qsTr("Port")
                        onValueModified: settings.port = value
                    }
                    Label { text: qsTr("Database"); visible: settings.useServer }
                    TextField {
                        text: settings.databaseName
                        Accessible.name: qsTr("Database")
                        visible: settings.useServer
                        onEditingFinished: settings.databaseName = text
                        Layout.fillWidth: true
                    }
                    Label { text: qsTr("User"); visible: settings.useServer }
                    TextField {
                        text: settings.user
                        visible: settings.useServer
                        Accessible.name: qsTr("User")
                        onEditingFinished: settings.user = text
                        Layout.fillWidth: true
                    }
                    Label { text: qsTr("Password"); visible: settings.useServer }
                    TextField {
                        id: password

                        echoMode: TextInput.Password
                        visible: settings.useServer
                        Accessible.name: qsTr("Password")
                        // Qt 6.4 gives a password field no name in the accessibility tree: this says it.
                        Accessible.description: qsTr("Password of the database login")
                        placeholderText: qsTr("Asked for at start unless kept in the keychain")
                        Layout.fillWidth: true
                    }
                    // How the connection is secured: for whoever set up the server.
                    OutlinedCheckBox {
                        id: secureDetails

                        visible: settings.useServer
                        text: qsTr("Technical details: how the connection is secured (SSL)")
                        Layout.columnSpan: 2
                    }
                    Label { text: qsTr("SSL"); visible: settings.useServer && secureDetails.checked }
                    ComboBox {
                        model: ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"]
                        Accessible.name: qsTr("SSL")
                        currentIndex: Math.max(0, model.indexOf(settings.sslMode))
                        visible: settings.useServer && secureDetails.checked
                        onActivated: index => settings.sslMode = model[index]
                        Layout.fillWidth: true
                    }
                    Label { text: qsTr("Root certificate"); visible: settings.useServer && secureDetails.checked }
                    TextField {
                        text: settings.sslRootCert
                        Accessible.name: qsTr("Root certificate")
                        visible: settings.useServer && secureDetails.checked
                        placeholderText: qsTr("Path to the server's CA certificate (verify-ca, verify-full)")
                        onEditingFinished: settings.sslRootCert = text
                        Layout.fillWidth: true
                    }
                    OutlinedCheckBox {
                        text: qsTr("Keep the password in the system keychain")
                        checked: settings.rememberPassword
                        visible: settings.useServer
                        onToggled: settings.rememberPassword = checked
                        Layout.columnSpan: 2
                    }
                }
            }

            GroupBox {
                title: qsTr("Language")
                Layout.fillWidth: true

                ComboBox {
                    width: 240
                    model: [qsTr("As the system"), "Español", "English"]
                    Accessible.name: qsTr("Language")
                    currentIndex: Math.max(0, ["", "es", "en"].indexOf(settings.language))
                    onActivated: index => settings.language = ["", "es", "en"][index]
                }
            }

            RowLayout {
                Button {
                    text: qsTr("Test the connection")
                    enabled: settings.useServer
                    onClicked: settings.testConnection(password.text)
                }
                Button {
                    text: qsTr("Save")
                    highlighted: true
                    onClicked: {
                        if (settings.save(password.text))
                            password.clear()
                    }
                }
            }
            Label {
                text: settings.message
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.bottomMargin: 16
            }
        }
    }
}
