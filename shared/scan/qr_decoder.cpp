#include "scan/qr_decoder.h"

#include "scan/frame_luma.h"

#include <QCoreApplication>
#include <QImageReader>

#include <ZXing/ReadBarcode.h>

namespace oppmote {

namespace {

QImage inverted(const QImage &luma)
{
    QImage out = luma.copy();
    out.invertPixels();
    return out;
}

} // namespace

QrDecoder::QrDecoder(Inversion inversion) : m_inversion(inversion) { }

QList<QrFinding> QrDecoder::decodeOnce(const QImage &luma, bool isInverted)
{
    QList<QrFinding> found;
    if (luma.isNull() || luma.format() != QImage::Format_Grayscale8)
        return found;
    const QImage image = isInverted ? inverted(luma) : luma;
    const ZXing::ImageView view(
        image.constBits(), image.width(), image.height(), ZXing::ImageFormat::Lum, int(image.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    for (const ZXing::Result &r : ZXing::ReadBarcodes(view, hints)) {
        if (!r.isValid())
            continue;
        QrFinding f;
        f.text = QString::fromStdString(r.text());
        const auto &p = r.position();
        for (int i = 0; i < 4; ++i)
            f.position << QPoint(p[i].x, p[i].y);
        f.inverted = isInverted;
        found.append(f);
    }
    return found;
}

QList<QrFinding> QrDecoder::decode(const QImage &luma)
{
    switch (m_inversion) {
    case Inversion::Never:
        return decodeOnce(luma, false);
    case Inversion::SameImage: {
        auto found = decodeOnce(luma, false);
        return found.isEmpty() ? decodeOnce(luma, true) : found;
    }
    case Inversion::AlternateFrames: {
        // Stay with the polarity that last found a code; alternate while
        // nothing is found.
        const auto found = decodeOnce(luma, m_nextInverted);
        if (found.isEmpty())
            m_nextInverted = !m_nextInverted;
        return found;
    }
    }
    return {};
}

QList<QrFinding> decodeImageFile(const QString &path, QString *error)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        if (error) {
            *error = QCoreApplication::translate("oppmote::QrDecoder", "Could not read the image %1: %2")
                         .arg(path, reader.errorString());
        }
        return {};
    }
    QrDecoder decoder(QrDecoder::Inversion::SameImage);
    return decoder.decode(lumaFromImage(image));
}

} // namespace oppmote
