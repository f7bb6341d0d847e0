import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Oppmote.Admin

// An attendee list imported from a file: chosen, previewed (what each row
// would do; those refused, duplicates and those to review listed), then
// imported in one go. The rules are the core's (AttendeeImportDesk).
Item {
    id: root
    required property AttendeeImportDesk importer
    signal finished(bool ok, string message)

    function choose() { fileDialog.open() }

    FileDialog {
        id: fileDialog
        title: qsTr("Import a list of attendees")
        nameFilters: [qsTr("Attendee lists (*.csv *.xlsx *.txt)"), qsTr("All files (*)")]
        onAccepted: root.importer.preview(selectedFile)
    }

    Connections {
        target: root.importer
        function onPreviewed(ok, message) {
            if (ok)
                preview.open()
            else
                root.finished(false, message)
        }
        function onImported(ok, message) {
            preview.close()
            root.finished(ok, message)
        }
    }

    Dialog {
        id: preview
        objectName: "importPreview"
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        implicitWidth: 760
        width: Math.min(parent.width - 2 * Desk.margin, implicitWidth)
        height: Math.min(parent.height - 2 * Desk.margin, 560)
        header: PageTitle {
            padding: Desk.margin
            text: qsTr("Import %1?").arg(root.importer.fileName)
            elide: Text.ElideMiddle
        }
        contentItem: ColumnLayout {
            spacing: Desk.spacing
            DeskText {
                objectName: "importSummary"
                Layout.fillWidth: true
                font.weight: Font.Bold
                text: root.importer.summary
            }
            DeskText {
                Layout.fillWidth: true
                visible: root.importer.attention.length > 0
                color: Desk.inkSoft
                text: qsTr("Not imported or to look at:")
            }
            ListView {
                objectName: "importAttention"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: root.importer.attention
                ScrollBar.vertical: ScrollBar { }
                delegate: DeskText {
                    required property string modelData
                    required property int index
                    objectName: "importRow_" + index
                    width: ListView.view.width
                    wrapMode: Text.WordWrap
                    elide: Text.ElideNone
                    text: modelData
                }
            }
        }
        footer: RowLayout {
            spacing: Desk.spacing
            Item { Layout.fillWidth: true }
            DeskButton {
                objectName: "importCancel"
                Layout.bottomMargin: Desk.margin
                text: qsTr("Cancel")
                onClicked: preview.close()
            }
            DeskButton {
                objectName: "importConfirm"
                Layout.rightMargin: Desk.margin
                Layout.bottomMargin: Desk.margin
                enabled: root.importer.canImport && !root.importer.busy
                text: qsTr("Import")
                onClicked: root.importer.importFile()
            }
        }
    }
}
