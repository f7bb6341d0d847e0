import QtQuick
import QtQuick.Layouts

// A kiosk (or another device) as a row: online or not, last seen, its clock.
Rectangle {
    id: row
    required property string deviceId
    required property string name
    required property string mode
    required property var lastSeen
    required property bool online
    required property bool revoked
    required property string clockOffsetText
    required property bool clockIsOff
    objectName: "device_" + name
    implicitHeight: 54
    radius: 4
    color: Desk.surface
    border.color: Desk.line
    RowLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: Desk.spacing
        Rectangle {
            width: 12
            height: 12
            radius: 6
            color: row.revoked ? Desk.danger : (row.online ? Desk.success : Desk.line)
            Accessible.name: row.revoked ? qsTr("revoked") : (row.online ? qsTr("online") : qsTr("offline"))
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            DeskText { Layout.fillWidth: true; text: row.name; font.weight: Font.Bold }
            DeskText {
                Layout.fillWidth: true
                font.pixelSize: Desk.fontSmall
                color: row.clockIsOff ? Desk.warning : Desk.inkSoft
                text: (row.revoked ? qsTr("revoked")
                       : row.online ? qsTr("online")
                       : row.lastSeen && !isNaN(row.lastSeen.getTime()) ? qsTr("last seen %1").arg(Qt.formatDateTime(row.lastSeen, "dd.MM. hh:mm"))
                       : qsTr("never seen"))
                      + " · " + qsTr("clock: %1").arg(row.clockOffsetText)
            }
        }
    }
}
