import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Oppmote.Admin

// One person at the desk: their details (contact details too: the desk is
// the organisers'), saved with the import's rules; a new code; the ticket as
// PDF; their badge printed again. A new person is added through the same form.
Dialog {
    id: card
    required property PersonDesk person
    required property BadgeDesk badges
    property string message: ""
    property bool messageOk: true
    property bool confirmingNewCode: false
    readonly property bool adding: person.attendeeId === ""

    function openFor(attendeeId) {
        message = ""
        confirmingNewCode = false
        if (attendeeId === "")
            person.openNew()
        else
            person.open(attendeeId)
        open()
        firstName.forceActiveFocus()
    }
    function fill() {
        firstName.text = person.firstName
        lastName.text = person.lastName
        organisation.text = person.organisation
        role.text = person.role
        email.text = person.email
        phone.text = person.phone
        type.currentIndex = Math.max(0, type.indexOfValue(person.typeName))
    }
    function say(ok, text) {
        messageOk = ok
        message = text
    }

    Connections {
        target: card.person
        function onPersonChanged() { card.fill() }
        function onDone(ok, message) { card.say(ok, message) }
    }
    Connections {
        target: card.badges
        enabled: card.visible
        function onActionDone(ok, message) {
            card.say(ok, message)
            if (ok)
                card.person.countBadges()
        }
    }

    anchors.centerIn: parent
    modal: true
    implicitWidth: 720 // a constant: the content's own width would depend on the dialog's
    width: Math.min(parent.width - 2 * Desk.margin, implicitWidth)
    header: PageTitle {
        padding: Desk.margin
        text: card.adding ? qsTr("Add a person") : (card.person.firstName + " " + card.person.lastName)
        elide: Text.ElideRight
    }
    contentItem: ColumnLayout {
        spacing: Desk.spacing
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Desk.spacing
            rowSpacing: 6
            DeskText { text: qsTr("First name") }
            TextField { id: firstName; objectName: "personFirstName"; Layout.fillWidth: true }
            DeskText { text: qsTr("Last name") }
            TextField { id: lastName; objectName: "personLastName"; Layout.fillWidth: true }
            DeskText { text: qsTr("Organisation") }
            TextField { id: organisation; objectName: "personOrganisation"; Layout.fillWidth: true }
            DeskText { text: qsTr("Job title") }
            TextField { id: role; objectName: "personRole"; Layout.fillWidth: true }
            DeskText { text: qsTr("E-mail") }
            TextField { id: email; objectName: "personEmail"; Layout.fillWidth: true }
            DeskText { text: qsTr("Phone") }
            TextField { id: phone; objectName: "personPhone"; Layout.fillWidth: true }
            DeskText { text: qsTr("Type") }
            DeskChoice {
                id: type
                objectName: "personType"
                Layout.fillWidth: true
                enabled: !card.person.waitingWalkIn
                model: card.person.types
                textRole: "title"
                valueRole: "name"
            }
            DeskText { visible: !card.adding; text: qsTr("Code") }
            DeskText {
                objectName: "personCode"
                visible: !card.adding
                font.family: "Noto Sans Mono"
                text: card.person.code !== "" ? card.person.code : qsTr("none")
            }
            DeskText { visible: !card.adding; text: qsTr("Badges") }
            DeskText {
                objectName: "personBadges"
                visible: !card.adding
                text: qsTr("%n printed", "", card.person.badgesPrinted)
            }
        }
        // What needs the person stored: a code, a ticket, a badge.
        RowLayout {
            visible: !card.adding
            Layout.fillWidth: true
            spacing: Desk.spacing
            // A waiting walk-in gets its code by being approved, not here.
            DeskButton {
                objectName: "personNewCode"
                visible: !card.confirmingNewCode && card.person.code !== ""
                enabled: !card.person.busy
                text: qsTr("New code…")
                onClicked: card.confirmingNewCode = true
            }
            DeskText {
                visible: card.confirmingNewCode
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Desk.warning
                text: qsTr("The old code stops working at every kiosk.")
            }
            DeskButton {
                objectName: "personNewCodeConfirm"
                visible: card.confirmingNewCode
                text: qsTr("Give a new code")
                onClicked: {
                    card.confirmingNewCode = false
                    card.person.giveNewCode()
                }
            }
            DeskButton {
                visible: card.confirmingNewCode
                text: qsTr("Keep the code")
                onClicked: card.confirmingNewCode = false
            }
            DeskButton {
                objectName: "personTicket"
                visible: !card.confirmingNewCode
                enabled: !card.person.busy && card.person.code !== ""
                text: qsTr("Save ticket (PDF)")
                onClicked: card.person.saveTicket()
            }
            Item { Layout.fillWidth: true; visible: !card.confirmingNewCode }
            DeskChoice {
                id: printer
                objectName: "personPrinter"
                visible: !card.confirmingNewCode
                Layout.preferredWidth: 200
                model: card.badges.printers
                textRole: "name"
                valueRole: "name"
                displayText: count === 0 ? qsTr("No printer") : currentText
            }
            DeskButton {
                objectName: "personPrintBadge"
                visible: !card.confirmingNewCode
                enabled: !card.badges.busy && printer.currentIndex >= 0 && card.person.code !== ""
                text: qsTr("Print badge")
                onClicked: card.badges.printFor(card.person.attendeeId, printer.currentValue)
            }
        }
        DeskText {
            objectName: "personMessage"
            visible: text !== ""
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            elide: Text.ElideNone
            color: card.messageOk ? Desk.success : Desk.danger
            text: card.message
        }
    }
    footer: RowLayout {
        spacing: Desk.spacing
        Item { Layout.fillWidth: true }
        DeskButton {
            objectName: "personClose"
            Layout.bottomMargin: Desk.margin
            text: qsTr("Close")
            onClicked: card.close()
        }
        DeskButton {
            objectName: "personSave"
            Layout.rightMargin: Desk.margin
            Layout.bottomMargin: Desk.margin
            enabled: !card.person.busy
            text: card.adding ? qsTr("Add") : qsTr("Save")
            onClicked: card.person.save({
                firstName: firstName.text, lastName: lastName.text, organisation: organisation.text,
                role: role.text, email: email.text, phone: phone.text, type: type.currentValue
            })
        }
    }
}
