import QtQuick
import QtQuick.Layouts
import Oppmote.Ui
import Oppmote.Kiosk

// Welcome: scan your code (camera preview or hand scanner), or find your
// name; today's programme. In session-door mode: which session this door is.
Item {
    id: screen
    objectName: "welcomeScreen"
    required property KioskController kiosk
    property bool portrait: false
    property alias cameraSlot: cameraSlot
    readonly property var welcome: kiosk.welcome

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: screen.portrait ? 1 : 2
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing

        // Check in: the main action.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 11
            spacing: Theme.spacing

            Heading {
                objectName: "welcomeTitle"
                Layout.fillWidth: true
                // A session's name is longer than "Welcome!": smaller, on up to three lines.
                font.pixelSize: screen.kiosk.device.sessionDoor ? Theme.fontTitle : Theme.fontHuge
                text: screen.kiosk.device.sessionDoor ? screen.welcome.doorSession : qsTr("Welcome!")
                wrapMode: Text.WordWrap
                maximumLineCount: screen.kiosk.device.sessionDoor ? 3 : 2
                elide: Text.ElideRight
            }
            BodyText {
                Layout.fillWidth: true
                visible: screen.kiosk.device.sessionDoor && screen.welcome.doorGroup !== ""
                font.pixelSize: Theme.fontLarge
                text: qsTr("%1 in %2").arg(screen.welcome.doorGroup).arg(screen.welcome.doorRoom)
            }
            BodyText {
                Layout.fillWidth: true
                font.pixelSize: Theme.fontLarge
                color: Theme.inkSoft
                text: qsTr("Scan the QR code on your invitation or badge.")
            }
            Item {
                id: cameraSlot
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: Theme.px(screen.kiosk.device.sessionDoor ? 140 : 260) // a door's title takes more room
            }
            BigButton {
                objectName: "findNameButton"
                Layout.fillWidth: true
                text: qsTr("Find my name")
                onClicked: screen.kiosk.startSearch()
            }
            BigButton {
                objectName: "walkInButton"
                Layout.fillWidth: true
                visible: !screen.kiosk.device.sessionDoor
                outlined: true
                fontSize: Theme.fontBody
                text: qsTr("Not registered? Register here")
                onClicked: screen.kiosk.startWalkIn()
            }
        }

        // Today's programme.
        Panel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 9
            Layout.preferredHeight: screen.portrait ? Theme.px(900) : -1
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.px(14)
                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: qsTr("Today's programme")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.Bold
                    color: Theme.ink
                }
                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: screen.welcome.dayHeading + (screen.welcome.dayTitle !== "" ? " — " + screen.welcome.dayTitle : "")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.inkSoft
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                ListView {
                    objectName: "programme"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    interactive: contentHeight > height
                    model: screen.welcome.programme
                    spacing: Theme.px(6)
                    delegate: Rectangle {
                        required property var modelData
                        width: ListView.view.width
                        height: Math.max(Theme.px(72), titleText.implicitHeight + Theme.px(20))
                        // A session that does not fit wholly is not shown cut in half (scroll for it).
                        opacity: y - ListView.view.contentY + height <= ListView.view.height + 1 ? 1 : 0
                        radius: Theme.px(10)
                        color: modelData.current ? Theme.successSoft : "transparent"
                        Text {
                            textFormat: Text.PlainText
                            id: timeText
                            x: Theme.px(12)
                            y: Theme.px(10)
                            width: Theme.px(110)
                            text: modelData.time
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.Bold
                            color: Theme.primary
                        }
                        Text {
                            textFormat: Text.PlainText
                            id: titleText
                            anchors { left: timeText.right; right: parent.right; rightMargin: Theme.px(12) }
                            y: Theme.px(10)
                            text: modelData.title
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            color: Theme.ink
                            wrapMode: Text.WordWrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                        }
                    }
                }
            }
        }
    }
}
