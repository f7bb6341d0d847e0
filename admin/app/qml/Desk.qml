pragma Singleton
import QtQuick

// The desk's look: a laptop screen (1366×768 and up) read at arm's length,
// mouse and keyboard; the kiosk's palette (Oppmote.Ui Theme) at desktop sizes.
QtObject {
    readonly property color background: "#F4F1EA"
    readonly property color surface: "#FFFFFF"
    readonly property color sidebar: "#16476B"
    readonly property color sidebarActive: "#0E3350"
    readonly property color ink: "#15202B"
    readonly property color inkSoft: "#3D4A57"
    readonly property color inkOnDark: "#FFFFFF"
    readonly property color line: "#D5CFC2"
    readonly property color success: "#1D6B45"
    readonly property color warning: "#8A5300"
    readonly property color danger: "#A4261D"
    readonly property color dangerSoft: "#FBE5E2"
    readonly property color chartFill: "#C9DCEA"

    readonly property string fontFamily: "Noto Sans"
    readonly property int fontTitle: 24
    readonly property int fontLarge: 30
    readonly property int fontBody: 15
    readonly property int fontSmall: 13
    readonly property int spacing: 12
    readonly property int margin: 20
    readonly property int rowHeight: 34
}
