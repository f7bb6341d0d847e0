#include "scan/frame_luma.h"

#include "scan/qr_decoder.h"

#include <cstring>

namespace oppmote {

namespace {

QImage copyPlane(const uchar *bits, int stride, int width, int height)
{
    QImage out(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y)
        std::memcpy(out.scanLine(y), bits + qsizetype(y) * stride, std::size_t(width));
    return out;
}

// Every `step`-th byte from `offset`: packed 4:2:2 (step 2) and the high
// byte of little-endian 16-bit samples (offset 1, step 2).
QImage pickBytes(const uchar *bits, int stride, int width, int height, int offset, int step)
{
    QImage out(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y) {
        const uchar *src = bits + qsizetype(y) * stride + offset;
        uchar *dst = out.scanLine(y);
        for (int x = 0; x < width; ++x)
            dst[x] = src[x * step];
    }
    return out;
}

} // namespace

MappedLuma::MappedLuma(const QVideoFrame &frame) : m_frame(frame)
{
    if (!m_frame.isValid())
        return;
    int offset = 0, pixStride = 1;
    switch (m_frame.pixelFormat()) {
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8:
        break;
    case QVideoFrameFormat::Format_YUYV:
        pixStride = 2;
        break;
    case QVideoFrameFormat::Format_UYVY:
        offset = 1;
        pixStride = 2;
        break;
    default:
        m_owned = lumaFromFrame(frame);
        m_view = LumaView::of(m_owned);
        return;
    }
    if (!m_frame.map(QVideoFrame::ReadOnly))
        return;
    m_mapped = true;
    m_view
        = { m_frame.bits(0) + offset, m_frame.width(), m_frame.height(), m_frame.bytesPerLine(0), pixStride };
}

MappedLuma::~MappedLuma()
{
    if (m_mapped)
        m_frame.unmap();
}

QList<QrFinding> decodeFrame(QrDecoder &decoder, const QVideoFrame &frame)
{
    const MappedLuma luma(frame);
    return decoder.decode(luma.view());
}

QImage lumaFromFrame(const QVideoFrame &input)
{
    if (!input.isValid())
        return {};
    QVideoFrame frame(input); // shallow; mapping needs a non-const handle
    if (!frame.map(QVideoFrame::ReadOnly))
        return {};
    const int w = frame.width();
    const int h = frame.height();
    const uchar *bits = frame.bits(0);
    const int stride = frame.bytesPerLine(0);
    QImage out;
    switch (frame.pixelFormat()) {
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8:
        out = copyPlane(bits, stride, w, h);
        break;
    case QVideoFrameFormat::Format_YUYV:
        out = pickBytes(bits, stride, w, h, 0, 2);
        break;
    case QVideoFrameFormat::Format_UYVY:
        out = pickBytes(bits, stride, w, h, 1, 2);
        break;
    case QVideoFrameFormat::Format_Y16:
    case QVideoFrameFormat::Format_P010:
    case QVideoFrameFormat::Format_P016:
        out = pickBytes(bits, stride, w, h, 1, 2);
        break;
    case QVideoFrameFormat::Format_Jpeg:
        out = lumaFromImage(QImage::fromData(bits, frame.mappedBytes(0), "JPEG"));
        break;
    default:
        frame.unmap();
        return lumaFromImage(input.toImage());
    }
    frame.unmap();
    return out;
}

} // namespace oppmote
