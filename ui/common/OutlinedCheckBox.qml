import QtQuick
import QtQuick.Controls

// A check box whose box can be seen on a dark desktop too (Theme.outlineSource).
CheckBox {
    palette.window: Theme.outlineSource
}
