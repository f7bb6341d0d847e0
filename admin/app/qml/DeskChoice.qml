import QtQuick
import QtQuick.Controls

// A choice list whose labels are plain text (the style's own read markup);
// each entry's objectName is the list's followed by "_" and its index.
ComboBox {
    id: choice
    delegate: Component {
        ItemDelegate {
            required property var modelData
            required property int index
            objectName: choice.objectName + "_" + index
            width: choice.width
            contentItem: DeskText { text: choice.textRole ? parent.modelData[choice.textRole] : parent.modelData }
            highlighted: choice.highlightedIndex === index
        }
    }
    contentItem: DeskText { leftPadding: 10; text: choice.displayText }
}
