#pragma once
// Codes in: the camera (QCamera → the preview's QVideoSink → FrameScanner)
// and a USB hand scanner. The hand scanner has one path, built by the app
// and attached here: the window's WedgeKeyFilter (shared/scan/), or, where
// the settings name the scanner's input device, an EvdevScanner that grabs
// it (its keys then never reach the window). Emits every code once, with how
// it was read.

#include "domain/checkin_event.h"
#include "scan/frame_scanner.h"

#include <QObject>

class QCamera;
class QMediaCaptureSession;
class QVideoSink;

namespace oppmote {

class EvdevScanner;
class WedgeKeyFilter;

class ScanController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool cameraAvailable READ cameraAvailable NOTIFY cameraChanged)
    Q_PROPERTY(bool cameraActive READ cameraActive NOTIFY cameraChanged)
public:
    explicit ScanController(QObject *parent = nullptr);
    ~ScanController() override;

    // The preview's sink (VideoOutput.videoSink); QML forwards it once.
    Q_INVOKABLE void attachVideoSink(QObject *videoSink);
    // Starts the first camera if there is one (not in tests).
    void startCamera();
    void setCameraAllowed(bool allowed) { m_cameraAllowed = allowed; }

    // A hand scanner's codes: the window's key filter, and the scanner's own
    // input device where one is configured. Either's `scanned` is a code read
    // with CheckinMethod::Wedge.
    void attachHandScanner(WedgeKeyFilter *filter);
    void attachHandScanner(EvdevScanner *scanner);

    bool cameraAvailable() const { return m_cameraAvailable; }
    bool cameraActive() const { return m_camera != nullptr; }
    FrameScanner &frameScanner() { return m_scanner; }
    QVideoSink *videoSink() const { return m_sink; }

Q_SIGNALS:
    void codeRead(const QString &text, oppmote::CheckinMethod method);
    void cameraChanged();

private:
    FrameScanner m_scanner;
    QVideoSink *m_sink = nullptr;
    QCamera *m_camera = nullptr;
    QMediaCaptureSession *m_session = nullptr;
    bool m_cameraAllowed = true;
    bool m_cameraAvailable = false;
};

} // namespace oppmote
