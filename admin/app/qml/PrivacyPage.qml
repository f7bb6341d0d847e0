import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Oppmote.Admin

// Personal data after the event: how long it is kept, the purge once that
// date has passed (the counts stay), and where a person's own data is found.
Item {
    id: page
    objectName: "privacyPage"
    required property PrivacyDesk privacy

    ColumnLayout {
        anchors.fill: parent
        spacing: Desk.margin
        PageTitle { text: qsTr("Privacy") }
        DeskText {
            objectName: "privacyMessage"
            visible: text !== ""
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: page.privacy.message
            color: page.privacy.failed ? Desk.danger : Desk.success
        }
        DeskText {
            objectName: "privacyState"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.weight: Font.Bold
            text: page.privacy.purgedAt !== ""
                  ? qsTr("Purged on %1: names, contact details and codes are gone; the counts remain.").arg(page.privacy.purgedAt)
                  : page.privacy.retainUntil !== ""
                    ? qsTr("Personal data is kept until %1.").arg(page.privacy.retainUntil)
                    : qsTr("No retention date is set: personal data is kept until it is purged.")
        }
        RowLayout {
            spacing: Desk.spacing
            DeskText { text: qsTr("Keep personal data until") }
            TextField {
                id: retention
                objectName: "retentionDate"
                Layout.preferredWidth: 160
                placeholderText: qsTr("dd.mm.yyyy")
                text: page.privacy.retainUntil
                onAccepted: page.privacy.setRetention(text)
            }
            DeskButton {
                objectName: "setRetention"
                text: qsTr("Save date")
                enabled: !page.privacy.busy
                onClicked: page.privacy.setRetention(retention.text)
            }
        }
        // The purge cannot be undone: a second, explicit step.
        ColumnLayout {
            spacing: Desk.spacing
            DeskText {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Desk.inkSoft
                text: qsTr("The purge deletes names, e-mail addresses, phone numbers, codes and preferences on this database; attendance per session, day and organisation stays. Kiosks get the emptied roster at their next sync.")
            }
            RowLayout {
                spacing: Desk.spacing
                CheckBox {
                    id: sure
                    objectName: "purgeConfirm"
                    enabled: page.privacy.canPurge
                    text: qsTr("I understand that this cannot be undone")
                    contentItem: DeskText {
                        leftPadding: sure.indicator.width + sure.spacing
                        text: sure.text
                        color: sure.enabled ? Desk.ink : Desk.inkSoft
                    }
                }
                DeskButton {
                    objectName: "purge"
                    text: qsTr("Delete personal data")
                    enabled: page.privacy.canPurge && sure.checked && !page.privacy.busy
                    onClicked: {
                        page.privacy.purge()
                        sure.checked = false
                    }
                }
            }
        }
        DeskText {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Desk.inkSoft
            text: qsTr("To answer a request to see one's data, use “Data access” on the People page: everything held about the person is saved as a file in the reports folder.")
        }
        Item { Layout.fillHeight: true }
    }
}
