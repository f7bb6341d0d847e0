import QtQuick
import QtQuick.Controls

// A button whose label is plain text (the style's own label reads markup).
Button {
    id: button
    contentItem: DeskText {
        text: button.text
        horizontalAlignment: Text.AlignHCenter
        color: button.enabled ? Desk.ink : Desk.inkSoft
    }
}
