import QtQuick
import QtMultimedia
import Oppmote.Ui
import Oppmote.Kiosk

// The camera preview; its sink feeds the QR scanner (ScanController). Without
// a camera it says how else to check in.
Rectangle {
    id: panel
    required property KioskController kiosk
    color: "#1B2631"
    radius: Theme.radius
    clip: true

    VideoOutput {
        id: video
        anchors.fill: parent
        fillMode: VideoOutput.PreserveAspectCrop
        Component.onCompleted: panel.kiosk.scan.attachVideoSink(video.videoSink)
    }

    // A square guide where the code should be held.
    Rectangle {
        visible: panel.kiosk.scan.cameraActive
        anchors.centerIn: parent
        width: Math.min(parent.width, parent.height) * 0.6
        height: width
        color: "transparent"
        border.color: Theme.focus
        border.width: Theme.px(6)
        radius: Theme.radius
    }

    Column {
        visible: !panel.kiosk.scan.cameraActive
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.px(12)
        Text {
            textFormat: Text.PlainText
            objectName: "cameraUnavailable"
            width: parent.width
            text: qsTr("Camera not available")
            color: "#FFFFFF"
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.weight: Font.Bold
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            text: qsTr("Use the hand scanner, or find your name.")
            color: "#D8DEE4"
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
    }
}
