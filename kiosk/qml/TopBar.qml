import QtQuick
import QtQuick.Controls.Basic
import Oppmote.Ui
import Oppmote.Kiosk

// Event name, offline indicator, language switch and the staff entrance.
Rectangle {
    id: bar
    required property KioskController kiosk
    // Offline: a pill beside the languages where there is room, else a strip
    // under them, so the event's name and the languages are never pushed aside.
    readonly property bool offline: kiosk.device.paired && !kiosk.device.online && !kiosk.device.revoked
    readonly property bool narrow: width < Theme.px(1500)
    height: Theme.px(128) + (bar.offline && bar.narrow ? strip.height : 0)
    color: Theme.primary

    Text {
        textFormat: Text.PlainText
        id: eventName
        objectName: "eventName"
        anchors { left: parent.left; leftMargin: Theme.margin; verticalCenter: rightSide.verticalCenter; right: rightSide.left; rightMargin: Theme.spacing }
        text: bar.kiosk.welcome.eventName
        color: Theme.textOnPrimary
        font.family: Theme.fontFamily
        font.pixelSize: bar.width < bar.height * 10 ? Theme.fontSmall : Theme.fontBody
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
        maximumLineCount: 2
        elide: Text.ElideRight
    }

    Row {
        id: rightSide
        anchors { right: parent.right; rightMargin: Theme.px(24); top: parent.top; topMargin: (Theme.px(128) - height) / 2 }
        spacing: Theme.px(14)

        Rectangle {
            id: offlinePill
            objectName: "offlineIndicator"
            visible: bar.offline && !bar.narrow
            anchors.verticalCenter: parent.verticalCenter
            height: Theme.px(64)
            width: offlineText.implicitWidth + Theme.px(40)
            radius: height / 2
            color: Theme.warningSoft
            Accessible.name: offlineText.text
            Text {
                textFormat: Text.PlainText
                id: offlineText
                anchors.centerIn: parent
                text: qsTr("Offline — check-ins are kept")
                color: Theme.warning
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
            }
        }

        Repeater {
            model: [ { code: "nb", name: "Bokmål" }, { code: "nn", name: "Nynorsk" }, { code: "en", name: "English" } ]
            delegate: Button {
                required property var modelData
                objectName: "language_" + modelData.code
                height: Theme.px(96)
                width: Theme.px(190)
                focusPolicy: Qt.NoFocus
                text: modelData.name
                Accessible.name: modelData.name
                checked: bar.kiosk.device.language === modelData.code
                onClicked: bar.kiosk.device.setLanguage(modelData.code)
                contentItem: Text {
                    textFormat: Text.PlainText
                    text: parent.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    font.weight: parent.checked ? Font.Bold : Font.Normal
                    color: parent.checked ? Theme.primary : Theme.textOnPrimary
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: parent.checked ? Theme.textOnPrimary : "transparent"
                    border.color: Theme.textOnPrimary
                    border.width: Theme.px(2)
                }
            }
        }

        Button {
            objectName: "staffButton"
            height: Theme.px(96)
            width: Theme.px(96)
            focusPolicy: Qt.NoFocus
            text: qsTr("Staff")
            Accessible.name: text
            onClicked: bar.kiosk.openStaff()
            contentItem: Text {
                textFormat: Text.PlainText
                text: "⚙"
                font.pixelSize: Theme.fontLarge
                color: Theme.textOnPrimary
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle { color: "transparent"; radius: Theme.radius }
        }
    }

    Rectangle {
        id: strip
        objectName: "offlineStrip"
        visible: bar.offline && bar.narrow
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: Theme.px(60)
        color: Theme.warningSoft
        Accessible.name: stripText.text
        Text {
            id: stripText
            textFormat: Text.PlainText
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
            text: qsTr("Offline — check-ins are kept")
            color: Theme.warning
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
        }
    }
}
