import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Oppmote.Admin

// Live attendance: the venue over all days as figures, then each day and its
// sessions as rows (expected, arrived, at the door, not yet, no-shows,
// duplicate admissions); today's arrivals per five minutes as a chart; the
// kiosks and today's arrivals per organisation beside them. Every figure is
// the store's (the app kit's models); the page only lays them out.
Item {
    id: page
    objectName: "dashboardPage"
    required property AttendanceModel attendance
    required property ArrivalCurveModel arrivals
    required property OrganisationAttendanceModel organisations
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

            // Arrivals today per interval: the queue building and easing.
            ChartView {
                objectName: "arrivalChart"
                Layout.fillWidth: true
                Layout.preferredHeight: 200
                antialiasing: true
                legend.visible: false
                backgroundRoundness: 6
                margins { top: 2; bottom: 2; left: 2; right: 2 }
                title: qsTr("Arrivals today per %n minute(s): %1 in all", "", page.arrivals.minutes).arg(page.arrivals.total)
                titleFont.family: Desk.fontFamily
                titleFont.pixelSize: Desk.fontSmall
                titleFont.bold: true
                ValueAxis {
                    id: arrivalsAxis
                    min: 0
                    max: Math.max(5, page.arrivals.peak)
                    // Whole people: a tick every 1, 2, 3 … arrivals, at most six.
                    tickType: ValueAxis.TicksDynamic
                    tickAnchor: 0
                    tickInterval: Math.max(1, Math.ceil(max / 5))
                    labelFormat: "%d"
                    labelsFont.family: Desk.fontFamily
                }
                DateTimeAxis {
                    id: timeAxis
                    min: page.arrivals.from
                    max: page.arrivals.to
                    format: "HH:mm"
                    tickCount: 7
                    labelsFont.family: Desk.fontFamily
                }
                AreaSeries {
                    axisX: timeAxis
                    axisY: arrivalsAxis
                    color: Desk.chartFill
                    borderColor: Desk.sidebar
                    borderWidth: 2
                    upperSeries: LineSeries {
                        VXYModelMapper {
                            model: page.arrivals
                            xColumn: 0
                            yColumn: 1
                        }
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: false
            Layout.preferredWidth: 320
            Layout.maximumWidth: 320
            Layout.fillHeight: true
            spacing: Desk.spacing
            PageTitle { text: qsTr("Kiosks") }
            ListView {
                objectName: "dashboardKiosks"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(contentHeight, 240)
                clip: true
                model: page.devices
                spacing: 4
                delegate: DeviceRow { width: ListView.view.width }
            }
            PageTitle { text: qsTr("Today per organisation") }
            ListView {
                objectName: "dashboardOrganisations"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: page.organisations
                spacing: 2
                ScrollBar.vertical: ScrollBar { }
                delegate: Rectangle {
                    required property string organisation
                    required property int expected
                    required property int arrived
                    required property real share
                    objectName: "organisation_" + organisation
                    width: ListView.view.width
                    height: Desk.rowHeight
                    color: Desk.surface
                    // The share as a bar behind the name.
                    Rectangle {
                        anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
                        width: parent.width * Math.min(1, share)
                        color: Desk.chartFill
                    }
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: 8
                        anchors.rightMargin: 8
                        DeskText { Layout.fillWidth: true; text: organisation; font.pixelSize: Desk.fontSmall }
                        DeskText {
                            objectName: "organisationCount_" + organisation
                            text: arrived + " / " + expected
                            font.pixelSize: Desk.fontSmall
                            font.weight: Font.Bold
                        }
                    }
                }
            }
        }
    }
}
