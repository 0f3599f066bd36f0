pragma Singleton
import QtQuick
import Nido.Models

// Translated names for the values the backend stores in English.
QtObject {
    readonly property list<string> categories: ["conversation", "interest", "emotion", "achievement", "routine",
                                                "preference", "learning", "family", "other"]
    readonly property list<string> memoryTypes: ["episodic", "semantic", "procedural"]
    readonly property list<color> categoryColours: Theme.categories

    function category(name: string): string {
        return Formats.category(name)
    }

    function memoryType(name: string): string {
        return Formats.memoryType(name)
    }

    // Where a memory came from (its metadata's "source"), in a parent's words.
    function memorySource(source: string): string {
        switch (source) {
        case "conversation": return qsTr("a conversation")
        case "summary": return qsTr("a conversation's summary")
        case "manual": return qsTr("written by hand")
        }
        return source
    }
    function importance(level: string): string {
        switch (level) {
        case "low": return qsTr("Low importance")
        case "medium": return qsTr("Medium importance")
        case "high": return qsTr("High importance")
        }
        return level
    }

    // The backend's known values, as a parent reads them; an unknown one is shown as it is.
    function roomType(value: string): string {
        switch (value) {
        case "1-on-1": return qsTr("one to one")
        case "group": return qsTr("a group")
        }
        return value
    }

    function startMethod(value: string): string {
        switch (value) {
        case "voice_command": return qsTr("a voice command")
        case "button": return qsTr("the button")
        case "wake_word": return qsTr("the wake word")
        case "scheduled": return qsTr("a schedule")
        case "app": return qsTr("the app")
        }
        return value
    }
}
