#pragma once
// Pages of badges: one badge per page on labels and cards, a grid with crop
// marks on sheets. To a QPrinter (a named CUPS queue or a PDF file) or any
// QPagedPaintDevice, and one badge to an image for previews.

#include "badge/badge_painter.h"

#include <QImage>
#include <QList>
#include <QPageLayout>

class QPagedPaintDevice;
class QPrinter;

namespace oppmote {

struct BadgeRenderOptions {
    bool backs = true; // print the back side when the template has one (duplex)
    QString title = QStringLiteral("Oppmøte badges"); // the PDF title / CUPS job name
};

// The page exactly as the template says (no snapping to a "nearby" standard
// size), portrait as given (a 90 × 54 mm card stays 90 wide), no margins.
QPageLayout badgePageLayout(const BadgeTemplate &tmpl);

// Sets up `printer` for the template: page layout, full page, resolution.
void configurePrinter(QPrinter &printer, const BadgeTemplate &tmpl, const BadgeRenderOptions &options = {});

// The number of pages `count` badges take.
int pageCount(const BadgeTemplate &tmpl, int count, const BadgeRenderOptions &options = {});

// Paints every badge on `device` (already set up with badgePageLayout) at `deviceDpi`.
Status renderBadges(QPagedPaintDevice &device, int deviceDpi, const BadgeTemplate &tmpl,
    const QList<BadgeData> &badges, const BadgeRenderOptions &options = {});

// A PDF file through QPrinter (PdfFormat): vector text and QR codes.
Status writeBadgesPdf(const QString &path, const BadgeTemplate &tmpl, const QList<BadgeData> &badges,
    const BadgeRenderOptions &options = {});

// Straight to a CUPS queue through QPrinter (NativeFormat). QPrinter does not
// return the CUPS job id: the print queue (print/print_queue.h) renders to
// PDF and submits through the CUPS API instead, to follow the job.
Status printBadges(const QString &queue, const BadgeTemplate &tmpl, const QList<BadgeData> &badges,
    const BadgeRenderOptions &options = {});

// One badge (not the sheet) on white, at `dpi`: previews and docs/badges/.
Result<QImage> renderBadgeImage(
    const BadgeTemplate &tmpl, const BadgeData &data, BadgeSide side = BadgeSide::Front, int dpi = 300);

} // namespace oppmote
