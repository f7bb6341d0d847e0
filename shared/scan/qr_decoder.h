#pragma once
// ZXing-C++ 1.4 on a luminance image, QR codes only. ZXing 1.4 cannot find
// light-on-dark (inverted) codes, as phones in dark mode show them, so the
// luminance is inverted for another look; and its default local binariser
// loses low-contrast codes that a global histogram threshold still finds.
// The passes: local/normal, local/inverted, global/normal (, global/inverted).
// An image file gets all four until one finds a code. A camera stream gets
// one pass per frame: the pass that last found a code is kept, and the first
// three take turns while nothing is found (so an inverted or low-contrast
// code is found at most two frames later, and a frame costs one ZXing pass).

#include "scan/luma.h"

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

    // One ZXing pass.
    static QList<QrFinding> decodeOnce(
        const LumaView &luma, bool inverted, int maxCodes = 0, bool globalHistogram = false);

private:
    Inversion m_inversion;
    int m_maxCodes = 0;
    int m_pass = 0; // stream: the pass for the next frame
};

// Decodes an image file (PNG, JPEG, …): every pass until one finds a code.
QList<QrFinding> decodeImageFile(const QString &path, QString *error = nullptr);

} // namespace oppmote
