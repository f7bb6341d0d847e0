import QtQuick

// A white card on the warm background.
Rectangle {
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.line
    border.width: Math.max(1, Theme.px(2))
}
