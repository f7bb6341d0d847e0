import QtQuick

DeskText {
    font.pixelSize: Desk.fontTitle
    font.weight: Font.Bold
    Accessible.role: Accessible.Heading
}
