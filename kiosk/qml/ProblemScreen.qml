import QtQuick
import QtQuick.Layouts
import Oppmote.Ui
import Oppmote.Kiosk

// An unknown, revoked or damaged code: say what happened, and never leave
// the person stuck.
Item {
    id: screen
    objectName: "problemScreen"
    required property KioskController kiosk

    Rectangle { anchors.fill: parent; color: Theme.dangerSoft }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.px(1500))
        spacing: Theme.spacing * 1.2

        Heading {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            color: Theme.danger
            text: qsTr("This code did not work")
        }
        BodyText {
            objectName: "problemText"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.fontLarge
            text: screen.kiosk.problemText
        }
        BodyText {
            objectName: "askAtDesk"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            font.weight: Font.Bold
            text: qsTr("Please ask at the desk — we will help you.")
        }
        BigButton {
            objectName: "problemFindNameButton"
            Layout.fillWidth: true
            text: qsTr("Find my name instead")
            onClicked: screen.kiosk.startSearch()
        }
        BigButton {
            objectName: "problemBackButton"
            Layout.fillWidth: true
            outlined: true
            text: qsTr("Back to start")
            onClicked: screen.kiosk.goHome()
        }
    }
}
