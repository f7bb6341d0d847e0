import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Oppmote.Admin

// The devices the hub knows: online, last seen, clock; revoking one makes it
// wipe its data at its next contact.
Item {
    id: page
    objectName: "devicesPage"
    required property DeviceListModel devices
    required property KioskPairing pairing
    property string lastMessage: ""

    Connections {
        target: page.devices
        function onActionDone(ok, message) { page.lastMessage = message }
    }

    // A name people recognise at the venue ("Inngang nord"); shown in the print log and on the kiosks.
    Dialog {
        id: renameDialog
        property string deviceId
        function ask(id, name) {
            deviceId = id
            newName.text = name
            open()
            newName.forceActiveFocus()
            newName.selectAll()
        }
        anchors.centerIn: parent
        modal: true
        width: 420
        header: PageTitle { padding: Desk.margin; text: qsTr("Rename the device") }
        contentItem: TextField {
            id: newName
            objectName: "renameName"
            maximumLength: 40
            onAccepted: if (text.trim() !== "") renameDialog.accept()
        }
        footer: RowLayout {
            spacing: Desk.spacing
            Item { Layout.fillWidth: true }
            DeskButton {
                text: qsTr("Cancel")
                Layout.bottomMargin: Desk.margin
                onClicked: renameDialog.reject()
            }
            DeskButton {
                objectName: "renameConfirm"
                Layout.rightMargin: Desk.margin
                Layout.bottomMargin: Desk.margin
                enabled: newName.text.trim() !== ""
                text: qsTr("Rename")
                onClicked: renameDialog.accept()
            }
        }
        onAccepted: page.devices.rename(deviceId, newName.text)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Desk.spacing
        PageTitle { text: qsTr("Kiosks") }
        DeskText {
            objectName: "devicesMessage"
            visible: text !== ""
            text: page.lastMessage
        }
        // Pairing a new kiosk: a one-time code its camera or hand scanner reads.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: pairingRow.implicitHeight + 2 * Desk.spacing
            color: Desk.surface
            border.color: Desk.line
            radius: 6
            RowLayout {
                id: pairingRow
                anchors.fill: parent
                anchors.margins: Desk.spacing
                spacing: Desk.margin
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: Desk.spacing
                    DeskText { text: qsTr("Pair a kiosk"); font.weight: Font.Bold }
                    DeskText {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        color: Desk.inkSoft
                        text: qsTr("On the new kiosk, open staff mode and scan this code. Each code pairs one device.")
                    }
                    RowLayout {
                        spacing: Desk.spacing
                        DeskText { text: qsTr("Hub address") }
                        TextField {
                            objectName: "pairingHubUrl"
                            Layout.preferredWidth: 300
                            text: page.pairing.hubUrl
                            onEditingFinished: page.pairing.hubUrl = text
                        }
                    }
                    GridLayout {
                        columns: 2
                        columnSpacing: Desk.spacing
                        rowSpacing: Desk.spacing
                        DeskText { text: qsTr("Door") }
                        DeskChoice {
                            id: pairingMode
                            objectName: "pairingMode"
                            Layout.preferredWidth: 420
                            model: page.pairing.modes
                            textRole: "title"
                            valueRole: "value"
                        }
                        DeskText { text: qsTr("Badge printer") }
                        TextField {
                            id: pairingPrinter
                            objectName: "pairingPrinter"
                            Layout.preferredWidth: 300
                            placeholderText: qsTr("The kiosk's CUPS queue, e.g. badges")
                        }
                        DeskText { text: qsTr("Labels") }
                        DeskChoice {
                            id: pairingTemplate
                            objectName: "pairingTemplate"
                            Layout.preferredWidth: 300
                            model: page.pairing.templates
                            textRole: "title"
                            valueRole: "name"
                        }
                    }
                    CheckBox {
                        id: pairingAdmin
                        objectName: "pairingAdmin"
                        text: qsTr("An organiser's laptop (gets contact details)")
                        contentItem: DeskText {
                            leftPadding: pairingAdmin.indicator.width + pairingAdmin.spacing
                            text: pairingAdmin.text
                        }
                    }
                    DeskButton {
                        objectName: "pairingMake"
                        enabled: !page.pairing.busy
                        text: qsTr("Make a pairing code")
                        onClicked: page.pairing.offer(pairingMode.currentValue, pairingAdmin.checked,
                                                      pairingPrinter.text, pairingTemplate.currentValue)
                    }
                    DeskText {
                        objectName: "pairingError"
                        visible: text !== ""
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        color: Desk.danger
                        text: page.pairing.error
                    }
                }
                QrCode {
                    objectName: "pairingQr"
                    visible: page.pairing.code !== ""
                    Layout.preferredWidth: 220
                    Layout.preferredHeight: 220
                    text: page.pairing.code
                }
            }
        }
        ListView {
            objectName: "devicesList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.devices
            spacing: 4
            delegate: RowLayout {
                id: line
                required property string deviceId
                required property string name
                required property string mode
                required property var lastSeen
                required property bool online
                required property bool revoked
                required property string clockOffsetText
                required property bool clockIsOff
                required property string stateText
                required property bool needsAttention
                required property int entriesToday
                width: ListView.view.width
                spacing: Desk.spacing
                DeviceRow {
                    Layout.fillWidth: true
                    deviceId: line.deviceId
                    name: line.name
                    mode: line.mode
                    lastSeen: line.lastSeen
                    online: line.online
                    revoked: line.revoked
                    clockOffsetText: line.clockOffsetText
                    clockIsOff: line.clockIsOff
                    stateText: line.stateText
                    needsAttention: line.needsAttention
                    entriesToday: line.entriesToday
                }
                DeskButton {
                    objectName: "rename_" + line.deviceId
                    visible: !line.revoked
                    text: qsTr("Rename…")
                    onClicked: renameDialog.ask(line.deviceId, line.name)
                }
                DeskButton {
                    objectName: "revoke_" + line.deviceId
                    visible: !line.revoked && line.mode !== "hub"
                    text: confirming ? qsTr("Really revoke?") : qsTr("Revoke")
                    property bool confirming: false
                    onClicked: {
                        if (!confirming) {
                            confirming = true
                            return
                        }
                        confirming = false
                        page.devices.revoke(line.deviceId)
                    }
                }
            }
        }
    }
}
