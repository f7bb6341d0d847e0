#include "print/event_logo.h"

#include "store/store.h"

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

bool drawable(const QByteArray &bytes)
{
    if (bytes.left(512).contains("<svg")) {
        QSvgRenderer svg(bytes);
        return svg.isValid() && !svg.defaultSize().isEmpty();
    }
    const QImage image = QImage::fromData(bytes);
    return !image.isNull() && image.width() > 0 && image.height() > 0;
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
    if (!drawable(bytes))
        return makeError(
            ErrorCode::InvalidInput, LogoText::tr("The logo must be a PNG, JPEG or SVG image that opens."));
    return store.setSharedMeta(QString::fromLatin1(kLogoKey), QString::fromLatin1(bytes.toBase64()));
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
    return store.setSharedMeta(QString::fromLatin1(kLogoKey), QString());
}

} // namespace oppmote::print
