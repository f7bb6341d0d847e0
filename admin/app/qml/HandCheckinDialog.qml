import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Oppmote.Admin

// A check-in, check-out or undo done by hand at the desk, with the reason
// kept on the event (AttendeeListModel: a reason is required). Someone who
// has arrived is checked out (they left) or their check-in undone (a mistake).
Dialog {
    id: dialog
    required property AttendeeListModel people
    property string attendeeId
    property string personName
    property bool arrived: false
    readonly property bool undo: arrived && undoChoice.checked

    function ask(id, name, hasArrived) {
        attendeeId = id
        personName = name
        arrived = hasArrived
        checkOutChoice.checked = true
        reason.text = ""
        open()
        reason.forceActiveFocus()
    }
    function confirm() {
        if (reason.text.trim() === "")
            return
        if (!arrived)
            people.checkIn(attendeeId, reason.text)
        else if (undo)
            people.undoCheckIn(attendeeId, reason.text)
        else
            people.checkOut(attendeeId, reason.text)
        accept()
    }

    anchors.centerIn: parent
    modal: true
    width: 520
    implicitWidth: 520 // constant: the wrapped text below would loop the binding
    header: PageTitle {
        padding: Desk.margin
        text: dialog.arrived ? qsTr("Check out or undo by hand") : qsTr("Check in by hand")
    }
    contentItem: ColumnLayout {
        spacing: Desk.spacing
        DeskText {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.weight: Font.Bold
            text: dialog.personName
        }
        RadioButton {
            id: checkOutChoice
            objectName: "handCheckOut"
            visible: dialog.arrived
            text: qsTr("Check out: they left")
            Accessible.name: text
            contentItem: DeskText { leftPadding: checkOutChoice.indicator.width + 6; text: checkOutChoice.text }
        }
        RadioButton {
            id: undoChoice
            objectName: "handUndo"
            visible: dialog.arrived
            text: qsTr("Undo the check-in: it was a mistake")
            Accessible.name: text
            contentItem: DeskText { leftPadding: undoChoice.indicator.width + 6; text: undoChoice.text }
        }
        DeskText { text: qsTr("Why by hand? Kept with the check-in.") }
        TextField {
            id: reason
            objectName: "handReason"
            Layout.fillWidth: true
            maximumLength: 200
            placeholderText: !dialog.arrived ? qsTr("e.g. forgot the invitation")
                           : dialog.undo ? qsTr("e.g. checked in the wrong person")
                           : qsTr("e.g. left after lunch")
            Accessible.name: qsTr("Reason")
            onAccepted: dialog.confirm()
        }
    }
    footer: RowLayout {
        spacing: Desk.spacing
        Item { Layout.fillWidth: true }
        DeskButton {
            text: qsTr("Cancel")
            Layout.bottomMargin: Desk.margin
            onClicked: dialog.reject()
        }
        DeskButton {
            objectName: "handConfirm"
            Layout.rightMargin: Desk.margin
            Layout.bottomMargin: Desk.margin
            enabled: reason.text.trim() !== ""
            text: !dialog.arrived ? qsTr("Check in") : dialog.undo ? qsTr("Undo check-in") : qsTr("Check out")
            onClicked: dialog.confirm()
        }
    }
}
