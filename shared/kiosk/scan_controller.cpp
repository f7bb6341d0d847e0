#include "kiosk/scan_controller.h"

#include "platform/logging.h"
#include "scan/camera_format.h"

#include <QCamera>
#include <QKeyEvent>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVideoSink>

namespace oppmote {

ScanController::ScanController(QObject *parent) : QObject(parent)
{
    m_clock.start();
    m_gapTimer.setSingleShot(true);
    m_gapTimer.setInterval(int(m_wedge.config().maxGapMs) + 5);
    connect(&m_gapTimer, &QTimer::timeout, this, [this] { handle(m_wedge.timeout(m_clock.elapsed())); });
    connect(&m_scanner, &FrameScanner::codeScanned, this,
        [this](const QString &text) { Q_EMIT codeRead(text, CheckinMethod::Qr); });
}

ScanController::~ScanController() = default;

void ScanController::attachVideoSink(QObject *videoSink)
{
    m_sink = qobject_cast<QVideoSink *>(videoSink);
    m_scanner.setVideoSink(m_sink);
    if (m_session)
        m_session->setVideoSink(m_sink);
}

void ScanController::startCamera()
{
    if (!m_cameraAllowed || m_camera)
        return;
    const QList<QCameraDevice> inputs = QMediaDevices::videoInputs();
    m_cameraAvailable = !inputs.isEmpty();
    if (m_cameraAvailable) {
        const QCameraDevice device = QMediaDevices::defaultVideoInput();
        m_camera = new QCamera(device, this);
        if (const auto format = chooseCameraFormat(device); !format.isNull())
            m_camera->setCameraFormat(format);
        m_session = new QMediaCaptureSession(this);
        m_session->setCamera(m_camera);
        if (m_sink)
            m_session->setVideoSink(m_sink);
        connect(m_camera, &QCamera::errorOccurred, this, [this] {
            qCWarning(lcScan) << "camera:" << m_camera->errorString();
            m_cameraAvailable = false;
            Q_EMIT cameraChanged();
        });
        m_camera->start();
    }
    Q_EMIT cameraChanged();
}

void ScanController::setKeysEnabled(bool enabled)
{
    if (m_keysEnabled == enabled)
        return;
    m_keysEnabled = enabled;
    if (!enabled)
        handle(m_wedge.timeout(m_clock.elapsed() + 1000)); // flush anything held
}

bool ScanController::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_keysEnabled || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    QString text = key->text();
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
        text = QStringLiteral("\r");
    if (text.isEmpty() || (!text.at(0).isPrint() && text != QLatin1String("\r")))
        return QObject::eventFilter(watched, event);
    handle(m_wedge.key(text, m_clock.elapsed()));
    if (m_wedge.holding())
        m_gapTimer.start();
    return true;
}

void ScanController::handle(const WedgeOutput &out)
{
    if (!out.scanned.isEmpty())
        Q_EMIT codeRead(out.scanned, CheckinMethod::Wedge);
    if (!out.typed.isEmpty())
        Q_EMIT typed(out.typed);
}

} // namespace oppmote
