import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Oppmote.Admin

// Walk-ins registered at a kiosk, waiting for the desk: approving one gives
// them a code and checks them in (one transaction, in the store); a typo is
// corrected first on the person's card.
Item {
    id: page
    objectName: "walkInsPage"
    required property WalkInQueueModel walkIns
    required property PersonDesk person
    required property BadgeDesk badges
    property string lastMessage: ""
    property bool lastOk: true

    Connections {
        target: page.walkIns
        function onActionDone(ok, message) {
            page.lastOk = ok
            page.lastMessage = message
        }
    }

    PersonCard {
        id: card
        person: page.person
        badges: page.badges
    }

    // Turning someone down is asked once more, with a reason for the record.
    Dialog {
        id: rejectDialog
        objectName: "rejectDialog"
        property string attendeeId
        property string personName
        function ask(id, name) {
            attendeeId = id
            personName = name
            reason.text = ""
            open()
            reason.forceActiveFocus()
        }
        anchors.centerIn: parent
        modal: true
        width: 460
        header: PageTitle {
            padding: Desk.margin
            text: qsTr("Turn down %1?").arg(rejectDialog.personName)
            wrapMode: Text.WordWrap
            elide: Text.ElideNone
        }
        contentItem: ColumnLayout {
            spacing: Desk.spacing
            DeskText {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("They will not be registered or counted. The kiosks hear of it at their next sync.")
            }
            TextField {
                id: reason
                objectName: "rejectReason"
                Layout.fillWidth: true
                placeholderText: qsTr("Reason (optional)")
            }
        }
        footer: RowLayout {
            spacing: Desk.spacing
            Item { Layout.fillWidth: true }
            DeskButton {
                objectName: "rejectCancel"
                text: qsTr("Cancel")
                onClicked: rejectDialog.reject()
            }
            DeskButton {
                objectName: "rejectConfirm"
                Layout.rightMargin: Desk.margin
                Layout.bottomMargin: Desk.margin
                text: qsTr("Turn down")
                onClicked: rejectDialog.accept()
            }
        }
        onAccepted: page.walkIns.reject(attendeeId, reason.text.trim())
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Desk.spacing
        PageTitle { text: qsTr("Walk-ins waiting") }
        DeskText {
            objectName: "walkInsMessage"
            visible: text !== ""
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: page.lastMessage
            color: page.lastOk ? Desk.success : Desk.danger
        }
        DeskText {
            objectName: "walkInsEmpty"
            visible: page.walkIns.count === 0
            color: Desk.inkSoft
            text: qsTr("No one is waiting.")
        }
        ListView {
            objectName: "walkInsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.walkIns
            spacing: 4
            delegate: Rectangle {
                required property string attendeeId
                required property string name
                required property string organisation
                required property var registeredAt
                required property string registeredOn
                width: ListView.view.width
                height: 48
                color: Desk.surface
                border.color: Desk.line
                RowLayout {
                    anchors.fill: parent
                    anchors.margins: 8
                    spacing: Desk.spacing
                    DeskText { Layout.preferredWidth: 280; text: name; font.weight: Font.Bold }
                    DeskText { Layout.fillWidth: true; text: organisation }
                    DeskText {
                        Layout.preferredWidth: 200
                        color: Desk.inkSoft
                        font.pixelSize: Desk.fontSmall
                        text: (registeredAt && !isNaN(registeredAt.getTime())
                               ? Qt.formatDateTime(registeredAt, "hh:mm") : "")
                              + (registeredOn ? "  " + registeredOn : "")
                    }
                    DeskButton {
                        objectName: "edit_" + attendeeId
                        text: qsTr("Correct…")
                        onClicked: card.openFor(attendeeId)
                    }
                    DeskButton {
                        objectName: "approve_" + attendeeId
                        text: qsTr("Approve and check in")
                        onClicked: page.walkIns.approve(attendeeId)
                    }
                    DeskButton {
                        objectName: "reject_" + attendeeId
                        text: qsTr("Turn down…")
                        onClicked: rejectDialog.ask(attendeeId, name)
                    }
                }
            }
        }
    }
}
