import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

// The child's profile as a form: topics to avoid first, then the child, preferences, family and
// development. Keys Nido does not know are shown, and kept as they are when it saves.
Page {
    id: page

    property string childId

    title: qsTr("Child profile")

    ProfileEditor {
        id: editor

        childId: page.childId
    }

    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 48, 900)
            x: 24
            spacing: 12

            Label {
                text: qsTr("Child profile")
                font.pixelSize: Theme.titleSize
                font.bold: true
                Layout.topMargin: 16
            }
            BusyIndicator {
                running: editor.loading
                visible: running
            }
            EditorBar {
                editor: editor
            }

            FormSection {
                editor: editor
                title: qsTr("Topics the companions must avoid")
                Layout.fillWidth: true
                background: Rectangle {
                    y: parent.topPadding - parent.bottomPadding
                    width: parent.width
                    height: parent.height - parent.topPadding + parent.bottomPadding
                    color: Theme.system.window
                    border.color: Theme.alert
                    border.width: 2
                    radius: 4
                }

                ColumnLayout {
                    anchors.fill: parent

                    Label {
                        text: qsTr("Every companion is told never to bring these up with your child.")
                        wrapMode: Text.Wrap
                        opacity: 0.8
                        Layout.fillWidth: true
                    }
                    ChipListField {
                        editor: editor
                        path: "preferences.avoidTopics"
                        showLabel: false
                        placeholder: qsTr("A topic to avoid, then Enter")
                    }
                }
            }

            FormSection {
                editor: editor
                title: qsTr("Child")
                Layout.fillWidth: true

                GridLayout {
                    anchors.fill: parent
                    columns: 3
                    columnSpacing: 12

                    ValueField { id: firstName; editor: editor; path: "firstName" }
                    ValueField { editor: editor; path: "lastName" }
                    ValueField { editor: editor; path: "age"; placeholder: qsTr("years") }
                }
            }

            FormSection {
                editor: editor
                title: qsTr("Preferences")
                Layout.fillWidth: true

                GridLayout {
                    anchors.fill: parent
                    columns: 2
                    columnSpacing: 16

                    ChipListField { editor: editor; path: "preferences.interests" }
                    ChipListField { editor: editor; path: "preferences.favoriteTopics" }
                    ChipListField { editor: editor; path: "preferences.favoriteActivities" }
                    ChipListField { editor: editor; path: "preferences.favoriteCharacters" }
                    ChipListField { editor: editor; path: "preferences.emotionalTendencies" }
                    ChoiceField { editor: editor; path: "preferences.learningStyle" }
                }
            }

            FormSection {
                editor: editor
                title: qsTr("Family")
                Layout.fillWidth: true

                GridLayout {
                    anchors.fill: parent
                    columns: 2
                    columnSpacing: 16

                    ChipListField { editor: editor; path: "familyContext.caregivers" }
                    ChipListField { editor: editor; path: "familyContext.siblings" }
                    ChipListField { editor: editor; path: "familyContext.pets" }
                    ChipListField { editor: editor; path: "familyContext.homeLanguages"; shown: code => Formats.language(code) }

                    Label {
                        visible: editor.deviceNames.length > 0
                        text: qsTr("Devices: %1").arg(editor.deviceNames.join(", "))
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                        Layout.topMargin: 8
                    }
                    OutlinedCheckBox {
                        id: familyTechnical

                        visible: editor.otherFamilyContext.length > 0
                        text: qsTr("Technical details: what else the voice service recorded (kept as it is)")
                        Layout.columnSpan: 2
                    }
                    // In a positioner, not in the layout: see tests/support/check_repeaters.py.
                    Column {
                        visible: familyTechnical.checked
                        spacing: Theme.spacing / 2
                        Layout.fillWidth: true
                        Layout.columnSpan: 2

                        Repeater {
                            model: editor.otherFamilyContext

                            delegate: Label {
                                required property var modelData

                                text: qsTr("%1: %2").arg(modelData.key).arg(modelData.value)
                                textFormat: Text.PlainText
                                wrapMode: Text.WrapAnywhere
                                maximumLineCount: 3
                                elide: Text.ElideRight
                                width: parent ? parent.width : 0
                            }
                        }
                    }
                }
            }

            FormSection {
                editor: editor
                title: qsTr("Development")
                Layout.fillWidth: true
                Layout.bottomMargin: 24

                GridLayout {
                    anchors.fill: parent
                    columns: 4
                    columnSpacing: 16

                    Label { text: qsTr("Language"); font.bold: true; Layout.columnSpan: 4 }
                    ValueField { editor: editor; path: "developmentMilestones.language.nativeLanguage"; placeholder: qsTr("e.g. es") }
                    ChoiceField { editor: editor; path: "developmentMilestones.language.vocabularyLevel" }
                    ChoiceField { editor: editor; path: "developmentMilestones.language.sentenceComplexity" }
                    ChipListField {
                        editor: editor
                        path: "developmentMilestones.language.learningLanguages"
                        placeholder: qsTr("e.g. en, then Enter")
                        shown: code => Formats.language(code)
                    }

                    Label { text: qsTr("Thinking"); font.bold: true; Layout.columnSpan: 4; Layout.topMargin: 8 }
                    ChoiceField { editor: editor; path: "developmentMilestones.cognitive.problemSolving" }
                    ChoiceField { editor: editor; path: "developmentMilestones.cognitive.memory" }
                    ChoiceField { editor: editor; path: "developmentMilestones.cognitive.attention" }
                    ChoiceField { editor: editor; path: "developmentMilestones.cognitive.creativity" }

                    Label { text: qsTr("With others"); font.bold: true; Layout.columnSpan: 4; Layout.topMargin: 8 }
                    ChoiceField { editor: editor; path: "developmentMilestones.social.empathy" }
                    ChoiceField { editor: editor; path: "developmentMilestones.social.cooperation" }
                    ChoiceField { editor: editor; path: "developmentMilestones.social.communication" }
                    ChoiceField { editor: editor; path: "developmentMilestones.social.emotionalRegulation" }
                }
            }
        }
    }
}
