#pragma once
// Reads a hand scanner straight from its Linux input device
// (/dev/input/by-id/usb-…-event-kbd), optionally grabbing it exclusively
// (EVIOCGRAB) so its keystrokes never reach the desktop or a text field.
// Key codes are mapped with a US layout (what scanners emulate by default),
// then go through a WedgeDetector like keyboard events.
//
// Needs read access to the device (the `input` group or a udev rule; see
// docs/codes.md). Tested with a FIFO carrying struct input_event records; the
// grab itself needs real hardware.

#include "domain/result.h"
#include "scan/wedge_detector.h"

#include <QObject>
#include <QTimer>

class QSocketNotifier;

namespace oppmote {

// The text of a key code (linux/input-event-codes.h) in a US layout; empty
// for keys that type nothing. "\r" for Enter.
QString evdevKeyText(int code, bool shift);

class EvdevScanner : public QObject
{
    Q_OBJECT

public:
    explicit EvdevScanner(WedgeConfig config = {}, QObject *parent = nullptr);
    ~EvdevScanner() override;

    // Opens the device; `exclusive` grabs it. A grab failure is an error
    // (another program holds it).
    Status open(const QString &path, bool exclusive);
    void close();
    bool isOpen() const { return m_fd >= 0; }

signals:
    void scanned(const QString &text);
    void typed(const QString
            &text); // keys that were not a scan (only when not grabbed does the desktop also see them)

private:
    void readEvents();
    void deliver(const WedgeOutput &out);

    WedgeDetector m_detector;
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_timeout;
    qint64 m_lastKeyMs = 0;
    bool m_shift = false;
    QByteArray m_partial;
};

} // namespace oppmote
