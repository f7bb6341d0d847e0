pragma Singleton
import QtQuick

// Colours and sizes for a touchscreen read from a metre away by strangers.
// Sizes are in "design pixels" of a 1080-pixel short side, scaled by `scale`
// (the window sets it). At 1080 px on a 24" screen (3.6 px/mm) the smallest
// touch target (touchMin = 130) is 36 mm; on a 10" 800-px-wide tablet
// (6 px/mm) it is 96 px = 16 mm: always well over 9 mm.
QtObject {
    property real scale: 1.0
    function px(v) { return Math.round(v * scale) }

    // A calm, high-contrast palette (text on background ≥ 12:1; white on primary ≥ 8:1).
    readonly property color background: "#F4F1EA"
    readonly property color surface: "#FFFFFF"
    readonly property color ink: "#15202B"
    readonly property color inkSoft: "#3D4A57"
    readonly property color line: "#D5CFC2"
    readonly property color primary: "#16476B"
    readonly property color primaryPressed: "#0E3350"
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color success: "#1D6B45"
    readonly property color successSoft: "#E3F1E8"
    readonly property color warning: "#8A5300"
    readonly property color warningSoft: "#FCEFD8"
    readonly property color danger: "#A4261D"
    readonly property color dangerSoft: "#FBE5E2"
    readonly property color focus: "#E0A526"

    readonly property string fontFamily: "Noto Sans"

    readonly property int fontHuge: px(88)
    readonly property int fontTitle: px(60)
    readonly property int fontLarge: px(44)
    readonly property int fontBody: px(34)
    readonly property int fontSmall: px(26)

    readonly property int touchMin: px(130)
    readonly property int spacing: px(32)
    readonly property int margin: px(56)
    readonly property int radius: px(18)
}
