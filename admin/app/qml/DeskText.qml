import QtQuick

// Every text on the desk: plain text (names are data, never markup), elided
// in one line unless told to wrap.
Text {
    textFormat: Text.PlainText
    font.family: Desk.fontFamily
    font.pixelSize: Desk.fontBody
    color: Desk.ink
    elide: Text.ElideRight
    verticalAlignment: Text.AlignVCenter
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
