import QtQuick
import QtQuick.Window
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Oppmote.Ui
import Oppmote.Kiosk

// Walk-in self-registration; staff approve it before the badge is printed.
Item {
    id: screen
    objectName: "walkInScreen"
    required property KioskController kiosk
    property bool portrait: false
    readonly property var walkIn: kiosk.walkIn

    // The field being typed in stays in sight above the on-screen keyboard.
    function showFocused() {
        const focused = Window.activeFocusItem
        if (!focused || !form.contains(form.mapFromItem(focused, 0, 0)))
            return
        const top = form.mapFromItem(focused, 0, 0).y + form.y - Theme.px(70) // with its label
        const bottom = top + focused.height + Theme.px(70) + Theme.spacing
        if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.min(bottom - flick.height, flick.contentHeight - flick.height)
        else if (top < flick.contentY)
            flick.contentY = Math.max(0, top)
    }
    // With the on-screen keyboard up, only the fields and the buttons.
    readonly property bool compact: Qt.inputMethod.visible
    Connections {
        target: screen.Window.window
        function onActiveFocusItemChanged() { Qt.callLater(screen.showFocused) }
    }

    Flickable {
        id: flick
        anchors { left: parent.left; right: parent.right; top: parent.top; bottom: buttons.top }
        contentHeight: form.y + form.implicitHeight + Theme.spacing
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        onHeightChanged: Qt.callLater(screen.showFocused) // the keyboard came up
        onContentHeightChanged: Qt.callLater(screen.showFocused)

        ColumnLayout {
            id: form
            x: Theme.margin
            y: screen.compact ? Theme.spacing : Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing

            Heading {
                Layout.fillWidth: true
                visible: !screen.compact
                text: qsTr("Register at the door")
            }
            BodyText {
                Layout.fillWidth: true
                visible: !screen.compact
                color: Theme.inkSoft
                text: qsTr("A member of staff confirms your registration before your badge is printed.")
            }
            GridLayout {
                Layout.fillWidth: true
                columns: screen.portrait ? 1 : 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                InputField {
                    id: firstName
                    objectName: "walkInFirstName"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    label: qsTr("First name")
                    input.objectName: "walkInFirstNameInput"
                    input.text: screen.walkIn.firstName
                    input.onTextEdited: screen.walkIn.firstName = input.text
                    Component.onCompleted: input.forceActiveFocus()
                }
                InputField {
                    objectName: "walkInLastName"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    label: qsTr("Surname")
                    input.objectName: "walkInLastNameInput"
                    input.text: screen.walkIn.lastName
                    input.onTextEdited: screen.walkIn.lastName = input.text
                }
                InputField {
                    objectName: "walkInOrganisation"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    label: qsTr("Organisation")
                    input.objectName: "walkInOrganisationInput"
                    input.text: screen.walkIn.organisation
                    input.onTextEdited: screen.walkIn.organisation = input.text
                }
                InputField {
                    objectName: "walkInEmail"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    label: qsTr("E-mail (optional)")
                    input.objectName: "walkInEmailInput"
                    input.inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                    input.text: screen.walkIn.email
                    input.onTextEdited: screen.walkIn.email = input.text
                }
            }
        }
    }

    // Always in sight, never scrolled away: the consent, a refusal, and the buttons.
    Rectangle {
        id: buttons
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: bottomColumn.implicitHeight + 2 * Theme.spacing
        color: Theme.background
        ColumnLayout {
            id: bottomColumn
            anchors { fill: parent; leftMargin: Theme.margin; rightMargin: Theme.margin; topMargin: Theme.spacing; bottomMargin: Theme.spacing }
            spacing: Theme.px(16)
            CheckBox {
                id: consent
                objectName: "walkInConsent"
                Layout.fillWidth: true
                focusPolicy: Qt.NoFocus
                checked: screen.walkIn.consent
                onToggled: screen.walkIn.consent = checked
                text: qsTr("My name and organisation may appear on lists shared with other attendees.")
                Accessible.name: text
                indicator: Rectangle {
                    implicitWidth: Theme.px(72)
                    implicitHeight: Theme.px(72)
                    x: consent.leftPadding
                    y: (consent.height - height) / 2
                    radius: Theme.px(10)
                    color: consent.checked ? Theme.primary : Theme.surface
                    border.color: Theme.primary
                    border.width: Theme.px(4)
                    Text {
                        textFormat: Text.PlainText
                        anchors.centerIn: parent
                        visible: consent.checked
                        text: "✓"
                        color: Theme.textOnPrimary
                        font.pixelSize: Theme.fontLarge
                    }
                }
                contentItem: Text {
                    textFormat: Text.PlainText
                    leftPadding: consent.indicator.width + Theme.px(24)
                    text: consent.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                    verticalAlignment: Text.AlignVCenter
                }
            }
            BodyText {
                objectName: "walkInError"
                Layout.fillWidth: true
                visible: text !== ""
                color: Theme.danger
                font.weight: Font.Bold
                text: screen.walkIn.error
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                BigButton {
                    objectName: "walkInCancelButton"
                    Layout.fillWidth: true
                    outlined: true
                    text: qsTr("Cancel")
                    onClicked: screen.kiosk.goHome()
                }
                BigButton {
                    objectName: "walkInSubmitButton"
                    Layout.fillWidth: true
                    enabled: !screen.walkIn.busy
                    text: qsTr("Send registration")
                    onClicked: screen.walkIn.submit()
                }
            }
        }
    }
}
