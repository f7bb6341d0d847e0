import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Oppmote.Ui
import Oppmote.Kiosk

// The staff PIN pad.
Item {
    id: screen
    objectName: "staffPinScreen"
    required property KioskController kiosk
    readonly property var staff: kiosk.staff
    // Keys as large as the room left by the heading, the dots, the message and
    // "Cancel" allows (four rows), so nothing is cut at any screen size.
    readonly property int key: Math.max(Theme.px(72), Math.min(Theme.px(170),
        (height - 2 * Theme.spacing - title.implicitHeight - Theme.px(48) - refused.implicitHeight
         - cancel.implicitHeight - 4 * column.spacing - 3 * Theme.px(18)) / 4))

    ColumnLayout {
        id: column
        anchors.centerIn: parent
        spacing: Theme.spacing

        Heading {
            id: title
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Staff PIN")
        }
        Row {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredHeight: Theme.px(48)
            spacing: Theme.px(18)
            Repeater {
                model: Math.max(4, screen.staff.pinLength)
                Rectangle {
                    required property int index
                    width: Theme.px(40); height: width; radius: width / 2
                    color: index < screen.staff.pinLength ? Theme.ink : "transparent"
                    border.color: Theme.ink
                    border.width: Theme.px(3)
                }
            }
        }
        BodyText {
            id: refused
            objectName: "pinRefused"
            Layout.alignment: Qt.AlignHCenter
            color: Theme.danger
            font.weight: Font.Bold
            text: screen.staff.checking ? qsTr("Checking…") : screen.staff.pinRefused ? qsTr("Wrong PIN. Try again.") : " "
        }
        Grid {
            Layout.alignment: Qt.AlignHCenter
            columns: 3
            spacing: Theme.px(18)
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
                delegate: BigButton {
                    required property string modelData
                    objectName: modelData === "OK" ? "pinOk" : modelData === "⌫" ? "pinBack" : "pin_" + modelData
                    width: screen.key * 1.4
                    height: screen.key
                    implicitWidth: width
                    leftPadding: Theme.px(8) // "OK" and "⌫" fit the smallest key
                    rightPadding: Theme.px(8)
                    text: modelData
                    Accessible.name: modelData === "⌫" ? qsTr("Delete") : modelData === "OK" ? qsTr("OK") : modelData
                    color: modelData === "OK" ? Theme.success : Theme.primary
                    outlined: modelData === "⌫"
                    onClicked: {
                        if (modelData === "OK") screen.staff.submitPin()
                        else if (modelData === "⌫") screen.staff.backspace()
                        else screen.staff.appendDigit(modelData)
                    }
                }
            }
        }
        BigButton {
            id: cancel
            objectName: "pinCancel"
            Layout.alignment: Qt.AlignHCenter
            outlined: true
            text: qsTr("Cancel")
            onClicked: screen.kiosk.goHome()
        }
    }
}
