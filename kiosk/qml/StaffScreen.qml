import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Oppmote.Ui
import Oppmote.Kiosk

// Staff mode: act on the person last shown (or whose badge staff scan),
// approve walk-ins, see printer and sync status, switch mode, exit.
Item {
    id: screen
    objectName: "staffScreen"
    required property KioskController kiosk
    property bool portrait: false
    readonly property var staff: kiosk.staff

    Flickable {
        anchors.fill: parent
        contentHeight: content.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        GridLayout {
            id: content
            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            columns: screen.portrait ? 1 : 2
            columnSpacing: Theme.margin
            rowSpacing: Theme.spacing

            // Actions on one attendee
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                spacing: Theme.px(20)
                Heading { Layout.fillWidth: true; text: qsTr("Staff mode") }
                BodyText {
                    objectName: "staffSubject"
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    font.weight: Font.Bold
                    text: screen.staff.subjectName !== "" ? qsTr("Attendee: %1").arg(screen.staff.subjectName)
                                                         : qsTr("Scan a badge to choose an attendee.")
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.px(20)
                    BigButton {
                        objectName: "undoButton"
                        Layout.fillWidth: true
                        enabled: screen.staff.subjectName !== ""
                        fontSize: Theme.fontBody
                        text: qsTr("Undo check-in")
                        onClicked: screen.staff.undoCheckIn()
                    }
                    BigButton {
                        objectName: "staffReprintButton"
                        Layout.fillWidth: true
                        visible: screen.staff.canPrint
                        enabled: screen.staff.subjectName !== ""
                        fontSize: Theme.fontBody
                        text: qsTr("Reprint badge")
                        onClicked: screen.staff.reprint()
                    }
                }
                BigButton {
                    objectName: "manualCheckInButton"
                    Layout.fillWidth: true
                    fontSize: Theme.fontBody
                    text: qsTr("Manual check-in")
                    onClicked: screen.kiosk.manualCheckIn()
                }
                BodyText {
                    objectName: "staffMessage"
                    Layout.fillWidth: true
                    visible: text !== ""
                    color: screen.staff.messageIsProblem ? Theme.danger : Theme.success
                    font.weight: Font.Bold
                    text: screen.staff.message
                }

                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.px(12)
                    text: qsTr("Walk-ins waiting for approval")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.Bold
                    color: Theme.ink
                }
                BodyText {
                    Layout.fillWidth: true
                    visible: screen.staff.walkIns.length === 0
                    color: Theme.inkSoft
                    font.pixelSize: Theme.fontSmall
                    text: qsTr("None.")
                }
                Repeater {
                    model: screen.staff.walkIns
                    delegate: Panel {
                        required property var modelData
                        required property int index
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.px(150)
                        Column {
                            anchors { left: parent.left; leftMargin: Theme.px(24); verticalCenter: parent.verticalCenter; right: approve.left; rightMargin: Theme.px(12) }
                            Text {
                                textFormat: Text.PlainText
                                width: parent.width
                                text: modelData.name
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                                font.weight: Font.Bold
                                color: Theme.ink
                                elide: Text.ElideRight
                            }
                            Text {
                                textFormat: Text.PlainText
                                width: parent.width
                                text: modelData.organisation + (modelData.email !== "" ? " · " + modelData.email : "")
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                color: Theme.inkSoft
                                elide: Text.ElideRight
                            }
                        }
                        BigButton {
                            id: approve
                            objectName: "approve_" + index
                            anchors { right: parent.right; rightMargin: Theme.px(12); verticalCenter: parent.verticalCenter }
                            implicitWidth: Theme.px(300)
                            height: Theme.px(120)
                            color: Theme.success
                            fontSize: Theme.fontSmall
                            text: qsTr("Approve")
                            onClicked: screen.staff.approveWalkIn(modelData.id)
                        }
                    }
                }
            }

            // The kiosk itself
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                spacing: Theme.px(20)
                Heading { Layout.fillWidth: true; text: qsTr("This kiosk") }
                Panel {
                    Layout.fillWidth: true
                    Layout.preferredHeight: status.implicitHeight + 2 * Theme.spacing
                    Column {
                        id: status
                        anchors.centerIn: parent
                        width: parent.width - 2 * Theme.spacing
                        spacing: Theme.px(10)
                        BodyText {
                            width: parent.width
                            text: qsTr("Name: %1").arg(screen.kiosk.device.deviceName)
                        }
                        BodyText {
                            objectName: "hubStatus"
                            width: parent.width
                            text: screen.staff.hubUrl === "" ? qsTr("Hub: not paired — check-ins stay on this kiosk")
                                  : screen.kiosk.device.online ? qsTr("Hub: %1 (connected)").arg(screen.staff.hubUrl)
                                  : qsTr("Hub: %1 (not connected)").arg(screen.staff.hubUrl)
                        }
                        BodyText {
                            objectName: "printerStatus"
                            width: parent.width
                            color: screen.staff.printerProblem !== "" ? Theme.danger : Theme.ink
                            text: screen.staff.printerQueue === "" ? qsTr("Printer: none — badges at the desk")
                                  : screen.staff.printerProblem !== "" ? qsTr("Printer: %1 — %2").arg(screen.staff.printerQueue).arg(screen.staff.printerProblem)
                                  : qsTr("Printer: %1 — ready").arg(screen.staff.printerQueue)
                        }
                        BodyText {
                            objectName: "syncStatus"
                            width: parent.width
                            text: qsTr("Check-ins not yet sent to the hub: %n", "", screen.staff.unsentCheckins)
                        }
                        BodyText {
                            objectName: "syncBadgeStatus"
                            width: parent.width
                            visible: screen.staff.unsentBadgePrints > 0
                            text: qsTr("Badge prints not yet sent: %n", "", screen.staff.unsentBadgePrints)
                        }
                        BodyText {
                            objectName: "syncRefused"
                            width: parent.width
                            color: Theme.danger
                            visible: screen.staff.refusedEvents.length > 0
                            maximumLineCount: 6
                            elide: Text.ElideRight
                            text: qsTr("Put aside by the hub (kept here, ask the organisers):") + "\n"
                                  + screen.staff.refusedEvents.join("\n")
                        }
                    }
                }
                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: qsTr("Mode")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.Bold
                    color: Theme.ink
                }
                ComboBox {
                    id: modeBox
                    objectName: "modeBox"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchMin
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    model: screen.staff.modes
                    textRole: "label"
                    valueRole: "key"
                    displayText: currentIndex === 0 ? qsTr("Entrance") : currentText
                    Accessible.name: qsTr("Mode")
                    Component.onCompleted: currentIndex = Math.max(0, indexOfValue(screen.staff.modeText))
                    onActivated: screen.kiosk.setMode(currentValue)
                    // Session titles are data: shown as plain text, never as markup.
                    delegate: ItemDelegate {
                        id: modeItem
                        required property int index
                        required property var modelData
                        width: modeBox.width
                        height: Theme.touchMin
                        highlighted: modeBox.highlightedIndex === index
                        Accessible.name: contentItem.text
                        contentItem: Text {
                            textFormat: Text.PlainText
                            text: modeItem.index === 0 ? qsTr("Entrance") : modeItem.modelData.label
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            color: Theme.ink
                            elide: Text.ElideRight
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                    background: Rectangle {
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: Theme.primary
                        border.width: Theme.px(3)
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.px(20)
                    BigButton {
                        objectName: "lockButton"
                        Layout.fillWidth: true
                        fontSize: Theme.fontBody
                        outlined: true
                        text: qsTr("Back to check-in")
                        onClicked: screen.kiosk.goHome()
                    }
                    BigButton {
                        objectName: "exitButton"
                        Layout.fillWidth: true
                        fontSize: Theme.fontBody
                        color: Theme.danger
                        text: qsTr("Exit the app")
                        onClicked: screen.kiosk.exitApp()
                    }
                }
            }
        }
    }
}
