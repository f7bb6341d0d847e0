import QtQuick
import QtQuick.Layouts

// A kiosk (or another device) as a row: online or not, last seen, its clock;
// what it last reported (events not sent, its printer, badges waiting).
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
    required property string stateText
    required property bool needsAttention
    required property int entriesToday
    objectName: "device_" + name
    implicitHeight: column.implicitHeight + 16
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
            color: row.revoked ? Desk.danger : (row.online ? (row.needsAttention ? Desk.warning : Desk.success) : Desk.line)
            Accessible.name: row.revoked ? qsTr("revoked") : (row.online ? qsTr("online") : qsTr("offline"))
        }
        ColumnLayout {
            id: column
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
                      + (row.entriesToday > 0 ? " · " + qsTr("%n check-ins here today", "", row.entriesToday) : "")
            }
            DeskText {
                objectName: "deviceState_" + row.name
                Layout.fillWidth: true
                visible: row.stateText !== ""
                font.pixelSize: Desk.fontSmall
                color: row.needsAttention ? Desk.danger : Desk.inkSoft
                font.weight: row.needsAttention ? Font.Bold : Font.Normal
                wrapMode: Text.Wrap
                text: row.stateText
            }
        }
    }
}
