#pragma once
// Codes in: the camera (QCamera → the preview's QVideoSink → FrameScanner)
// and a USB hand scanner typing into the window (WedgeDetector). Emits
// every code once, with how it was read; keys that turn out to be a person
// typing are passed on as `typed` (the welcome screen starts a name search).

#include "domain/checkin_event.h"
#include "scan/frame_scanner.h"
#include "scan/wedge_detector.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QCamera;
class QMediaCaptureSession;
class QVideoSink;

namespace oppmote {

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

    // Whether hand-scanner keys are taken from the window (not while a text field is being typed in).
    void setKeysEnabled(bool enabled);
    bool keysEnabled() const { return m_keysEnabled; }

    bool cameraAvailable() const { return m_cameraAvailable; }
    bool cameraActive() const { return m_camera != nullptr; }
    FrameScanner &frameScanner() { return m_scanner; }
    QVideoSink *videoSink() const { return m_sink; }

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void codeRead(const QString &text, oppmote::CheckinMethod method);
    void typed(const QString &text);
    void cameraChanged();

private:
    void handle(const WedgeOutput &out);

    FrameScanner m_scanner;
    WedgeDetector m_wedge;
    QElapsedTimer m_clock;
    QTimer m_gapTimer;
    QVideoSink *m_sink = nullptr;
    QCamera *m_camera = nullptr;
    QMediaCaptureSession *m_session = nullptr;
    bool m_cameraAllowed = true;
    bool m_cameraAvailable = false;
    bool m_keysEnabled = true;
};

} // namespace oppmote
