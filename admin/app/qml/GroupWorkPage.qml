import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Oppmote.Admin

// One group-work slot's saved allocation: the groups side by side with their
// members (locked ones marked), who has no place, and publishing. The rules
// (who may move, reasons, locks) are AllocationService's.
Item {
    id: page
    objectName: "groupWorkPage"
    required property AllocationEditorModel groups
    property string lastMessage: ""
    property bool lastOk: true
    property string hoveredGroup: "" // the group a member is being dragged over

    // The group card under a point of `item` (null if none).
    function groupUnder(item, x, y) {
        for (let i = 0; i < groupCards.count; ++i) {
            const card = groupCards.itemAt(i)
            if (card && card.contains(card.mapFromItem(item, x, y)))
                return card
        }
        return null
    }
    function hoverOver(item) {
        const card = groupUnder(item, 10, item.height / 2)
        hoveredGroup = card ? card.groupKey : ""
    }

    Connections {
        target: page.groups
        function onActionDone(ok, message) {
            page.lastOk = ok
            page.lastMessage = message
        }
    }

    // A move needs a reason for the audit log (AllocationService).
    Dialog {
        id: moveDialog
        objectName: "moveDialog"
        property string attendeeId
        property string personName
        property string groupKey
        property string groupName
        function ask(id, name, key, group) {
            attendeeId = id
            personName = name
            groupKey = key
            groupName = group
            reason.text = ""
            open()
            reason.forceActiveFocus()
        }
        anchors.centerIn: parent
        modal: true
        width: 460
        title: ""
        header: PageTitle {
            padding: Desk.margin
            // Both in one pass: a name holding "%2" stays as written.
            text: qsTr("Move %1 to %2?").replace(/%([12])/g,
                (match, n) => n === "1" ? moveDialog.personName : moveDialog.groupName)
            wrapMode: Text.WordWrap
            elide: Text.ElideNone
        }
        contentItem: ColumnLayout {
            spacing: Desk.spacing
            DeskText {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("They will be locked in that group. Why? (kept in the audit log)")
            }
            TextField {
                id: reason
                objectName: "moveReason"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. wants to join a colleague")
                onAccepted: if (text.trim() !== "") moveDialog.accept()
            }
        }
        footer: RowLayout {
            spacing: Desk.spacing
            Item { Layout.fillWidth: true }
            DeskButton {
                objectName: "moveCancel"
                text: qsTr("Cancel")
                onClicked: moveDialog.reject()
            }
            DeskButton {
                objectName: "moveConfirm"
                Layout.rightMargin: Desk.margin
                Layout.bottomMargin: Desk.margin
                enabled: reason.text.trim() !== ""
                text: qsTr("Move")
                onClicked: moveDialog.accept()
            }
        }
        onAccepted: page.groups.move(attendeeId, groupKey, reason.text.trim())
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Desk.spacing
        RowLayout {
            Layout.fillWidth: true
            spacing: Desk.spacing
            PageTitle { text: qsTr("Group work") }
            ComboBox {
                id: slotChoice
                objectName: "groupWorkSlot"
                Layout.preferredWidth: 420
                model: page.groups.groupWorkSlots
                textRole: "title"
                valueRole: "key"
                onActivated: page.groups.setSlot(currentValue)
                onCountChanged: if (count > 0 && page.groups.slotKey === "") page.groups.setSlot(valueAt(0))
                Component.onCompleted: if (count > 0 && page.groups.slotKey === "") page.groups.setSlot(valueAt(0))
                delegate: ItemDelegate {
                    required property var modelData
                    required property int index
                    width: slotChoice.width
                    contentItem: DeskText { text: parent.modelData.title }
                    highlighted: slotChoice.highlightedIndex === index
                }
                contentItem: DeskText { leftPadding: 10; text: slotChoice.displayText }
            }
            Item { Layout.fillWidth: true }
            DeskText {
                objectName: "groupWorkPublished"
                color: page.groups.published ? Desk.success : Desk.warning
                text: page.groups.count === 0 ? ""
                      : page.groups.published ? qsTr("Published to kiosks and badges")
                      : qsTr("Not published")
            }
            DeskButton {
                objectName: "groupWorkPublish"
                enabled: page.groups.count > 0 && !page.groups.published
                text: qsTr("Publish")
                onClicked: page.groups.publish(qsTr("published at the desk"))
            }
        }
        DeskText {
            objectName: "groupWorkMessage"
            visible: text !== ""
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: page.lastMessage
            color: page.lastOk ? Desk.success : Desk.danger
        }
        DeskText {
            visible: page.groups.count === 0
            color: Desk.inkSoft
            text: qsTr("No allocation saved for this group work yet. Run one with: oppmote allocate --slot KEY")
        }
        DeskText {
            objectName: "groupWorkUnplaced"
            visible: page.groups.unplaced.length > 0
            Layout.fillWidth: true
            color: Desk.warning
            text: qsTr("Without a place: %1").arg(page.groups.unplaced.map(p => p.name).join(", "))
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            Flow {
                width: page.width
                spacing: Desk.spacing
                Repeater {
                    id: groupCards
                    model: page.groups
                    delegate: Rectangle {
                        id: card
                        required property string groupKey
                        required property string name
                        required property string room
                        required property int size
                        required property int capacity
                        required property var members
                        objectName: "group_" + groupKey
                        width: 250
                        height: Math.max(120, column.implicitHeight + 16)
                        radius: 6
                        color: Desk.surface
                        border.color: page.hoveredGroup === groupKey ? Desk.sidebar
                                      : capacity > 0 && size > capacity ? Desk.danger : Desk.line
                        border.width: page.hoveredGroup === groupKey ? 3 : 1
                        ColumnLayout {
                            id: column
                            anchors.fill: parent
                            anchors.margins: 8
                            spacing: 2
                            DeskText { Layout.fillWidth: true; text: card.name; font.weight: Font.Bold }
                            DeskText {
                                Layout.fillWidth: true
                                font.pixelSize: Desk.fontSmall
                                color: Desk.inkSoft
                                text: (card.room ? card.room + " · " : "")
                                      + (card.capacity > 0 ? qsTr("%1 of %2 places").arg(card.size).arg(card.capacity)
                                                           : qsTr("%n people", "", card.size))
                            }
                            Repeater {
                                model: card.members
                                // A member is dragged onto another group to move them there.
                                delegate: Item {
                                    id: member
                                    required property var modelData
                                    Layout.fillWidth: true
                                    implicitHeight: label.implicitHeight
                                    DeskText {
                                        id: label
                                        objectName: "member_" + member.modelData.id
                                        width: member.width
                                        font.pixelSize: Desk.fontSmall
                                        text: member.modelData.name
                                              + (member.modelData.fixed ? " · " + qsTr("facilitator") : "")
                                              + (member.modelData.locked ? " · " + qsTr("locked") : "")
                                        DragHandler {
                                            id: dragging
                                            onActiveChanged: {
                                                card.z = active ? 1 : 0 // drawn above the other cards meanwhile
                                                if (active)
                                                    return
                                                const to = page.groupUnder(label, 10, label.height / 2)
                                                page.hoveredGroup = ""
                                                label.x = 0
                                                label.y = 0
                                                if (to && to.groupKey !== card.groupKey)
                                                    moveDialog.ask(member.modelData.id, member.modelData.name,
                                                                   to.groupKey, to.name)
                                            }
                                        }
                                        onXChanged: if (dragging.active) page.hoverOver(label)
                                        onYChanged: if (dragging.active) page.hoverOver(label)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
