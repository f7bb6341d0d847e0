import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Oppmote.Admin

// The people: searched as the kiosk searches (æ/ø/å folding, one typo),
// filtered by arrival, type and organisation; a name opens the person's card
// (PersonCard), where a person is also added; a list is imported from a file
// (AttendeeImportDialog).
Item {
    id: page
    objectName: "peoplePage"
    required property AttendeeListModel people
    required property PrivacyDesk privacy
    required property PersonDesk person
    required property BadgeDesk badges
    required property AttendeeImportDesk importer
    property string lastMessage: ""
    property bool lastOk: true

    Connections {
        target: page.people
        function onActionDone(ok, message) {
            page.lastOk = ok
            page.lastMessage = message
        }
    }
    Connections {
        target: page.privacy
        function onDone(ok, message) {
            page.lastOk = ok
            page.lastMessage = message
        }
    }

    // For the screenshots.
    function openPerson(attendeeId) { card.openFor(attendeeId) }
    function openHandCheckin(attendeeId) {
        card.close()
        handDialog.ask(attendeeId, page.person.firstName + " " + page.person.lastName, false)
    }

    HandCheckinDialog {
        id: handDialog
        people: page.people
    }

    AttendeeImportDialog {
        id: importDialog
        importer: page.importer
        onFinished: (ok, message) => {
            page.lastOk = ok
            page.lastMessage = message
        }
    }

    PersonCard {
        id: card
        person: page.person
        badges: page.badges
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Desk.spacing
        RowLayout {
            Layout.fillWidth: true
            PageTitle { Layout.fillWidth: true; text: qsTr("People") }
            DeskButton {
                objectName: "importList"
                text: qsTr("Import a list…")
                enabled: !page.importer.busy
                onClicked: importDialog.choose()
            }
            DeskButton {
                objectName: "addPerson"
                text: qsTr("Add a person…")
                onClicked: card.openFor("")
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Desk.spacing
            TextField {
                objectName: "peopleSearch"
                Layout.fillWidth: true
                placeholderText: qsTr("Search by name")
                text: page.people.query
                onTextEdited: page.people.query = text
            }
            ComboBox {
                objectName: "peopleFilter"
                Layout.preferredWidth: 220
                textRole: "title"
                valueRole: "filter"
                model: [
                    { filter: AttendeeListModel.All, title: qsTr("Everyone") },
                    { filter: AttendeeListModel.ArrivedToday, title: qsTr("Arrived today") },
                    { filter: AttendeeListModel.NotArrived, title: qsTr("Not arrived") },
                    { filter: AttendeeListModel.WalkInsPending, title: qsTr("Walk-ins waiting") }
                ]
                onActivated: page.people.filter = currentValue
                Component.onCompleted: currentIndex = indexOfValue(page.people.filter)
            }
            ComboBox {
                id: organisation
                objectName: "peopleOrganisation"
                Layout.preferredWidth: 280
                model: [qsTr("Every organisation")].concat(page.people.organisations)
                onActivated: page.people.organisation = currentIndex === 0 ? "" : currentText
                // The list changes as people register: keep showing the organisation filtered by.
                onModelChanged: currentIndex = Math.max(0, page.people.organisations.indexOf(page.people.organisation) + 1)
                // Organisations are data: shown as plain text.
                delegate: ItemDelegate {
                    required property var modelData
                    required property int index
                    width: organisation.width
                    contentItem: DeskText { text: parent.modelData }
                    highlighted: organisation.highlightedIndex === index
                }
                contentItem: DeskText {
                    leftPadding: 10
                    text: organisation.displayText
                }
            }
        }
        DeskText {
            objectName: "peopleMessage"
            visible: text !== ""
            Layout.fillWidth: true
            text: page.lastMessage
            color: page.lastOk ? Desk.success : Desk.danger
        }
        DeskText {
            objectName: "peopleCount"
            color: Desk.inkSoft
            text: qsTr("%n people", "", page.people.count)
        }
        ListView {
            objectName: "peopleList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.people
            spacing: 2
            ScrollBar.vertical: ScrollBar { }
            delegate: Rectangle {
                required property string attendeeId
                required property string fullName
                required property string organisation
                required property string typeLabel
                required property bool arrived
                required property bool walkInPending
                objectName: "person_" + attendeeId
                width: ListView.view.width
                height: Desk.rowHeight + 6
                color: Desk.surface
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 10
                    anchors.rightMargin: 10
                    spacing: Desk.spacing
                    DeskText {
                        objectName: "open_" + attendeeId
                        Layout.preferredWidth: 260
                        text: fullName
                        font.weight: Font.Bold
                        font.underline: openArea.containsMouse
                        MouseArea {
                            id: openArea
                            anchors.fill: parent
                            hoverEnabled: true
                            cursorShape: Qt.PointingHandCursor
                            onClicked: card.openFor(attendeeId)
                        }
                    }
                    DeskText { Layout.fillWidth: true; text: organisation }
                    DeskText { Layout.preferredWidth: 120; text: typeLabel; color: Desk.inkSoft }
                    DeskText {
                        Layout.preferredWidth: 150
                        objectName: "status_" + attendeeId
                        text: walkInPending ? qsTr("waiting for approval") : (arrived ? qsTr("arrived") : qsTr("not arrived"))
                        color: walkInPending ? Desk.warning : (arrived ? Desk.success : Desk.inkSoft)
                    }
                    // By hand at the desk, with a reason: at the venue, today (the kiosks' rules).
                    DeskButton {
                        objectName: "checkIn_" + attendeeId
                        Layout.preferredWidth: 180
                        visible: !walkInPending
                        text: arrived ? qsTr("Check out or undo…") : qsTr("Check in…")
                        onClicked: handDialog.ask(attendeeId, fullName, arrived)
                    }
                    // A request to see one's data: everything held, saved as a file (the Privacy page).
                    DeskButton {
                        objectName: "exportData_" + attendeeId
                        Layout.preferredWidth: 130
                        text: qsTr("Data access")
                        onClicked: page.privacy.exportPerson(attendeeId)
                    }
                }
            }
        }
    }
}
