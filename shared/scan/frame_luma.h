#pragma once
// The luminance plane of a camera frame, which is all a QR decoder needs.
// Planar and semi-planar YUV (NV12, NV21, YUV420P, YV12, YUV422P, IMC1-4, Y8)
// give plane 0 as is, row by row with its stride; packed YUYV and UYVY take
// every second byte; 16-bit luma (Y16, P010, P016) the high byte; JPEG
// frames (MJPEG webcams) are decoded; RGB formats are converted by Qt.

#include "scan/luma.h"

#include <QImage>
#include <QList>
#include <QVideoFrame>

namespace oppmote {

// A frame's luminance without copying when the format allows (planar, semi-
// planar and packed YUV): the frame stays mapped while this object lives.
// JPEG and RGB frames are converted into an owned image.
class MappedLuma
{
public:
    explicit MappedLuma(const QVideoFrame &frame);
    ~MappedLuma();
    MappedLuma(const MappedLuma &) = delete;
    MappedLuma &operator=(const MappedLuma &) = delete;

    const LumaView &view() const { return m_view; }

private:
    QVideoFrame m_frame;
    bool m_mapped = false;
    QImage m_owned;
    LumaView m_view;
};

// An 8-bit grey image (QImage::Format_Grayscale8); null when the frame
// cannot be read.
QImage lumaFromFrame(const QVideoFrame &frame);

class QrDecoder;
struct QrFinding;
// A camera frame, decoded in place when its format allows (no copy).
QList<QrFinding> decodeFrame(QrDecoder &decoder, const QVideoFrame &frame);

} // namespace oppmote
