import QtQuick
import QtQuick.Layouts

// One row of the attendance table (or its header): the same columns everywhere.
RowLayout {
    property bool header: false
    property bool bold: header
    property string title
    property var expected
    property var arrived
    property var atDoor
    property var notYet
    property var noShows
    property var duplicates
    spacing: Desk.spacing

    component Cell: DeskText {
        Layout.preferredWidth: 78
        horizontalAlignment: Text.AlignRight
        font.weight: parent.bold ? Font.Bold : Font.Normal
        font.pixelSize: parent.header ? Desk.fontSmall : Desk.fontBody
        color: parent.header ? Desk.inkSoft : Desk.ink
    }
    DeskText {
        Layout.fillWidth: true
        text: parent.title
        font.weight: parent.bold ? Font.Bold : Font.Normal
        font.pixelSize: parent.header ? Desk.fontSmall : Desk.fontBody
        color: parent.header ? Desk.inkSoft : Desk.ink
    }
    Cell { text: String(parent.expected) }
    Cell { text: String(parent.arrived) }
    Cell { text: String(parent.atDoor) }
    Cell { text: String(parent.notYet) }
    Cell { text: String(parent.noShows) }
    Cell {
        text: String(parent.duplicates)
        color: !parent.header && Number(parent.duplicates) > 0 ? Desk.danger : (parent.header ? Desk.inkSoft : Desk.ink)
    }
}
