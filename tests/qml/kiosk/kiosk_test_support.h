#pragma once
// Helpers for driving the real kiosk in tests and benchmarks: a camera frame
// showing a QR code, items by objectName, waiting for the store.

#include <QString>
#include <QVideoFrame>

#include <functional>

class QQuickItem;
class QQuickWindow;

namespace oppmote::kiosktest {

// A 640×480 NV12 frame (what webcams send) with `text` as a QR code in the middle.
QVideoFrame codeFrame(const QString &text);

QQuickItem *item(QQuickWindow *window, const QString &objectName); // null if absent or hidden
QString itemText(QQuickWindow *window, const QString &objectName); // its "text" property
bool click(QQuickWindow *window, const QString &objectName); // a mouse click in its middle
// Key presses with text, `delayMs` apart (0: a hand scanner's burst).
void typeText(QQuickWindow *window, const QString &text, int delayMs = 0);

bool waitFor(const std::function<bool()> &done, int ms = 5000);

} // namespace oppmote::kiosktest
