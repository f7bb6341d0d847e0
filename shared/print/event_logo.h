#pragma once
// The organiser's logo on the badges: an image kept in the event's settings
// (meta 'badge_logo', base64), so every kiosk has it with the roster and
// prints it where a template has an image with the source "{logo}".

#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace oppmote {
class Store;
}

namespace oppmote::print {

inline constexpr qsizetype kMaxLogoBytes = 512 * 1024;

Result<QByteArray> eventLogo(Store &store); // empty: none set
// A PNG, JPEG or SVG file of at most kMaxLogoBytes that draws; anything else
// is refused with the reason and the logo stays as it was.
Status setEventLogoFile(Store &store, const QString &path);
Status setEventLogo(Store &store, const QByteArray &bytes);
Status removeEventLogo(Store &store);

} // namespace oppmote::print
