#include "scan/qr_decoder.h"

#include <QCoreApplication>
#include <QImageReader>

#include <ZXing/ReadBarcode.h>

#include <algorithm>

namespace oppmote {

namespace {

// Into a per-thread buffer reused from frame to frame: a fresh allocation
// per frame costs page faults comparable to the inversion itself.
const QImage &invertedCopy(const LumaView &v)
{
    thread_local QImage out;
    if (out.width() != v.width || out.height() != v.height)
        out = QImage(v.width, v.height, QImage::Format_Grayscale8);
    for (int y = 0; y < v.height; ++y) {
        const uchar *src = v.data + qsizetype(y) * v.rowStride;
        uchar *dst = out.scanLine(y);
        for (int x = 0; x < v.width; ++x)
            dst[x] = uchar(255 - src[x * v.pixStride]);
    }
    return out;
}

} // namespace

QrDecoder::QrDecoder(Inversion inversion, int maxCodes) : m_inversion(inversion), m_maxCodes(maxCodes) { }

QList<QrFinding> QrDecoder::decodeOnce(
    const LumaView &luma, bool isInverted, int maxCodes, bool globalHistogram)
{
    QList<QrFinding> found;
    if (luma.isNull())
        return found;
    const LumaView source = isInverted ? LumaView::of(invertedCopy(luma)) : luma;
    const ZXing::ImageView view(source.data, source.width, source.height, ZXing::ImageFormat::Lum,
        source.rowStride, source.pixStride);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    if (globalHistogram)
        hints.setBinarizer(ZXing::Binarizer::GlobalHistogram);
    // ZXing 1.4's single-code path (ReadBarcode) is ~20 % faster than the
    // multi-code one (ReadBarcodes); a kiosk camera needs one code.
    ZXing::Results results;
    if (maxCodes == 1) {
        results.push_back(ZXing::ReadBarcode(view, hints));
    } else {
        if (maxCodes > 1)
            hints.setMaxNumberOfSymbols(quint8(std::min(maxCodes, 255)));
        results = ZXing::ReadBarcodes(view, hints);
    }
    for (const ZXing::Result &r : results) {
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

QList<QrFinding> QrDecoder::decode(const QImage &image)
{
    return decode(LumaView::of(image));
}

QList<QrFinding> QrDecoder::decode(const LumaView &luma)
{
    struct Pass {
        bool inverted;
        bool globalHistogram;
    };
    static constexpr Pass kPasses[] = { { false, false }, { true, false }, { false, true }, { true, true } };
    static constexpr int kStreamPasses = 3;
    auto run = [&](int i) {
        return decodeOnce(luma, kPasses[i].inverted, m_maxCodes, kPasses[i].globalHistogram);
    };

    switch (m_inversion) {
    case Inversion::Never:
        return run(0);
    case Inversion::SameImage:
        for (int i = 0; i < 4; ++i) {
            auto found = run(i);
            if (!found.isEmpty())
                return found;
        }
        return {};
    case Inversion::AlternateFrames: {
        const auto found = run(m_pass);
        if (found.isEmpty())
            m_pass = (m_pass + 1) % kStreamPasses;
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
