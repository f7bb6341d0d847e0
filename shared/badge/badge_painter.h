#pragma once
// Paints one side of one badge with QPainter onto any device (QPrinter,
// QPdfWriter, QImage), in the device's own units so text is measured where
// it is drawn. The QR code is sized to whole printer dots per module at the
// template's dpi and placed on the printer's dot grid.

#include "badge/badge_data.h"
#include "badge/badge_template.h"

#include <QPointF>

class QPainter;
class QPaintDevice;

namespace oppmote {

enum class BadgeSide { Front, Back };

struct BadgePlacement {
    QPointF originMm; // the badge's top-left corner on the page
    double deviceDpi = 300; // device units per inch
    // Per element of the side: the largest text size (device pixels) it may
    // take, so the badges of one sheet show names in one size; 0 or missing: none.
    QList<double> textCapsPx = {};
};

// Paints `side` of the badge for `data`. Fails only when the QR code cannot
// be made (an empty or too long token).
Status paintBadge(QPainter &painter, const BadgeTemplate &tmpl, const BadgeData &data, BadgeSide side,
    const BadgePlacement &placement);

// Whether image bytes are an SVG document (its root element within the first 4 kB,
// after any XML prolog, comments or DOCTYPE).
bool isSvgImage(const QByteArray &bytes);

// The size (device pixels) each text element of `side` fits in for `data`;
// 0 for other elements and texts left empty.
QList<double> fittedTextSizes(const QPaintDevice *device, const BadgeTemplate &tmpl, const BadgeData &data,
    BadgeSide side, double deviceDpi);

// The side length (mm, quiet zone included) the QR element will have, and its
// dots per module at the template's dpi.
struct QrPlacement {
    QRectF rectMm; // within the badge
    int dotsPerModule = 0;
};
Result<QrPlacement> qrPlacement(const BadgeTemplate &tmpl, const BadgeElement &qr, const QString &text);

} // namespace oppmote
