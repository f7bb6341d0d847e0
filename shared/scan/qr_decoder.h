#pragma once
// ZXing-C++ 1.4 on a luminance image, QR codes only. ZXing 1.4 cannot find
// light-on-dark (inverted) codes, as phones in dark mode show them, so the
// luminance is inverted for a second look: on the same image when decoding a
// file; on a camera stream, the polarity that last found a code is kept and
// polarities alternate while nothing is found (so a stream costs one ZXing
// pass per frame, and an inverted code is found at most one frame later).

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

    explicit QrDecoder(Inversion inversion = Inversion::SameImage);

    // `luma` must be QImage::Format_Grayscale8.
    QList<QrFinding> decode(const QImage &luma);

    // One plain ZXing pass (no inversion): the reference for benchmarks.
    static QList<QrFinding> decodeOnce(const QImage &luma, bool inverted);

private:
    Inversion m_inversion;
    bool m_nextInverted = false;
};

// Decodes an image file (PNG, JPEG, …): both polarities.
QList<QrFinding> decodeImageFile(const QString &path, QString *error = nullptr);

} // namespace oppmote
