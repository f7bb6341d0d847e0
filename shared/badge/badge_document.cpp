#include "badge/badge_document.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>

namespace oppmote {

namespace {

struct BadgeText {
    Q_DECLARE_TR_FUNCTIONS(Badge)
};

void drawCropMarks(QPainter &p, const BadgeTemplate &t, double perMm)
{
    const BadgeSheet &s = t.sheet;
    constexpr double kGapMm = 1.5; // between the badge edge and the mark
    constexpr double kLengthMm = 5.0;
    QList<double> xs, ys;
    for (int c = 0; c < s.columns; ++c) {
        const double x = s.originMm.x() + c * (t.badgeMm.width() + s.gapXMm);
        if (xs.isEmpty() || !qFuzzyCompare(xs.back(), x))
            xs << x;
        xs << x + t.badgeMm.width();
    }
    for (int r = 0; r < s.rows; ++r) {
        const double y = s.originMm.y() + r * (t.badgeMm.height() + s.gapYMm);
        if (ys.isEmpty() || !qFuzzyCompare(ys.back(), y))
            ys << y;
        ys << y + t.badgeMm.height();
    }
    const double left = xs.front(), right = xs.back(), top = ys.front(), bottom = ys.back();
    p.save();
    p.setPen(QPen(Qt::black, 0.15 * perMm));
    auto line = [&](double x1, double y1, double x2, double y2) {
        p.drawLine(QPointF(x1 * perMm, y1 * perMm), QPointF(x2 * perMm, y2 * perMm));
    };
    const double roomLeft = std::min(kLengthMm, left - kGapMm), roomTop = std::min(kLengthMm, top - kGapMm);
    const double roomRight = std::min(kLengthMm, t.pageMm.width() - right - kGapMm);
    const double roomBottom = std::min(kLengthMm, t.pageMm.height() - bottom - kGapMm);
    for (double x : xs) {
        if (roomTop > 0.5)
            line(x, top - kGapMm - roomTop, x, top - kGapMm);
        if (roomBottom > 0.5)
            line(x, bottom + kGapMm, x, bottom + kGapMm + roomBottom);
    }
    for (double y : ys) {
        if (roomLeft > 0.5)
            line(left - kGapMm - roomLeft, y, left - kGapMm, y);
        if (roomRight > 0.5)
            line(right + kGapMm, y, right + kGapMm + roomRight, y);
    }
    p.restore();
}

} // namespace

QPageLayout badgePageLayout(const BadgeTemplate &tmpl)
{
    const QPageSize size(tmpl.pageMm, QPageSize::Millimeter, tmpl.title, QPageSize::ExactMatch);
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter);
}

void configurePrinter(QPrinter &printer, const BadgeTemplate &tmpl, const BadgeRenderOptions &options)
{
    printer.setFullPage(true);
    printer.setPageLayout(badgePageLayout(tmpl));
    printer.setPageMargins(QMarginsF(), QPageLayout::Millimeter);
    printer.setDocName(options.title);
    printer.setCreator(QStringLiteral("Oppmøte"));
    printer.setColorMode(QPrinter::Color);
    printer.setDuplex(tmpl.hasBack() && options.backs ? QPrinter::DuplexLongSide : QPrinter::DuplexNone);
}

int pageCount(const BadgeTemplate &tmpl, int count, const BadgeRenderOptions &options)
{
    const int sides = tmpl.hasBack() && options.backs ? 2 : 1;
    const int perPage = tmpl.sheet.perPage();
    return (count + perPage - 1) / perPage * sides;
}

