pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nido.Models

// Filters and search for the timeline; every choice goes straight into the model's properties.
Flow {
    id: bar

    required property MemoryTimelineModel timeline
    required property AgentChoiceModel agents
    property bool canDelete: true

    signal forgetMatchingRequested()

    spacing: 8

    TextField {
        width: 240
        placeholderText: qsTr("Search memories, tags, topics…")
        maximumLength: bar.timeline.maximumSearchLength
        onTextChanged: searchDelay.restart()
        Accessible.name: qsTr("Search")

        Timer {
            id: searchDelay

            interval: 300
            onTriggered: bar.timeline.searchText = parent.text
        }
    }
    FilterComboBox {
        width: 200
        model: [qsTr("Every type")].concat(Labels.memoryTypes.map(type => Labels.memoryType(type)))
        Accessible.name: qsTr("Type of memory")
        onActivated: index => bar.timeline.memoryType = index === 0 ? "" : Labels.memoryTypes[index - 1]
    }
    Button {
        id: categoryButton

        text: bar.timeline.categories.length === 0 ? qsTr("Every category")
                                                   : qsTr("%n category(ies)", "", bar.timeline.categories.length)
        onClicked: categoryMenu.open()

        Menu {
            id: categoryMenu

            Repeater {
                model: Labels.categories

                MenuItem {
                    required property string modelData

                    text: Labels.category(modelData)
                    checkable: true
                    checked: bar.timeline.categories.includes(modelData)
                    onTriggered: {
                        const chosen = bar.timeline.categories.filter(category => category !== modelData)
                        if (checked)
                            chosen.push(modelData)
                        bar.timeline.categories = chosen
                    }
                }
            }
        }
    }
    FilterComboBox {
        id: scopeChoice

        width: 220
        textRole: "name"
        valueRole: "id"
        model: bar.agents
        Accessible.name: qsTr("Agent")
        delegate: PlainTextDelegate {
            textRole: "name"
            highlighted: scopeChoice.highlightedIndex === index
        }
        displayText: bar.timeline.scope === MemoryTimelineModel.All ? qsTr("Every agent")
                   //: In the narrow agent filter: the memories every agent is given.
                   : bar.timeline.scope === MemoryTimelineModel.Shared ? qsTr("Shared by all agents", "filter")
                   //: In the narrow agent filter: an agent's own memories and the shared ones (from "Who knows what").
                   : bar.timeline.scope === MemoryTimelineModel.GivenTo
                     ? qsTr("What %1 is given").arg(textAt(indexOfValue(bar.timeline.agentId)))
                   : currentText
        onActivated: {
            bar.timeline.agentId = currentValue ?? ""
            bar.timeline.scope = MemoryTimelineModel.Agent
        }
    }
    Button {
        text: qsTr("Shared only")
        checkable: true
        checked: bar.timeline.scope === MemoryTimelineModel.Shared
        onToggled: bar.timeline.scope = checked ? MemoryTimelineModel.Shared : MemoryTimelineModel.All
    }
    Button {
        text: qsTr("Every agent")
        visible: bar.timeline.scope !== MemoryTimelineModel.All
        onClicked: bar.timeline.scope = MemoryTimelineModel.All
    }
    FilterComboBox {
        width: 190
        model: [qsTr("Any importance"), Labels.importance("low"), Labels.importance("medium"), Labels.importance("high")]
        Accessible.name: qsTr("Importance")
        onActivated: index => bar.timeline.importanceLevel = ["", "low", "medium", "high"][index]
    }
    FilterComboBox {
        id: expiryChoice

        width: 170
        // Follows the model: "Who knows what" sets it too.
        currentIndex: bar.timeline.expiry === MemoryTimelineModel.Active ? 1 : bar.timeline.expiry === MemoryTimelineModel.Expired ? 2 : 0
        //: The memories that expired (a filter), not the badge of one.
        model: [qsTr("Expired or not"), qsTr("Not expired"), qsTr("Expired", "filter")]
        Accessible.name: qsTr("Expiry")
        onActivated: index => bar.timeline.expiry = [MemoryTimelineModel.All, MemoryTimelineModel.Active,
                                                     MemoryTimelineModel.Expired][index]
    }
    FilterComboBox {
        width: 170
        model: [qsTr("Any time"), qsTr("Today"), qsTr("Last 7 days"), qsTr("Last 30 days"), qsTr("Last 90 days")]
        Accessible.name: qsTr("Period")
        onActivated: index => bar.timeline.showLastDays([0, 1, 7, 30, 90][index])
    }
    Button {
        text: qsTr("Forget everything shown…")
        enabled: bar.timeline.count > 0 && bar.canDelete
        onClicked: bar.forgetMatchingRequested()
    }
}
