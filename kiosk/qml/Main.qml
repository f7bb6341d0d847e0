import QtQuick
import QtQuick.Window
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Oppmote.Ui
import Oppmote.Kiosk

// The kiosk window: a top bar, the current screen (chosen by the C++
// KioskController), the camera preview that moves to whichever screen
// shows it, and the on-screen keyboard.
Window {
    id: root
    required property KioskController kiosk
    property bool virtualKeyboard: true

    visible: true
    color: Theme.background
    title: qsTr("Oppmøte check-in")
    Component.onCompleted: Theme.scale = Qt.binding(() => Math.min(root.width, root.height) / 1080)

    readonly property bool portrait: height > width

    TopBar {
        id: topBar
        kiosk: root.kiosk
        anchors { left: parent.left; right: parent.right; top: parent.top }
    }

    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors {
            left: parent.left; right: parent.right; top: topBar.bottom
            bottom: keyboard.item && keyboard.item.active ? keyboard.top : parent.bottom
        }
        sourceComponent: {
            switch (root.kiosk.screen) {
            case KioskController.Welcome: return welcomeScreen
            case KioskController.Search: return searchScreen
            case KioskController.Identify: return identifyScreen
            case KioskController.Confirm: return confirmScreen
            case KioskController.Problem: return problemScreen
            case KioskController.WalkIn: return walkInScreen
            case KioskController.WalkInDone: return walkInDoneScreen
            case KioskController.StaffPin: return staffPinScreen
            case KioskController.Staff: return staffScreen
            default: return loadingScreen
            }
        }
    }

    Component { id: loadingScreen; LoadingScreen { kiosk: root.kiosk } }
    Component { id: welcomeScreen; WelcomeScreen { kiosk: root.kiosk; portrait: root.portrait } }
    Component { id: searchScreen; SearchScreen { kiosk: root.kiosk; portrait: root.portrait } }
    Component { id: identifyScreen; IdentifyScreen { kiosk: root.kiosk } }
    Component { id: confirmScreen; ConfirmScreen { kiosk: root.kiosk } }
    Component { id: problemScreen; ProblemScreen { kiosk: root.kiosk } }
    Component { id: walkInScreen; WalkInScreen { kiosk: root.kiosk; portrait: root.portrait } }
    Component { id: walkInDoneScreen; WalkInDoneScreen { kiosk: root.kiosk } }
    Component { id: staffPinScreen; StaffPinScreen { kiosk: root.kiosk } }
    Component { id: staffScreen; StaffScreen { kiosk: root.kiosk; portrait: root.portrait } }

    // One preview for the whole app: the camera keeps feeding the scanner on
    // every screen; it is shown where a screen offers a `cameraSlot`.
    Item { id: hiddenCameraHolder; visible: false; width: 1; height: 1 }
    CameraPanel {
        id: cameraPanel
        kiosk: root.kiosk
        parent: screenLoader.item && screenLoader.item.cameraSlot ? screenLoader.item.cameraSlot : hiddenCameraHolder
        anchors.fill: parent
    }

    // The on-screen keyboard: narrower than a landscape screen so the search
    // results still show above it; Norwegian layout where Qt has one.
    Loader {
        id: keyboard
        active: root.virtualKeyboard
        width: root.portrait ? root.width : Math.round(root.width * 0.62)
        x: (root.width - width) / 2
        y: item && item.active ? root.height - height : root.height
        sourceComponent: InputPanel {
            id: keyboardPanel
            objectName: "keyboard"
            // The layout follows the language chosen on the welcome screen (Nynorsk types on the Norwegian one).
            function follow() { VirtualKeyboardSettings.locale = root.kiosk.device.language === "en" ? "en_GB" : "nb_NO" }
            Component.onCompleted: follow()
            Connections {
                target: root.kiosk.device
                function onLanguageChanged() { keyboardPanel.follow() }
            }
        }
    }
}
