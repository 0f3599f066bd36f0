pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

// Who knows what: the child's agents down, the memory categories across, and in each cell how
// many memories that agent is given (its own and the shared ones, not expired). A cell opens the
// timeline on those memories.
ScrollView {
    id: view

    required property AgentKnowledge knowledge
    readonly property real nameWidth: 180
    readonly property real cellWidth: 96

    signal cellChosen(string agentId, string category)

    objectName: "agentKnowledgeView"
    clip: true

    ColumnLayout {
        spacing: Theme.spacing

        Label {
            text: qsTr("Who knows what")
            font.pixelSize: Theme.headingSize
            Layout.margins: Theme.spacing
        }
        Label {
            text: qsTr("How many of the child's memories each agent is given when it talks with the child: its own, and "
                       + "those shared with every agent, leaving out the expired ones. Choose a number to see those memories.")
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            Layout.preferredWidth: Math.max(320, view.availableWidth - 2 * Theme.spacing)
            Layout.leftMargin: Theme.spacing
        }
        ErrorBanner {
            title: view.knowledge.errorTitle
            reason: view.knowledge.errorString
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            onRetry: view.knowledge.refresh()
        }
        Label {
            visible: view.knowledge.loaded && view.knowledge.agents.length === 0
            text: qsTr("No agent is given any of this child's memories.")
            opacity: 0.7
            Layout.leftMargin: Theme.spacing
        }

        Column {
            objectName: "knowledgeGrid"
            visible: view.knowledge.agents.length > 0
            Layout.leftMargin: Theme.spacing
            Accessible.role: Accessible.Table
            Accessible.name: qsTr("Who knows what: memories each agent is given, by category")

            Row {
                Accessible.role: Accessible.Row
                Item {
                    width: view.nameWidth
                    height: 1
                }
                Repeater {
                    model: view.knowledge.categories

                    Label {
                        required property string modelData

                        width: view.cellWidth
                        text: Labels.category(modelData)
                        horizontalAlignment: Text.AlignHCenter
                        elide: Text.ElideRight
                        font.bold: true
                        Accessible.role: Accessible.ColumnHeader
                        Accessible.name: text
                    }
                }
            }
            Repeater {
                model: view.knowledge.agents

                Row {
                    id: agentRow

                    // Null while the row is taken down after the child changed, and the row itself
                    // gone before its cells are: their bindings still run once.
                    required property var modelData

                    Accessible.role: Accessible.Row
                    Label {
                        width: view.nameWidth
                        height: parent.height
                        text: agentRow?.modelData?.name ?? ""
                        verticalAlignment: Text.AlignVCenter
                        elide: Text.ElideRight
                        textFormat: Text.PlainText
                        Accessible.role: Accessible.RowHeader
                        Accessible.name: text
                    }
                    Repeater {
                        model: agentRow?.modelData?.counts ?? []

                        Button {
                            id: cell

                            required property int index
                            required property int modelData
                            readonly property string category: view.knowledge.categories[index] ?? ""

                            objectName: "cell_" + (agentRow?.modelData?.agentId ?? "") + "_" + category
                            width: view.cellWidth
                            flat: true
                            text: Number(modelData).toLocaleString(Qt.locale(), "f", 0)
                            enabled: modelData > 0
                            Accessible.name: qsTr("%1 is given %n %2 memories", "", modelData)
                                             .arg(agentRow?.modelData?.name ?? "").arg(Labels.category(category))
                            onClicked: {
                                if (agentRow?.modelData)
                                    view.cellChosen(agentRow.modelData.agentId, category)
                            }
                        }
                    }
                }
            }
        }
        Item {
            Layout.preferredHeight: Theme.spacing
        }
    }
}
