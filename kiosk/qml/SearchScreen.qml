import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Oppmote.Ui
import Oppmote.Kiosk

// Find my name: results while typing — first name, surname, organisation.
Item {
    id: screen
    objectName: "searchScreen"
    required property KioskController kiosk
    property bool portrait: false
    readonly property var search: kiosk.search
    // With the on-screen keyboard up, room for four results and the field only.
    readonly property bool compact: Qt.inputMethod.visible

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: screen.compact ? Theme.spacing : Theme.margin
        spacing: Theme.spacing

        Heading {
            Layout.fillWidth: true
            visible: !screen.compact
            text: screen.search.staffSearch ? qsTr("Manual check-in") : qsTr("Find your name")
        }
        InputField {
            id: field
            objectName: "searchField"
            Layout.fillWidth: true
            label: qsTr("Type your first name or surname")
            input.objectName: "searchInput"
            Component.onCompleted: { field.input.text = screen.search.query; field.input.forceActiveFocus() }
            input.onTextChanged: screen.search.query = field.input.text
            // Enter: done typing; the keyboard goes and the whole list and the way back show.
            input.onAccepted: Qt.inputMethod.hide()
            Connections {
                target: screen.search
                function onQueryChanged() {
                    if (field.input.text !== screen.search.query)
                        field.input.text = screen.search.query
                }
            }
        }
        BodyText {
            objectName: "searchHint"
            Layout.fillWidth: true
            color: Theme.inkSoft
            visible: screen.search.tooShort || screen.search.results.count === 0
            text: screen.search.tooShort ? qsTr("Type at least two letters.")
                                         : qsTr("No one found. Check the spelling, or ask at the desk.")
        }
        // The results take the room there is; what does not fit scrolls, so the
        // buttons below are never pushed under the keyboard.
        Flickable {
            objectName: "searchResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: grid.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            GridLayout {
                id: grid
                width: parent.width
                columns: screen.portrait ? 1 : 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.px(16)
                Repeater {
                    model: screen.search.results
                    delegate: Button {
                        id: result
                        required property int index
                        required property string firstName
                        required property string lastName
                        required property string organisation
                        objectName: "result_" + index
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        implicitHeight: Theme.px(screen.compact ? 110 : 150)
                        focusPolicy: Qt.NoFocus
                        text: firstName + " " + lastName
                        Accessible.name: text + ", " + organisation
                        onClicked: screen.search.choose(index)
                        contentItem: Column {
                            leftPadding: Theme.px(28)
                            spacing: Theme.px(4)
                            Text {
                                textFormat: Text.PlainText
                                width: result.width - Theme.px(56)
                                text: result.firstName + " " + result.lastName
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontLarge
                                font.weight: Font.Bold
                                color: Theme.ink
                                elide: Text.ElideRight
                            }
                            Text {
                                textFormat: Text.PlainText
                                width: result.width - Theme.px(56)
                                text: result.organisation
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                color: Theme.inkSoft
                                elide: Text.ElideRight
                            }
                        }
                        background: Rectangle {
                            radius: Theme.radius
                            color: result.down ? Theme.line : Theme.surface
                            border.color: Theme.line
                            border.width: Theme.px(2)
                        }
                    }
                }
            }
        }
        // Always a way back and a way on, also above the keyboard and after "no one
        // found": smaller there, with a key that puts the keyboard away.
        RowLayout {
            Layout.fillWidth: true
            spacing: screen.compact ? Theme.px(16) : Theme.spacing
            BigButton {
                objectName: "searchBackButton"
                Layout.fillWidth: true
                implicitHeight: screen.compact ? Theme.px(96) : Theme.touchMin
                fontSize: screen.compact ? (screen.portrait ? Theme.fontSmall : Theme.fontBody) : Theme.fontLarge
                leftPadding: Theme.px(24)
                rightPadding: Theme.px(24)
                outlined: true
                text: qsTr("Back")
                onClicked: screen.kiosk.goHome()
            }
            BigButton {
                objectName: "notOnListButton"
                Layout.fillWidth: true
                implicitHeight: screen.compact ? Theme.px(96) : Theme.touchMin
                fontSize: screen.compact ? (screen.portrait ? Theme.fontSmall : Theme.fontBody) : Theme.fontLarge
                leftPadding: Theme.px(24)
                rightPadding: Theme.px(24)
                visible: !screen.search.staffSearch && !screen.kiosk.device.sessionDoor
                outlined: true
                text: qsTr("I'm not on the list")
                onClicked: screen.kiosk.startWalkIn()
            }
            BigButton {
                objectName: "hideKeyboardButton"
                Layout.fillWidth: true
                implicitHeight: Theme.px(96)
                fontSize: screen.portrait ? Theme.fontSmall : Theme.fontBody
                leftPadding: Theme.px(24)
                rightPadding: Theme.px(24)
                visible: screen.compact
                outlined: true
                text: qsTr("Hide keyboard")
                onClicked: Qt.inputMethod.hide()
            }
        }
    }
}
