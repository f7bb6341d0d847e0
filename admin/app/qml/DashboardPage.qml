import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Oppmote.Admin

// Live attendance: the venue over all days as figures, then each day and its
// sessions as rows (expected, arrived, at the door, not yet, no-shows,
// duplicate admissions), and the kiosks beside them. Every figure is the
// store's (AttendanceModel); the page only lays them out.
Item {
    id: page
    objectName: "dashboardPage"
    required property AttendanceModel attendance
    required property DeviceListModel devices

    RowLayout {
        anchors.fill: parent
        spacing: Desk.margin

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Desk.spacing
            PageTitle { text: qsTr("Attendance") }

            ListView {
                id: table
                objectName: "attendanceTable"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: page.attendance
                spacing: 2
                delegate: Loader {
                    id: line
                    required property string kind
                    required property string title
                    required property string day
                    required property string starts
                    required property string sessionKey
                    required property int expected
                    required property int arrived
                    required property int walkIns
                    required property int notYet
                    required property int noShows
                    required property int duplicates
                    required property int present
                    required property int checkedIn
                    width: table.width
                    sourceComponent: kind === "venue" ? venueFigures : row
                    Component {
                        id: venueFigures
                        // The venue row comes first: its figures, then the table's header.
                        Item {
                            implicitHeight: figures.implicitHeight + Desk.spacing + Desk.rowHeight
                            AttendanceColumns {
                                anchors.bottom: parent.bottom
                                width: parent.width
                                height: Desk.rowHeight
                                header: true
                                title: qsTr("Day and session")
                                expected: qsTr("Expected")
                                arrived: qsTr("Arrived")
                                atDoor: qsTr("At the door")
                                notYet: qsTr("Not yet")
                                noShows: qsTr("No-shows")
                                duplicates: qsTr("Twice")
                            }
                            RowLayout {
                                id: figures
                                width: parent.width
                                spacing: Desk.spacing
                                Figure {
                                    objectName: "venueArrived"
                                    Layout.fillWidth: true
                                    label: qsTr("arrived of %1 expected").arg(line.expected)
                                    value: line.arrived
                                    accent: Desk.success
                                }
                                Figure {
                                    objectName: "venueNotYet"
                                    Layout.fillWidth: true
                                    label: qsTr("not arrived yet")
                                    value: line.notYet
                                }
                                Figure {
                                    objectName: "venueNoShows"
                                    Layout.fillWidth: true
                                    label: qsTr("did not come")
                                    value: line.noShows
                                }
                                Figure {
                                    objectName: "venuePresent"
                                    Layout.fillWidth: true
                                    label: qsTr("here now")
                                    value: line.present
                                }
                                Figure {
                                    objectName: "venueWalkIns"
                                    Layout.fillWidth: true
                                    label: qsTr("walk-ins")
                                    value: line.walkIns
                                }
                                Figure {
                                    objectName: "venueDuplicates"
                                    Layout.fillWidth: true
                                    label: qsTr("admitted twice")
                                    value: line.duplicates
                                    accent: line.duplicates > 0 ? Desk.danger : Desk.ink
                                }
                            }
                        }
                    }
                    Component {
                        id: row
                        AttendanceColumns {
                            objectName: "attendanceRow_" + line.kind + "_" + (line.sessionKey || line.day)
                            height: Desk.rowHeight
                            bold: line.kind === "day"
                            title: line.kind === "day" ? line.day : line.starts + "  " + line.title
                            expected: line.expected
                            arrived: line.arrived
                            atDoor: line.kind === "session" ? line.checkedIn : ""
                            notYet: line.notYet
                            noShows: line.noShows
                            duplicates: line.duplicates
                        }
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: false
            Layout.preferredWidth: 300
            Layout.maximumWidth: 300
            Layout.fillHeight: true
            spacing: Desk.spacing
            PageTitle { text: qsTr("Kiosks") }
            ListView {
                objectName: "dashboardKiosks"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: page.devices
                spacing: 4
                delegate: DeviceRow { width: ListView.view.width }
            }
        }
    }
}
