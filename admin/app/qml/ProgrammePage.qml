import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Oppmote.Admin

// The programme as stored, day by day; a programme text imported from a
// file, previewed with the parser's warnings by line and stored only on
// "Import" (ProgramDesk).
Item {
    id: page
    objectName: "programmePage"
    required property ProgramDesk programme
    property string lastMessage: ""
    property bool lastOk: true
    property url settingsFile: ""

    Connections {
        target: page.programme
        function onPreviewed(ok, message) {
            if (ok) {
                preview.open()
            } else {
                preview.close() // a settings file that cannot be read: said on the page
                page.say(false, message)
            }
        }
        function onImported(ok, message) {
            preview.close()
            page.say(ok, message)
        }
    }
    function say(ok, message) {
        lastOk = ok
        lastMessage = message
    }

    FileDialog {
        id: programFile
        title: qsTr("Import a programme")
        nameFilters: [qsTr("Programme text (*.txt *.md)"), qsTr("All files (*)")]
        onAccepted: {
            page.settingsFile = ""
            page.programme.preview(selectedFile)
        }
    }
    FileDialog {
        id: settingsDialog
        title: qsTr("Rooms and capacities for the programme")
        nameFilters: [qsTr("Settings (*.json)"), qsTr("All files (*)")]
        onAccepted: {
            page.settingsFile = selectedFile
            page.programme.preview(programFile.selectedFile, selectedFile)
        }
    }

    Dialog {
        id: preview
        objectName: "programmePreview"
        anchors.centerIn: parent
        modal: true
        implicitWidth: 760
        width: Math.min(parent.width - 2 * Desk.margin, implicitWidth)
        height: Math.min(parent.height - 2 * Desk.margin, 520)
        header: PageTitle { padding: Desk.margin; text: qsTr("Import this programme?") }
        contentItem: ColumnLayout {
            spacing: Desk.spacing
            DeskText {
                objectName: "programmeSummary"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.weight: Font.Bold
                text: page.programme.previewSummary
            }
            DeskText {
                Layout.fillWidth: true
                color: Desk.inkSoft
                text: page.programme.previewMessages.length === 0 ? qsTr("No warnings.") : qsTr("Warnings and errors:")
            }
            ListView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: page.programme.previewMessages
                ScrollBar.vertical: ScrollBar { }
                delegate: DeskText {
                    required property string modelData
                    required property int index
                    objectName: "programmeMessage_" + index
                    width: ListView.view.width
                    wrapMode: Text.WordWrap
                    elide: Text.ElideNone
                    text: modelData
                }
            }
        }
        footer: RowLayout {
            spacing: Desk.spacing
            DeskButton {
                Layout.leftMargin: Desk.margin
                Layout.bottomMargin: Desk.margin
                text: page.settingsFile.toString() === "" ? qsTr("Add rooms and capacities…") : qsTr("Other settings…")
                onClicked: settingsDialog.open()
            }
            Item { Layout.fillWidth: true }
            DeskButton {
                objectName: "programmeCancel"
                Layout.bottomMargin: Desk.margin
                text: qsTr("Cancel")
                onClicked: preview.close()
            }
            DeskButton {
                objectName: "programmeImportConfirm"
                Layout.rightMargin: Desk.margin
                Layout.bottomMargin: Desk.margin
                enabled: page.programme.canImport && !page.programme.busy
                text: qsTr("Import")
                onClicked: page.programme.importProgram()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Desk.spacing
        RowLayout {
            Layout.fillWidth: true
            PageTitle { Layout.fillWidth: true; text: qsTr("Programme") }
            DeskButton {
                objectName: "programmeImport"
                enabled: !page.programme.busy
                text: qsTr("Import a programme…")
                onClicked: programFile.open()
            }
        }
        DeskText {
            objectName: "programmeMessage"
            visible: text !== ""
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: page.lastMessage
            color: page.lastOk ? Desk.success : Desk.danger
        }
        DeskText {
            objectName: "programmeEvent"
            Layout.fillWidth: true
            font.pixelSize: Desk.fontLarge
            text: page.programme.eventName !== "" ? page.programme.eventName : qsTr("No programme yet")
        }
        ListView {
            objectName: "programmeDays"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Desk.spacing
            model: page.programme.days
            ScrollBar.vertical: ScrollBar { }
            delegate: ColumnLayout {
                id: day
                required property var modelData
                required property int index
                width: ListView.view.width
                spacing: 2
                DeskText {
                    objectName: "programmeDay_" + day.index
                    Layout.fillWidth: true
                    font.weight: Font.Bold
                    text: day.modelData.title
                }
                Repeater {
                    model: day.modelData.sessions
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: Desk.spacing
                        DeskText { Layout.preferredWidth: 60; text: modelData.time; color: Desk.inkSoft }
                        DeskText { Layout.preferredWidth: 420; text: modelData.title }
                        DeskText { Layout.fillWidth: true; text: modelData.detail; color: Desk.inkSoft }
                    }
                }
            }
        }
    }
}
