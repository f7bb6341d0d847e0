import QtQuick
import Oppmote.Ui
import Oppmote.Kiosk

Item {
    id: screen
    required property KioskController kiosk
    Column {
        anchors.centerIn: parent
        width: parent.width * 0.8
        spacing: Theme.spacing
        Heading {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: screen.kiosk.device.revoked ? qsTr("Out of service")
                  : screen.kiosk.loadError === "" ? qsTr("Starting…") : qsTr("The kiosk cannot start")
        }
        BodyText {
            objectName: "loadError"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            visible: screen.kiosk.loadError !== ""
            // The out-of-service message already says where to go.
            text: screen.kiosk.device.revoked ? screen.kiosk.loadError
                                       : screen.kiosk.loadError + "\n" + qsTr("Please ask at the desk.")
        }
    }
}
