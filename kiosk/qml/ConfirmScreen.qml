import QtQuick
import QtQuick.Layouts
import Oppmote.Ui
import Oppmote.Kiosk

// The outcome of a check-in, shown after the store committed it. Returns to
// the welcome screen by itself (KioskController).
Item {
    id: screen
    objectName: "confirmScreen"
    required property KioskController kiosk
    readonly property var confirm: kiosk.confirm
    readonly property int state: confirm.state
    readonly property bool good: state === ConfirmController.CheckedIn || state === ConfirmController.AlreadyCheckedIn

    Rectangle {
        anchors.fill: parent
        color: screen.good ? Theme.successSoft
             : screen.state === ConfirmController.Busy ? Theme.background
             : screen.state === ConfirmController.WrongRoom ? Theme.warningSoft : Theme.dangerSoft
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.px(1500))
        spacing: Theme.spacing

        Text {
            textFormat: Text.PlainText
            objectName: "confirmTitle"
            // A very long name is cut with an ellipsis, never pushes the screen apart.
            maximumLineCount: 2
            elide: Text.ElideRight
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontHuge
            font.weight: Font.Bold
            color: screen.good ? Theme.success : screen.state === ConfirmController.WrongRoom ? Theme.warning : Theme.ink
            Accessible.role: Accessible.Heading
            Accessible.name: text
            text: {
                switch (screen.state) {
                case ConfirmController.Busy: return qsTr("One moment…")
                case ConfirmController.CheckedIn: return qsTr("Welcome, %1!").arg(screen.confirm.firstName)
                case ConfirmController.AlreadyCheckedIn: return qsTr("Hello again, %1!").arg(screen.confirm.firstName)
                case ConfirmController.WrongRoom: return qsTr("Wrong room, %1").arg(screen.confirm.firstName)
                default: return qsTr("Something went wrong")
                }
            }
        }
        BodyText {
            objectName: "confirmOrganisation"
            maximumLineCount: 2
            elide: Text.ElideRight
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.fontLarge
            color: Theme.inkSoft
            visible: screen.state !== ConfirmController.Busy && text !== ""
            text: screen.confirm.organisation
        }
        BodyText {
            objectName: "confirmDetail"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.fontLarge
            visible: text !== ""
            text: {
                switch (screen.state) {
                case ConfirmController.CheckedIn: return qsTr("You are checked in.")
                case ConfirmController.AlreadyCheckedIn:
                    return screen.confirm.earlierPlace !== ""
                        ? qsTr("You checked in at %1 (%2).").arg(screen.confirm.earlierTime).arg(screen.confirm.earlierPlace)
                        : qsTr("You checked in at %1.").arg(screen.confirm.earlierTime)
                case ConfirmController.WrongRoom:
                    return qsTr("This room is for %1.").arg(screen.confirm.doorGroupName)
                case ConfirmController.Failed:
                    return screen.confirm.errorText + "\n" + qsTr("Please ask at the desk — we will help you.")
                default: return ""
                }
            }
        }

        // Today's group, if allocated.
        Panel {
            objectName: "groupCard"
            Layout.fillWidth: true
            Layout.preferredHeight: groupColumn.implicitHeight + 2 * Theme.spacing
            visible: screen.state !== ConfirmController.Busy && screen.confirm.groupName !== ""
            border.color: screen.state === ConfirmController.WrongRoom ? Theme.warning : Theme.line
            border.width: Theme.px(3)
            Column {
                id: groupColumn
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacing
                spacing: Theme.px(8)
                Text {
                    textFormat: Text.PlainText
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: screen.state === ConfirmController.WrongRoom ? qsTr("Your group") : qsTr("Your group today")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.inkSoft
                }
                Text {
                    textFormat: Text.PlainText
                    objectName: "groupText"
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    text: screen.confirm.room !== "" ? qsTr("%1 — room %2").arg(screen.confirm.groupName).arg(screen.confirm.room)
                                                     : screen.confirm.groupName
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.Bold
                    color: Theme.ink
                }
                Text {
                    textFormat: Text.PlainText
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    visible: text !== ""
                    text: screen.confirm.groupTheme
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.inkSoft
                }
            }
        }

        BodyText {
            objectName: "badgeStatus"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: screen.good && text !== ""
            text: {
                switch (screen.confirm.badge) {
                case ConfirmController.BadgePrinted: return qsTr("Your badge was printed at %1.").arg(screen.confirm.badgeTime)
                case ConfirmController.BadgeQueued: return qsTr("Your badge is waiting for the printer.")
                case ConfirmController.BadgePrinting: return qsTr("Your badge is being printed.")
                case ConfirmController.BadgeReady: return qsTr("Your badge is ready: take it from the printer.")
                case ConfirmController.BadgeNotPrinted: return qsTr("Pick up your badge at the desk.")
                default: return "" // failed: the reason below says it
                }
            }
        }

        BodyText {
            objectName: "printProblem"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: screen.confirm.printProblem !== ""
            color: Theme.danger
            text: qsTr("%1 You are checked in.").arg(screen.confirm.printProblem)
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            visible: screen.state !== ConfirmController.Busy
            BigButton {
                objectName: "retryBadgeButton"
                Layout.fillWidth: true
                visible: screen.good && screen.confirm.canRetry
                outlined: true
                text: qsTr("Try again")
                onClicked: screen.kiosk.retryBadge()
            }
            BigButton {
                objectName: "reprintButton"
                Layout.fillWidth: true
                visible: screen.confirm.canReprint // where a printer is, and not while a badge is on its way
                outlined: true
                text: qsTr("Print my badge again")
                onClicked: screen.kiosk.requestReprint()
            }
            BigButton {
                objectName: "doneButton"
                Layout.fillWidth: true
                text: qsTr("Done")
                onClicked: screen.kiosk.goHome()
            }
        }
    }
}
