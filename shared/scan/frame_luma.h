#pragma once
// The luminance plane of a camera frame, which is all a QR decoder needs.
// Planar and semi-planar YUV (NV12, NV21, YUV420P, YV12, YUV422P, IMC1-4, Y8)
// give plane 0 as is, row by row with its stride; packed YUYV and UYVY take
// every second byte; 16-bit luma (Y16, P010, P016) the high byte; JPEG
// frames (MJPEG webcams) are decoded; RGB formats are converted by Qt.

#include <QImage>
#include <QVideoFrame>

namespace oppmote {

// An 8-bit grey image (QImage::Format_Grayscale8); null when the frame
// cannot be read.
QImage lumaFromFrame(const QVideoFrame &frame);

// Y' of Rec. 601 from packed YUYV/UYVY bytes etc. is exact; this converts
// anything else QImage knows.
QImage lumaFromImage(const QImage &image);

} // namespace oppmote
