import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Oppmote.Admin

// One group-work slot: run the allocation (on those who came or everyone
// expected), its quality, the groups side by side with drag and drop, who a
// re-run moved, why one person is where they are, locks, restoring a run,
// publishing, and the group lists and door signs as PDF. The rules (who may
// move, reasons, locks) are AllocationService's.
Item {
    id: page
    objectName: "groupWorkPage"
    required property AllocationEditorModel groups
    required property AllocationRunsModel runs
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
    function say(ok, message) {
        lastOk = ok
        lastMessage = message
    }

    Connections {
        target: page.groups
        function onActionDone(ok, message) { page.say(ok, message) }
    }
    Connections {
        target: page.runs
        function onActionDone(ok, message) { page.say(ok, message) }
        function onExplained() {
            if (page.runs.explanation !== "")
                explainDialog.open()
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

    // A new run: on whom, and why (optional, for the audit log).
    Dialog {
        id: runDialog
        objectName: "runDialog"
        anchors.centerIn: parent
        modal: true
        width: 520
        header: PageTitle {
            padding: Desk.margin
            text: qsTr("Allocate %1").arg(page.groups.slotTitle)
            wrapMode: Text.WordWrap
            elide: Text.ElideNone
        }
        onAboutToShow: {
            runReason.text = ""
            runMoveCost.value = page.runs.lastMoveCost
            runOrgCap.value = page.runs.lastOrgCap
        }
        contentItem: ColumnLayout {
            spacing: Desk.spacing
            RadioButton {
                id: runCheckedIn
                objectName: "runCheckedIn"
                checked: true
                text: qsTr("Those who have checked in")
                contentItem: DeskText {
                    leftPadding: runCheckedIn.indicator.width + runCheckedIn.spacing
                    text: runCheckedIn.text
                }
            }
            RadioButton {
                id: runExpected
                objectName: "runExpected"
                text: qsTr("Everyone expected (before the doors open)")
                contentItem: DeskText {
                    leftPadding: runExpected.indicator.width + runExpected.spacing
                    text: runExpected.text
                }
            }
            DeskText {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Desk.inkSoft
                font.pixelSize: Desk.fontSmall
                text: qsTr("Locked people and facilitators stay where they are; moving someone who already had a group costs more than a better choice for them. The new run is saved, not published.")
            }
            // The solver's two knobs organisers turn (the rest as the latest run, or oppmote allocate).
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Desk.spacing
                DeskText {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("Cost of moving someone who already has a group (0: a better choice always wins)")
                }
                SpinBox {
                    id: runMoveCost
                    objectName: "runMoveCost"
                    from: 0
                    to: 100000
                    editable: true
                }
                DeskText {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("At most this many from one organisation in a group (0: no limit)")
                }
                SpinBox {
                    id: runOrgCap
                    objectName: "runOrgCap"
                    from: 0
                    to: 100
                    editable: true
                }
            }
            TextField {
                id: runReason
                objectName: "runReason"
                Layout.fillWidth: true
                placeholderText: qsTr("Why (optional), e.g. late arrivals")
                onAccepted: runDialog.accept()
            }
        }
        footer: RowLayout {
            spacing: Desk.spacing
            Item { Layout.fillWidth: true }
            DeskButton {
                objectName: "runCancel"
                text: qsTr("Cancel")
                onClicked: runDialog.reject()
            }
            DeskButton {
                objectName: "runConfirm"
                Layout.rightMargin: Desk.margin
                Layout.bottomMargin: Desk.margin
                text: qsTr("Run")
                onClicked: runDialog.accept()
            }
        }
        onAccepted: page.runs.run(runExpected.checked, runReason.text.trim(), runMoveCost.value, runOrgCap.value)
    }

    // An earlier run made the allocation again.
    Dialog {
        id: restoreDialog
        objectName: "restoreDialog"
        property int chosen: -1
        anchors.centerIn: parent
        modal: true
        width: 560
        height: Math.min(page.height - 40, 480)
        header: PageTitle {
            padding: Desk.margin
            text: qsTr("Restore an earlier run")
        }
        onAboutToShow: chosen = -1
        contentItem: ListView {
            id: runList
            clip: true
            model: page.runs
            delegate: ItemDelegate {
                id: runRow
                required property int index
                required property var runId
                required property string at
                required property string by
                required property int placed
                required property int unplaced
                required property bool published
                required property bool current
                objectName: "run_" + runId
                width: runList.width
                enabled: !current
                highlighted: restoreDialog.chosen === index
                onClicked: restoreDialog.chosen = index
                contentItem: DeskText {
                    color: runRow.enabled ? Desk.ink : Desk.inkSoft
                    text: qsTr("Run %1 · %2 · %3").arg(runRow.runId).arg(runRow.at).arg(runRow.by)
                          + " · " + qsTr("%n placed", "", runRow.placed)
                          + (runRow.unplaced > 0 ? " · " + qsTr("%n without a place", "", runRow.unplaced) : "")
                          + (runRow.current ? " · " + qsTr("now") : "")
                          + (runRow.published ? " · " + qsTr("published") : "")
                }
            }
        }
        footer: RowLayout {
            spacing: Desk.spacing
            Item { Layout.fillWidth: true }
            DeskButton {
                objectName: "restoreCancel"
                text: qsTr("Cancel")
                onClicked: restoreDialog.reject()
            }
            DeskButton {
                objectName: "restoreConfirm"
                Layout.rightMargin: Desk.margin
                Layout.bottomMargin: Desk.margin
                enabled: restoreDialog.chosen >= 0
                text: qsTr("Restore")
                onClicked: restoreDialog.accept()
            }
        }
        onAccepted: {
            const item = runList.itemAtIndex(chosen)
            if (item)
                page.runs.restore(item.runId, qsTr("restored at the desk"))
        }
    }

    Dialog {
        id: explainDialog
        objectName: "explainDialog"
        anchors.centerIn: parent
        modal: true
        width: 560
        header: PageTitle {
            padding: Desk.margin
            text: page.runs.explainedName
        }
        contentItem: DeskText {
            objectName: "explanation"
            wrapMode: Text.WordWrap
            elide: Text.ElideNone
            text: page.runs.explanation
        }
        footer: RowLayout {
            Item { Layout.fillWidth: true }
            DeskButton {
                objectName: "explainClose"
                Layout.rightMargin: Desk.margin
                Layout.bottomMargin: Desk.margin
                text: qsTr("Close")
                onClicked: explainDialog.close()
            }
        }
    }

    // What can be done with one member: why they are there, lock or unlock.
    Menu {
        id: memberMenu
        objectName: "memberMenu"
        property string attendeeId
        property bool locked
        property bool fixed
        function openFor(item, member) {
            attendeeId = member.id
            locked = member.locked
            fixed = member.fixed
            popup(item, 0, item.height)
        }
        MenuItem {
            objectName: "memberExplain"
            text: qsTr("Why in this group?")
            onTriggered: page.runs.explain(memberMenu.attendeeId)
        }
        MenuItem {
            objectName: "memberLock"
            enabled: !memberMenu.fixed
            text: memberMenu.locked ? qsTr("Unlock") : qsTr("Lock in this group")
            onTriggered: memberMenu.locked ? page.groups.unlock(memberMenu.attendeeId, qsTr("unlocked at the desk"))
                                           : page.groups.lock(memberMenu.attendeeId, qsTr("locked at the desk"))
        }
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
                text: page.runs.count === 0 ? ""
                      : page.groups.published ? qsTr("Published to kiosks and badges")
                      : qsTr("Not published")
            }
            DeskButton {
                objectName: "groupWorkPublish"
                enabled: page.runs.count > 0 && !page.groups.published && !page.runs.busy
                text: qsTr("Publish")
                onClicked: page.groups.publish(qsTr("published at the desk"))
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Desk.spacing
            DeskButton {
                objectName: "groupWorkRun"
                enabled: page.groups.slotKey !== "" && !page.runs.busy
                text: page.runs.count === 0 ? qsTr("Allocate…") : qsTr("Run again…")
                onClicked: runDialog.open()
            }
            DeskButton {
                objectName: "groupWorkRestore"
                enabled: page.runs.count > 1 && !page.runs.busy
                text: qsTr("Restore a run…")
                onClicked: restoreDialog.open()
            }
            DeskButton {
                objectName: "groupWorkLists"
                enabled: page.runs.count > 0 && !page.runs.busy
                text: qsTr("Group lists (PDF)")
                onClicked: page.runs.saveGroupLists()
            }
            DeskButton {
                objectName: "groupWorkSigns"
                enabled: page.runs.count > 0 && !page.runs.busy
                text: qsTr("Door signs (PDF)")
                onClicked: page.runs.saveDoorSigns()
            }
            BusyIndicator {
                objectName: "groupWorkBusy"
                running: page.runs.busy
                visible: running
                Layout.preferredHeight: 32
                Layout.preferredWidth: 32
            }
            Item { Layout.fillWidth: true }
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
            objectName: "groupWorkEmpty"
            visible: page.runs.count === 0 && page.groups.slotKey !== ""
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Desk.inkSoft
            text: qsTr("No allocation saved for this group work yet. Allocate those who have checked in, or everyone expected before the doors open.")
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Desk.spacing
            ScrollView {
                id: cardsView
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                Flow {
                    width: cardsView.width
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
                            required property string mix
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
                                DeskText {
                                    objectName: "mix_" + card.groupKey
                                    visible: card.mix !== ""
                                    Layout.fillWidth: true
                                    wrapMode: Text.WordWrap
                                    elide: Text.ElideNone
                                    font.pixelSize: Desk.fontSmall
                                    color: Desk.inkSoft
                                    text: card.mix
                                }
                                Repeater {
                                    model: card.members
                                    // Dragged onto another group to move them there; clicked for why and locks.
                                    delegate: Item {
                                        id: member
                                        required property var modelData
                                        Layout.fillWidth: true
                                        implicitHeight: label.implicitHeight + 4
                                        DeskText {
                                            id: label
                                            objectName: "member_" + member.modelData.id
                                            width: member.width
                                            font.pixelSize: Desk.fontSmall
                                            text: member.modelData.name
                                                  + (member.modelData.fixed ? " · " + qsTr("facilitator") : "")
                                                  + (member.modelData.locked ? " · " + qsTr("locked") : "")
                                            TapHandler {
                                                onTapped: memberMenu.openFor(label, member.modelData)
                                            }
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
            // The allocation's quality, who has no place, and whom the last run moved.
            ScrollView {
                objectName: "groupWorkSide"
                Layout.preferredWidth: 320
                Layout.fillHeight: true
                visible: page.runs.count > 0
                clip: true
                ColumnLayout {
                    width: 300
                    spacing: 6
                    DeskText { text: qsTr("Quality"); font.weight: Font.Bold }
                    Repeater {
                        model: page.groups.quality
                        delegate: DeskText {
                            required property string modelData
                            required property int index
                            objectName: "quality_" + index
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            elide: Text.ElideNone
                            font.pixelSize: Desk.fontSmall
                            text: modelData
                        }
                    }
                    DeskText {
                        objectName: "groupWorkUnplaced"
                        visible: page.groups.unplaced.length > 0
                        Layout.fillWidth: true
                        Layout.topMargin: Desk.spacing
                        wrapMode: Text.WordWrap
                        elide: Text.ElideNone
                        color: Desk.warning
                        text: qsTr("Without a place: %1").arg(page.groups.unplaced.map(p => p.name).join(", "))
                    }
                    DeskText {
                        visible: page.runs.moved.length > 0
                        Layout.topMargin: Desk.spacing
                        text: qsTr("Moved by the last run")
                        font.weight: Font.Bold
                    }
                    Repeater {
                        model: page.runs.moved
                        delegate: DeskText {
                            required property var modelData
                            objectName: "moved_" + modelData.id
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            elide: Text.ElideNone
                            font.pixelSize: Desk.fontSmall
                            text: modelData.name + ": " + modelData.from + " → " + modelData.to
                        }
                    }
                }
            }
        }
    }
}
