import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Oppmote.Admin

// The desk: a side bar of pages, the page, and a banner when the store fails.
ApplicationWindow {
    id: root
    required property AdminNavigation navigation
    required property AttendanceModel attendance
    required property ArrivalCurveModel arrivals
    required property OrganisationAttendanceModel organisations
    required property AttendeeListModel people
    required property WalkInQueueModel walkIns
    required property DeviceListModel devices
    required property AllocationEditorModel groups
    required property AllocationRunsModel groupRuns
    required property BadgeDesk badges
    required property KioskPairing pairing
    required property ReportSaver reports
    required property PrivacyDesk privacy
    required property PersonDesk person
    required property AttendeeImportDesk attendeeImport
    required property ProgramDesk programme
    property string storeError: ""

    title: qsTr("Oppmøte – organisers' desk")
    visible: true
    color: Desk.background
    font.family: Desk.fontFamily
    font.pixelSize: Desk.fontBody

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 210
            color: Desk.sidebar
            ColumnLayout {
                anchors.fill: parent
                anchors.topMargin: Desk.margin
                spacing: 2
                DeskText {
                    Layout.leftMargin: Desk.margin
                    Layout.bottomMargin: Desk.margin
                    text: "Oppmøte"
                    color: Desk.inkOnDark
                    font.pixelSize: Desk.fontTitle
                    font.weight: Font.Bold
                }
                Repeater {
                    model: [
                        { page: AdminNavigation.Dashboard, name: "dashboard", title: qsTr("Dashboard") },
                        { page: AdminNavigation.People, name: "people", title: qsTr("People") },
                        { page: AdminNavigation.WalkIns, name: "walkIns", title: qsTr("Walk-ins") },
                        { page: AdminNavigation.Programme, name: "programme", title: qsTr("Programme") },
                        { page: AdminNavigation.GroupWork, name: "groupWork", title: qsTr("Group work") },
                        { page: AdminNavigation.Badges, name: "badges", title: qsTr("Badges") },
                        { page: AdminNavigation.Devices, name: "devices", title: qsTr("Kiosks") },
                        { page: AdminNavigation.Reports, name: "reports", title: qsTr("Reports") },
                        { page: AdminNavigation.Privacy, name: "privacy", title: qsTr("Privacy") }
                    ]
                    delegate: ItemDelegate {
                        required property var modelData
                        objectName: "nav_" + modelData.name
                        Layout.fillWidth: true
                        highlighted: root.navigation.page === modelData.page
                        onClicked: root.navigation.show(modelData.page)
                        text: modelData.title
                              + (modelData.page === AdminNavigation.WalkIns && root.walkIns.count > 0
                                 ? " (" + root.walkIns.count + ")" : "")
                        background: Rectangle {
                            color: parent.highlighted ? Desk.sidebarActive : "transparent"
                        }
                        contentItem: DeskText {
                            leftPadding: Desk.margin - 12
                            text: parent.text
                            color: Desk.inkOnDark
                            font.weight: parent.highlighted ? Font.Bold : Font.Normal
                        }
                    }
                }
                Item { Layout.fillHeight: true }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0
            Rectangle {
                objectName: "storeErrorBanner"
                visible: root.storeError !== ""
                Layout.fillWidth: true
                implicitHeight: errorText.implicitHeight + 2 * Desk.spacing
                color: Desk.dangerSoft
                DeskText {
                    id: errorText
                    anchors.fill: parent
                    anchors.margins: Desk.spacing
                    wrapMode: Text.WordWrap
                    color: Desk.danger
                    text: qsTr("The database could not be opened: %1").arg(root.storeError)
                }
            }
            // The live figures could not be read again (the hub busy, a disk
            // error): what shows may be old, and the desk is told so.
            Rectangle {
                objectName: "readErrorBanner"
                readonly property string message: root.attendance.error || root.arrivals.error
                                                  || root.organisations.error || root.people.error
                                                  || root.walkIns.error || root.devices.error
                                                  || root.badges.error
                visible: message !== "" && root.storeError === ""
                Layout.fillWidth: true
                implicitHeight: readErrorText.implicitHeight + 2 * Desk.spacing
                color: Desk.dangerSoft
                DeskText {
                    id: readErrorText
                    anchors.fill: parent
                    anchors.margins: Desk.spacing
                    wrapMode: Text.WordWrap
                    color: Desk.danger
                    text: qsTr("The latest figures could not be read; what shows may be out of date: %1").arg(parent.message)
                }
            }
            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.margins: Desk.margin
                currentIndex: root.navigation.page
                DashboardPage {
                    attendance: root.attendance
                    arrivals: root.arrivals
                    organisations: root.organisations
                    devices: root.devices
                }
                PeoplePage { people: root.people; privacy: root.privacy; person: root.person; badges: root.badges; importer: root.attendeeImport }
                WalkInsPage { walkIns: root.walkIns; person: root.person; badges: root.badges }
                ProgrammePage { programme: root.programme }
                GroupWorkPage { groups: root.groups; runs: root.groupRuns }
                BadgesPage { badges: root.badges }
                DevicesPage { devices: root.devices; pairing: root.pairing }
                ReportsPage { reports: root.reports }
                PrivacyPage { privacy: root.privacy }
            }
        }
    }
}
