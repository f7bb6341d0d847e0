import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Oppmote.Admin

// Reports for the organisers' records and for printing: each one as a
// spreadsheet (XLSX, CSV for Norwegian Excel) or a PDF, saved into the
// reports folder under a name with the time.
Item {
    id: page
    objectName: "reportsPage"
    required property ReportSaver reports

    ColumnLayout {
        anchors.fill: parent
        spacing: Desk.spacing
        PageTitle { text: qsTr("Reports") }
        DeskText {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Desk.inkSoft
            text: qsTr("Saved in %1").arg(page.reports.folder)
        }
        DeskText {
            objectName: "reportsMessage"
            visible: text !== ""
            Layout.fillWidth: true
            wrapMode: Text.WrapAnywhere
            text: page.reports.busy ? qsTr("Saving …") : page.reports.message
            color: page.reports.failed ? Desk.danger : Desk.success
        }
        Repeater {
            model: [
                { kind: "attendees", title: qsTr("Participant list"), detail: qsTr("Everyone registered, with organisation, role and contact details.") },
                { kind: "sessions", title: qsTr("Attendance per session"), detail: qsTr("The venue each day and every session: registered, present, share.") },
                { kind: "organisations", title: qsTr("Attendance per organisation"), detail: qsTr("Registered and arrived per organisation.") },
                { kind: "groups", title: qsTr("Group lists"), detail: qsTr("Every group-work group with its room and members.") },
                { kind: "all", title: qsTr("Everything"), detail: qsTr("All of the above in one workbook or one document.") }
            ]
            delegate: Rectangle {
                id: report
                required property var modelData
                objectName: "report_" + modelData.kind
                Layout.fillWidth: true
                implicitHeight: reportRow.implicitHeight + 2 * Desk.spacing
                color: Desk.surface
                border.color: Desk.line
                radius: 6
                RowLayout {
                    id: reportRow
                    anchors.fill: parent
                    anchors.margins: Desk.spacing
                    spacing: Desk.spacing
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        DeskText { text: modelData.title; font.weight: Font.Bold }
                        DeskText {
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            color: Desk.inkSoft
                            text: modelData.detail
                        }
                    }
                    Repeater {
                        // One table per CSV file: "everything" is a workbook or a document.
                        model: report.modelData.kind === "all" ? ["xlsx", "pdf"] : ["xlsx", "csv", "pdf"]
                        delegate: DeskButton {
                            required property string modelData
                            objectName: "save_" + report.modelData.kind + "_" + modelData
                            Layout.preferredWidth: 90
                            enabled: !page.reports.busy
                            text: modelData.toUpperCase()
                            onClicked: page.reports.save(report.modelData.kind, modelData)
                        }
                    }
                }
            }
        }
        Item { Layout.fillHeight: true }
    }
}
