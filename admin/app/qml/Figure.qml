import QtQuick
import QtQuick.Layouts

// One figure of the dashboard: a number over its label.
Rectangle {
    id: tile
    property string label
    property string value
    property color accent: Desk.ink
    implicitWidth: 150
    implicitHeight: 92
    radius: 6
    color: Desk.surface
    border.color: Desk.line
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 0
        DeskText {
            objectName: tile.objectName + "Value"
            Layout.fillWidth: true
            text: tile.value
            font.pixelSize: Desk.fontLarge
            font.weight: Font.Bold
            color: tile.accent
        }
        DeskText {
            Layout.fillWidth: true
            text: tile.label
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            font.pixelSize: Desk.fontSmall
            color: Desk.inkSoft
        }
    }
}
