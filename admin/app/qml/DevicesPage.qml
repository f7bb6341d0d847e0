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
    property string lastMessage: ""

    Connections {
        target: page.devices
        function onActionDone(ok, message) { page.lastMessage = message }
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
