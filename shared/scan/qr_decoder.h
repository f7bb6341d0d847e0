#pragma once
// ZXing-C++ 1.4 on a luminance image, QR codes only. ZXing 1.4 cannot find
// light-on-dark (inverted) codes, as phones in dark mode show them, so the
// luminance is inverted for a second look: on the same image when decoding a
// file; on a camera stream, the polarity that last found a code is kept and
// polarities alternate while nothing is found (so a stream costs one ZXing
// pass per frame, and an inverted code is found at most one frame later).

#include "scan/frame_luma.h"

#include <QImage>
#include <QList>
#include <QPolygon>
#include <QString>

namespace oppmote {

struct QrFinding {
    QString text;
    QPolygon position; // four corners in image pixels: top-left, top-right, bottom-right, bottom-left
    bool inverted = false;
};

class QrDecoder
{
public:
    enum class Inversion { Never, SameImage, AlternateFrames };

    // `maxCodes`: stop after this many codes (1 for a kiosk camera: ZXing
    // then stops searching once it has one); 0 = find all.
    explicit QrDecoder(Inversion inversion = Inversion::SameImage, int maxCodes = 0);

    // `luma` must be QImage::Format_Grayscale8.
    QList<QrFinding> decode(const QImage &luma);
    QList<QrFinding> decode(const LumaView &luma);
    // A camera frame, decoded in place when its format allows (no copy).
    QList<QrFinding> decodeFrame(const QVideoFrame &frame);

    // One ZXing pass over one polarity.
    static QList<QrFinding> decodeOnce(const LumaView &luma, bool inverted, int maxCodes = 0);

private:
    Inversion m_inversion;
    int m_maxCodes = 0;
    bool m_nextInverted = false;
};

// Decodes an image file (PNG, JPEG, …): both polarities.
QList<QrFinding> decodeImageFile(const QString &path, QString *error = nullptr);

} // namespace oppmote
