#include "scan/camera_format.h"

#include <QCameraDevice>

#include <cmath>

namespace oppmote {

namespace {

// Lower is better.
double cost(const CameraFormatInfo &f, QSize wanted)
{
    double c = 0;
    switch (f.pixelFormat) {
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_YUYV:
    case QVideoFrameFormat::Format_UYVY:
    case QVideoFrameFormat::Format_Y8:
        break;
    case QVideoFrameFormat::Format_Jpeg:
        c += 2; // decoding JPEG costs more than a plane copy
        break;
    default:
        c += 4;
    }
    if (f.resolution.width() < 640 || f.resolution.height() < 480)
        c += 100; // too few pixels per module at arm's length
    if (f.maxFps < 25)
        c += 20; // visible lag, motion blur
    // Distance in pixel count, on a log scale: 1080p and 480p are equally far from 720p.
    const double ratio
        = double(f.resolution.width()) * f.resolution.height() / (double(wanted.width()) * wanted.height());
    c += 5 * std::abs(std::log2(std::max(ratio, 1e-6)));
    return c;
}

} // namespace

int chooseCameraFormat(const QList<CameraFormatInfo> &formats, QSize wanted)
{
    int best = -1;
    double bestCost = 0;
    for (int i = 0; i < formats.size(); ++i) {
        const double c = cost(formats[i], wanted);
        if (best < 0 || c < bestCost) {
            best = i;
            bestCost = c;
        }
    }
    return best;
}

QCameraFormat chooseCameraFormat(const QCameraDevice &device, QSize wanted)
{
    const QList<QCameraFormat> formats = device.videoFormats();
    QList<CameraFormatInfo> infos;
    for (const QCameraFormat &f : formats)
        infos.append({ f.pixelFormat(), f.resolution(), f.maxFrameRate() });
    const int i = chooseCameraFormat(infos, wanted);
    return i < 0 ? QCameraFormat() : formats[i];
}

} // namespace oppmote
