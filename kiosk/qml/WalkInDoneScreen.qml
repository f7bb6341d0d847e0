import QtQuick
import QtQuick.Layouts
import Oppmote.Ui
import Oppmote.Kiosk

Item {
    id: screen
    objectName: "walkInDoneScreen"
    required property KioskController kiosk

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.px(1400))
        spacing: Theme.spacing * 1.5
        Heading {
            objectName: "walkInDoneTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.fontHuge
            color: Theme.success
            text: qsTr("Thank you, %1!").arg(screen.kiosk.walkIn.firstName)
        }
        BodyText {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.fontLarge
            text: qsTr("Your registration is saved. Please go to the desk: a member of staff will confirm it and print your badge.")
        }
        BigButton {
            objectName: "walkInDoneButton"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Done")
            onClicked: screen.kiosk.goHome()
        }
    }
}
