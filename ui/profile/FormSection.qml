import QtQuick.Controls
import Nido.Models

// A group of a form's fields, enabled as the editor's controls are: a change of `enabled` restyles
// every control inside, and greying them between two rows was most of the profile's load.
GroupBox {
    required property FormEditor editor

    enabled: editor.controlsEnabled
}
