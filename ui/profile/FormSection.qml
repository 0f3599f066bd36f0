import QtQuick.Controls
import Nido.Models

// A group of a form's fields. They take input while a row is shown, and stay as they look between
// two rows rather than grey and back: a change of `enabled` restyles every control inside, twice
// on every child switch, and was most of the profile's time. (Nothing typed then is taken: the
// editor refuses values until it has loaded.)
GroupBox {
    required property FormEditor editor

    enabled: editor.loaded || editor.waiting
}
