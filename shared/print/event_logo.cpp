#include "print/event_logo.h"

#include "badge/badge_painter.h"
#include "store/store.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QSvgRenderer>

namespace oppmote::print {

namespace {

constexpr auto kLogoKey = "badge_logo";

struct LogoText {
    Q_DECLARE_TR_FUNCTIONS(Badge)
};

constexpr int kMaxLogoPixels = 1000; // the longest side kept: sharp at 300 dpi on any badge

// The logo as kept: an SVG as it is; a raster image at most kMaxLogoPixels on
// its longest side, as PNG (a 6000-pixel photo would take 100 MB on every
// kiosk once decoded). Empty when the bytes are no image that opens.
QByteArray keptLogo(const QByteArray &bytes)
{
    if (isSvgImage(bytes)) {
        QSvgRenderer svg(bytes);
        return svg.isValid() && !svg.defaultSize().isEmpty() ? bytes : QByteArray();
    }
    QImage image = QImage::fromData(bytes);
    if (image.isNull() || image.width() <= 0 || image.height() <= 0)
        return {};
    if (std::max(image.width(), image.height()) > kMaxLogoPixels)
        image = image.scaled(kMaxLogoPixels, kMaxLogoPixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace

Result<QByteArray> eventLogo(Store &store)
{
    auto value = store.meta(QString::fromLatin1(kLogoKey));
    if (!value.ok())
        return value.error();
    return QByteArray::fromBase64(value->toLatin1());
}

Status setEventLogo(Store &store, const QByteArray &bytes)
{
    if (bytes.size() > kMaxLogoBytes)
        return makeError(ErrorCode::InvalidInput,
            LogoText::tr("The logo is %1 kB; at most %2 kB fits on every kiosk. Save it smaller.")
                .arg(bytes.size() / 1024)
                .arg(kMaxLogoBytes / 1024));
    const QByteArray kept = keptLogo(bytes);
    if (kept.isEmpty())
        return makeError(
            ErrorCode::InvalidInput, LogoText::tr("The logo must be a PNG, JPEG or SVG image that opens."));
    if (kept.size() > kMaxLogoBytes)
        return makeError(ErrorCode::InvalidInput,
            LogoText::tr("The logo is %1 kB; at most %2 kB fits on every kiosk. Save it smaller.")
                .arg(kept.size() / 1024)
                .arg(kMaxLogoBytes / 1024));
    // Meta values are part of the roster (schema triggers): kiosks take it with the next one.
    return store.setMeta(QString::fromLatin1(kLogoKey), QString::fromLatin1(kept.toBase64()));
}

Status setEventLogoFile(Store &store, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, LogoText::tr("The logo file %1 could not be read.").arg(path));
    // One byte more than allowed is enough to say it is too large.
    const QByteArray head = file.read(kMaxLogoBytes + 1);
    if (head.size() > kMaxLogoBytes)
        return makeError(ErrorCode::InvalidInput,
            LogoText::tr("The logo is over %1 kB; at most that fits on every kiosk. Save it smaller.")
                .arg(kMaxLogoBytes / 1024));
    return setEventLogo(store, head);
}

Status removeEventLogo(Store &store)
{
    return store.setMeta(QString::fromLatin1(kLogoKey), QString());
}

} // namespace oppmote::print
