import QtQuick
import QtQuick.Controls.Basic

// A large touch target with a readable label; the label is also its accessible name.
Button {
    id: control
    property color color: Theme.primary
    property color textColor: Theme.textOnPrimary
    property bool outlined: false
    property int fontSize: Theme.fontLarge

    implicitHeight: Theme.touchMin
    implicitWidth: Math.max(Theme.px(360), contentItem.implicitWidth + leftPadding + rightPadding)
    leftPadding: Theme.px(48)
    rightPadding: Theme.px(48)
    focusPolicy: Qt.NoFocus
    Accessible.name: text
    Accessible.role: Accessible.Button

    contentItem: Text {
        textFormat: Text.PlainText
        text: control.text
        font.family: Theme.fontFamily
        font.pixelSize: control.fontSize
        font.weight: Font.DemiBold
        color: control.outlined ? control.color : control.textColor
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
        maximumLineCount: 2
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.outlined ? (control.down ? Theme.line : Theme.surface)
                                : (control.down ? Qt.darker(control.color, 1.25) : control.color)
        border.width: control.outlined ? Theme.px(4) : 0
        border.color: control.color
        opacity: control.enabled ? 1 : 0.45
    }
}
