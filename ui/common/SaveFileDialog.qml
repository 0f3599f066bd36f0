import QtQuick
import Qt.labs.platform as Platform

// Where an export is saved: the desktop's own dialog (GTK, KDE) where there is one, else Qt Widgets'
// QFileDialog. Qt 6.4's QtQuick.Dialogs falls back to a QML dialog whose save mode cannot save (its
// button says "Open" and stays disabled for a new name).
Platform.FileDialog {
    // Opens in `where`, suggesting `name`: only a dialog that is open takes a name to suggest.
    function ask(where: url, name: string) {
        folder = where
        open()
        currentFile = String(where) + "/" + encodeURIComponent(name)
    }

    fileMode: Platform.FileDialog.SaveFile
    acceptLabel: qsTr("Save")
}
