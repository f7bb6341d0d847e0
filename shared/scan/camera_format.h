#pragma once
// Choosing the camera format explicitly. The largest format is the wrong
// default: a 4K webcam mode runs at 5–15 fps and costs 9× the decode time of
// 720p for no gain at kiosk distance. Preferred: the size closest to the
// wanted one (720p by default) among formats of at least 640×480, ≥ 25 fps,
// in a pixel format whose luminance is read without conversion (NV12, YUV420P,
// YUYV, UYVY …), then MJPEG.

#include <QCameraFormat>
#include <QList>
#include <QSize>
#include <QVideoFrameFormat>

class QCameraDevice;

namespace oppmote {

struct CameraFormatInfo {
    QVideoFrameFormat::PixelFormat pixelFormat = QVideoFrameFormat::Format_Invalid;
    QSize resolution;
    float maxFps = 0;
};

// Index of the best format in `formats`, or -1 when the list is empty.
int chooseCameraFormat(const QList<CameraFormatInfo> &formats, QSize wanted = QSize(1280, 720));

// The same for a real device (QCameraFormat cannot be built by hand, hence the pure function above).
QCameraFormat chooseCameraFormat(const QCameraDevice &device, QSize wanted = QSize(1280, 720));

} // namespace oppmote
