#include "kiosk/scan_controller.h"

#include "platform/logging.h"
#include "scan/camera_format.h"
#include "scan/evdev_scanner.h"
#include "scan/wedge_key_filter.h"

#include <QCamera>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVideoSink>

namespace oppmote {

ScanController::ScanController(QObject *parent) : QObject(parent)
{
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

void ScanController::attachHandScanner(WedgeKeyFilter *filter)
{
    connect(filter, &WedgeKeyFilter::scanned, this,
        [this](const QString &text) { Q_EMIT codeRead(text, CheckinMethod::Wedge); });
}

void ScanController::attachHandScanner(EvdevScanner *scanner)
{
    connect(scanner, &EvdevScanner::scanned, this,
        [this](const QString &text) { Q_EMIT codeRead(text, CheckinMethod::Wedge); });
}

} // namespace oppmote
