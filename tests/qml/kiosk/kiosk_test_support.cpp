#include "kiosk_test_support.h"

#include "codes/qr_code.h"
#include "codes/qr_render.h"

#include <QPainter>
#include <QVideoFrameFormat>

#include <cstring>

namespace oppmote::kiosktest {

QVideoFrame codeFrame(const QString &text)
{
    QImage scene(640, 480, QImage::Format_Grayscale8);
    scene.fill(200);
    auto code = QrCode::encode(text, QrUse::Badge);
    Q_ASSERT(code.ok());
    const QImage qr = renderQrImage(code.value(), 6);
    {
        QPainter p(&scene);
        p.drawImage((scene.width() - qr.width()) / 2, (scene.height() - qr.height()) / 2, qr);
    }
    QVideoFrame frame(QVideoFrameFormat(scene.size(), QVideoFrameFormat::Format_NV12));
    frame.map(QVideoFrame::WriteOnly);
    std::memset(frame.bits(1), 128, std::size_t(frame.mappedBytes(1)));
    for (int y = 0; y < scene.height(); ++y)
        std::memcpy(
            frame.bits(0) + y * frame.bytesPerLine(0), scene.constScanLine(y), std::size_t(scene.width()));
    frame.unmap();
    return frame;
}

} // namespace oppmote::kiosktest