Status renderBadges(QPagedPaintDevice &device, int deviceDpi, const BadgeTemplate &tmpl,
    const QList<BadgeData> &badges, const BadgeRenderOptions &options)
{
    if (badges.isEmpty())
        return makeError(ErrorCode::InvalidInput, BadgeText::tr("There are no badges to print."));
    QPainter painter;
    if (!painter.begin(&device))
        return makeError(
            ErrorCode::Io, BadgeText::tr("The printer or file could not be opened for printing."));
    const double perMm = deviceDpi / 25.4;
    const int perPage = tmpl.sheet.perPage();
    const bool backs = tmpl.hasBack() && options.backs;
    bool first = true;
    Status status = Ok {};
    for (qsizetype start = 0; start < badges.size() && status.ok(); start += perPage) {
        const qsizetype end = std::min<qsizetype>(start + perPage, badges.size());
        for (int side = 0; side < (backs ? 2 : 1); ++side) {
            if (!first && !device.newPage()) {
                status = makeError(ErrorCode::Io, BadgeText::tr("The printer did not accept a new page."));
                break;
            }
            first = false;
            if (tmpl.isSheet() && tmpl.sheet.cropMarks)
                drawCropMarks(painter, tmpl, perMm);
            const BadgeSide badgeSide = side == 0 ? BadgeSide::Front : BadgeSide::Back;
            // On a sheet each text takes the size of the page's smallest, so
            // the names (organisations …) of one sheet are one size.
            QList<double> caps;
            if (tmpl.isSheet())
                for (qsizetype i = start; i < end; ++i) {
                    const QList<double> sizes
                        = fittedTextSizes(&device, tmpl, badges.at(i), badgeSide, deviceDpi);
                    caps.resize(sizes.size());
                    for (qsizetype e = 0; e < sizes.size(); ++e)
                        if (sizes[e] > 0 && (caps[e] == 0 || sizes[e] < caps[e]))
                            caps[e] = sizes[e];
                }
            for (qsizetype i = start; i < end; ++i) {
                const BadgePlacement place { tmpl.slotOriginMm(int(i - start), side == 1), double(deviceDpi),
                    caps };
                auto painted = paintBadge(painter, tmpl, badges.at(i), badgeSide, place);
                if (!painted.ok()) {
                    status = painted;
                    break;
                }
            }
        }
    }
    painter.end();
    return status;
}

Status writeBadgesPdf(const QString &path, const BadgeTemplate &tmpl, const QList<BadgeData> &badges,
    const BadgeRenderOptions &options)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    configurePrinter(printer, tmpl, options);
    auto s = renderBadges(printer, printer.resolution(), tmpl, badges, options);
    if (!s.ok())
        return s;
    if (printer.printerState() == QPrinter::Error)
        return makeError(ErrorCode::Io, BadgeText::tr("The PDF file %1 could not be written.").arg(path));
    return Ok {};
}

Status printBadges(const QString &queue, const BadgeTemplate &tmpl, const QList<BadgeData> &badges,
    const BadgeRenderOptions &options)
{
    if (QPrinterInfo::printerInfo(queue).isNull())
        return makeError(ErrorCode::NotFound, BadgeText::tr("There is no printer called «%1».").arg(queue));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::NativeFormat);
    printer.setPrinterName(queue);
    configurePrinter(printer, tmpl, options);
    auto s = renderBadges(printer, printer.resolution(), tmpl, badges, options);
    if (!s.ok())
        return s;
    if (printer.printerState() == QPrinter::Error)
        return makeError(
            ErrorCode::Io, BadgeText::tr("The printer «%1» did not take the badges.").arg(queue));
    return Ok {};
}

Result<QImage> renderBadgeImage(const BadgeTemplate &tmpl, const BadgeData &data, BadgeSide side, int dpi)
{
    const QSize size(qRound(tmpl.badgeMm.width() * dpi / 25.4), qRound(tmpl.badgeMm.height() * dpi / 25.4));
    QImage image(size, QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    auto s = paintBadge(painter, tmpl, data, side, BadgePlacement { QPointF(0, 0), double(dpi) });
    painter.end();
    if (!s.ok())
        return s.error();
    return image;
}

} // namespace oppmote
