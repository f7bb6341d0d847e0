#pragma once
// Helpers for driving the real kiosk in tests and benchmarks: a camera frame
// showing a QR code (and the Qt Quick helpers of quick_items.h).

#include "quick_items.h"

#include <QString>
#include <QVideoFrame>

namespace oppmote::kiosktest {

// A 640×480 NV12 frame (what webcams send) with `text` as a QR code in the middle.
QVideoFrame codeFrame(const QString &text);

// Items by objectName, clicks, typing and waiting: tests/support/quick_items.h.
using quicktest::click;
using quicktest::item;
using quicktest::itemText;
using quicktest::typeText;
using quicktest::waitFor;

} // namespace oppmote::kiosktest
