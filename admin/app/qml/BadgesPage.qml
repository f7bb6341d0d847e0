import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Oppmote.Admin

// Badges in batch: whose, which template, a preview of the first badge, the
// printer with its state, print or save as PDF; the print log below. The
// rules (who is left out, groups per day, waiting for the printer) are
// print::BadgeBatches'.
Item {
    id: page
    objectName: "badgesPage"
    required property BadgeDesk badges
    property string lastMessage: ""
    property bool lastOk: true

    Connections {
        target: page.badges
        enabled: page.visible // a badge printed from a person's card is said there
        function onActionDone(ok, message) {
            page.lastOk = ok
            page.lastMessage = message
        }
    }

    FileDialog {
        id: logoDialog
        title: qsTr("The organiser's logo")
        nameFilters: [qsTr("Images (*.png *.jpg *.jpeg *.svg)")]
        onAccepted: page.badges.setLogo(selectedFile)
    }

    component Option: RadioButton {
        id: option
        contentItem: DeskText {
            leftPadding: option.indicator.width + option.spacing
            text: option.text
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Desk.spacing
        PageTitle { text: qsTr("Badges") }
        // After the allocation: the badges printed at 09:30 show no group; one button prints them again.
        Rectangle {
            objectName: "badgesOutdatedBanner"
            visible: page.badges.outdatedCount > 0
            Layout.fillWidth: true
            implicitHeight: outdatedRow.implicitHeight + 2 * Desk.spacing
            color: Desk.surface
            border.color: Desk.warning
            radius: 4
            RowLayout {
                id: outdatedRow
                anchors.fill: parent
                anchors.margins: Desk.spacing
                spacing: Desk.spacing
                DeskText {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("%n badge(s) show no group or an old one: printed before the groups were made or changed.",
                               "", page.badges.outdatedCount)
                }
                DeskButton {
                    objectName: "badgesReprintOutdated"
                    enabled: !page.badges.busy && printerChoice.currentIndex >= 0
                    text: printerChoice.currentIndex >= 0
                          ? qsTr("Reprint them on %1").arg(printerChoice.currentValue)
                          : qsTr("Reprint them (choose a printer)")
                    onClicked: page.badges.reprintOutdated(printerChoice.currentValue)
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 2 * Desk.spacing
            GridLayout {
                Layout.alignment: Qt.AlignTop
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Desk.spacing
                rowSpacing: Desk.spacing
                DeskText { text: qsTr("Whose"); font.weight: Font.Bold; Layout.alignment: Qt.AlignTop }
                ColumnLayout {
                    spacing: 0
                    Option {
                        objectName: "badgesEveryone"
                        checked: page.badges.whose === "everyone"
                        text: qsTr("Everyone")
                        onClicked: page.badges.whose = "everyone"
                    }
                    RowLayout {
                        Option {
                            objectName: "badgesOrganisation"
                            checked: page.badges.whose === "organisation"
                            text: qsTr("One organisation")
                            onClicked: page.badges.whose = "organisation"
                        }
                        DeskChoice {
                            id: organisationChoice
                            objectName: "badgesOrganisationChoice"
                            Layout.preferredWidth: 320
                            enabled: page.badges.whose === "organisation"
                            model: page.badges.organisations
                            onActivated: page.badges.organisation = currentText
                            onCountChanged: if (count > 0 && page.badges.organisation === "") page.badges.organisation = textAt(0)
                        }
                    }
                    Option {
                        objectName: "badgesWalkIns"
                        checked: page.badges.whose === "walkIns"
                        text: qsTr("The walk-ins")
                        onClicked: page.badges.whose = "walkIns"
                    }
                    Option {
                        objectName: "badgesOutdated"
                        visible: page.badges.outdatedCount > 0 || checked
                        checked: page.badges.whose === "outdated"
                        text: qsTr("Showing no group or an old one (%1)").arg(page.badges.outdatedCount)
                        onClicked: page.badges.whose = "outdated"
                    }
                    CheckBox {
                        id: reprint
                        objectName: "badgesReprint"
                        checked: page.badges.reprint
                        text: qsTr("Print again for those who have a badge")
                        onToggled: page.badges.reprint = checked
                        contentItem: DeskText {
                            leftPadding: reprint.indicator.width + reprint.spacing
                            text: reprint.text
                        }
                    }
                }
                DeskText { text: qsTr("Template"); font.weight: Font.Bold }
                DeskChoice {
                    objectName: "badgesTemplate"
                    Layout.preferredWidth: 320
                    model: page.badges.templates
                    textRole: "title"
                    valueRole: "name"
                    Component.onCompleted: currentIndex = indexOfValue(page.badges.templateName)
                    onActivated: page.badges.templateName = currentValue
                }
                DeskText { text: qsTr("Logo"); font.weight: Font.Bold }
                RowLayout {
                    spacing: Desk.spacing
                    DeskText {
                        objectName: "badgesLogoState"
                        text: page.badges.hasLogo ? qsTr("The organiser's logo") : qsTr("None: the space stays empty")
                    }
                    DeskButton {
                        objectName: "badgesChooseLogo"
                        text: qsTr("Choose a file …")
                        onClicked: logoDialog.open()
                    }
                    DeskButton {
                        objectName: "badgesRemoveLogo"
                        visible: page.badges.hasLogo
                        text: qsTr("Remove")
                        onClicked: page.badges.removeLogo()
                    }
                }
                DeskText { text: qsTr("Printer"); font.weight: Font.Bold }
                RowLayout {
                    DeskChoice {
                        id: printerChoice
                        objectName: "badgesPrinter"
                        Layout.preferredWidth: 320
                        model: page.badges.printers
                        textRole: "name"
                        valueRole: "name"
                    }
                    DeskButton {
                        objectName: "badgesRefreshPrinters"
                        text: qsTr("Look again")
                        onClicked: page.badges.refreshPrinters()
                    }
                }
                Item { width: 1; height: 1 }
                DeskText {
                    objectName: "badgesPrinterState"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    readonly property var chosen: printerChoice.currentIndex >= 0
                                                  ? page.badges.printers[printerChoice.currentIndex] : null
                    color: chosen && chosen.problem === "" ? Desk.success : Desk.warning
                    text: page.badges.printers.length === 0 ? qsTr("No printer is set up on this computer (CUPS).")
                          : !chosen ? "" : chosen.problem === "" ? qsTr("Ready") : chosen.problem
                }
                Item { width: 1; height: 1 }
                DeskText {
                    objectName: "badgesSummary"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("%n badge(s)", "", page.badges.badgeCount) + " · " + qsTr("%n page(s)", "", page.badges.pageCount)
                          + (page.badges.skippedCount > 0
                             ? " · " + qsTr("%n already have one and are left out", "", page.badges.skippedCount) : "")
                }
                Item { width: 1; height: 1 }
                RowLayout {
                    spacing: Desk.spacing
                    DeskButton {
                        objectName: "badgesPrint"
                        enabled: !page.badges.busy && page.badges.badgeCount > 0 && printerChoice.currentIndex >= 0
                        text: qsTr("Print")
                        onClicked: page.badges.print(printerChoice.currentValue)
                    }
                    DeskButton {
                        objectName: "badgesSavePdf"
                        enabled: !page.badges.busy && page.badges.badgeCount > 0
                        text: qsTr("Save as PDF")
                        onClicked: page.badges.savePdf()
                    }
                    BusyIndicator {
                        objectName: "badgesBusy"
                        running: page.badges.busy
                        visible: running
                        Layout.preferredWidth: 32
                        Layout.preferredHeight: 32
                    }
                }
                Item { width: 1; height: 1 }
                DeskText {
                    objectName: "badgesMessage"
                    visible: text !== ""
                    Layout.fillWidth: true
                    wrapMode: Text.WrapAnywhere
                    color: page.lastOk ? Desk.success : Desk.danger
                    text: page.badges.busy ? qsTr("Printing … (waiting until the printer has every badge)") : page.lastMessage
                }
            }
            // The first badge of the batch as it will print.
            ColumnLayout {
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 300
                spacing: 6
                Rectangle {
                    Layout.preferredWidth: 300
                    Layout.preferredHeight: 320
                    color: Desk.surface
                    border.color: Desk.line
                    ImageView {
                        objectName: "badgePreview"
                        anchors.fill: parent
                        anchors.margins: 8
                        image: page.badges.preview
                    }
                }
                DeskText {
                    objectName: "badgePreviewName"
                    Layout.fillWidth: true
                    color: Desk.inkSoft
                    font.pixelSize: Desk.fontSmall
                    text: page.badges.previewName === "" ? qsTr("No badge to preview")
                                                         : qsTr("Preview: %1").arg(page.badges.previewName)
                }
            }
        }
        DeskText { text: qsTr("Printed"); font.weight: Font.Bold }
        ListView {
            id: log
            objectName: "badgesLog"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.badges
            delegate: DeskText {
                required property string at
                required property string name
                required property string organisation
                required property string device
                required property int index
                objectName: "printed_" + index
                width: log.width
                height: Desk.rowHeight
                text: at + "  " + name + (organisation ? " · " + organisation : "") + " · " + device
            }
            DeskText {
                visible: log.count === 0
                color: Desk.inkSoft
                text: qsTr("No badges printed yet.")
            }
        }
    }
}
