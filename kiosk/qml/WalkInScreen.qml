import QtQuick
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

    Flickable {
        anchors.fill: parent
        contentHeight: form.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: form
            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing

            Heading {
                Layout.fillWidth: true
                text: qsTr("Register at the door")
            }
            BodyText {
                Layout.fillWidth: true
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
