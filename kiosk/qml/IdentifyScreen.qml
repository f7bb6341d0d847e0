import QtQuick
import QtQuick.Layouts
import Oppmote.Ui
import Oppmote.Kiosk

// "Is this you?" before a name search checks anyone in.
Item {
    id: screen
    objectName: "identifyScreen"
    required property KioskController kiosk
    readonly property var search: kiosk.search

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.px(1300))
        spacing: Theme.spacing * 1.5

        Heading {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Is this you?")
        }
        Panel {
            Layout.fillWidth: true
            Layout.preferredHeight: who.implicitHeight + 2 * Theme.margin
            Column {
                id: who
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.margin
                spacing: Theme.px(12)
                Text {
                    textFormat: Text.PlainText
                    objectName: "candidateName"
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: screen.search.candidateFirstName + " " + screen.search.candidateLastName
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.Bold
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                }
                Text {
                    textFormat: Text.PlainText
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: screen.search.candidateOrganisation
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.inkSoft
                    wrapMode: Text.WordWrap
                }
            }
        }
        BigButton {
            objectName: "yesButton"
            Layout.fillWidth: true
            color: Theme.success
            text: qsTr("Yes, check me in")
            onClicked: screen.kiosk.confirmIdentity()
        }
        BigButton {
            objectName: "noButton"
            Layout.fillWidth: true
            outlined: true
            text: qsTr("No, go back")
            onClicked: screen.kiosk.rejectIdentity()
        }
    }
}
