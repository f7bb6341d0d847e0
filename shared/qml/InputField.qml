import QtQuick
import QtQuick.Controls.Basic

// A large text field with a visible label above it (the label is its accessible name).
Column {
    id: field
    property alias text: input.text
    property alias label: caption.text
    property alias input: input
    property alias placeholder: input.placeholderText
    spacing: Theme.px(10)

    Text {
        textFormat: Text.PlainText
        id: caption
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
        color: Theme.inkSoft
    }
    TextField {
        id: input
        width: field.width
        height: Theme.touchMin
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLarge
        color: Theme.ink
        placeholderTextColor: "#6B7682"
        leftPadding: Theme.px(28)
        inputMethodHints: Qt.ImhNoPredictiveText
        Accessible.name: caption.text
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.width: input.activeFocus ? Theme.px(5) : Theme.px(3)
            border.color: input.activeFocus ? Theme.primary : Theme.line
        }
    }
}
