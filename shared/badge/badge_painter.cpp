#include "badge/badge_painter.h"

#include "badge/text_fit.h"
#include "codes/qr_code.h"
#include "codes/qr_render.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

#include <cmath>
#include <functional>
#include <memory>

namespace oppmote {

namespace {

struct Mapper {
    QPointF origin; // device units
    double perMm;
    QRectF rect(const QRectF &mm) const
    {
        return QRectF(origin.x() + mm.x() * perMm, origin.y() + mm.y() * perMm, mm.width() * perMm,
            mm.height() * perMm);
    }
    double px(double mm) const { return mm * perMm; }
    double ptToPx(double pt) const { return pt / 72.0 * 25.4 * perMm; }
};

QColor bandColour(const BadgeElement &e, const BadgeData &data)
{
    const QString key
        = e.colourBy == QLatin1String("day") ? QString::number(data.day) : attendeeTypeName(data.type);
    if (auto it = e.colours.constFind(key); it != e.colours.constEnd())
        return it.value();
    if (auto it = e.colours.constFind(QStringLiteral("default")); it != e.colours.constEnd())
        return it.value();
    return e.fill.isValid() ? e.fill : QColor(Qt::lightGray);
}

// Element `e`'s text fitted into its box; `capPx` > 0 caps the size (a sheet's common size).
FittedText fitElement(
    const Mapper &m, const BadgeElement &e, const QString &text, const QPaintDevice *device, double capPx)
{
    QFont font(e.fontFamily);
    font.setBold(e.bold);
    font.setHintingPreference(QFont::PreferNoHinting); // same layout on screen, PDF and labels
    font.setStyleStrategy(QFont::PreferAntialias);
    const double maxPx = capPx > 0 ? std::min(m.ptToPx(e.maxPt), capPx) : m.ptToPx(e.maxPt);
    return fitText(e.uppercase ? text.toUpper() : text, font, maxPx, std::min(m.ptToPx(e.minPt), maxPx),
        m.rect(e.rectMm).size(), e.maxLines, device);
}

void paintText(QPainter &p, const Mapper &m, const BadgeElement &e, const QString &text, double capPx)
{
    if (text.isEmpty())
        return;
    const QRectF box = m.rect(e.rectMm);
    const FittedText fitted = fitElement(m, e, text, p.device(), capPx);
    p.setFont(fitted.font);
    p.setPen(e.colour);
    const QFontMetricsF fm(fitted.font, p.device());
    const double total = fitted.lines.size() * fitted.lineHeight - fm.leading();
    double y = box.top() + (box.height() - total) / 2 + fm.ascent();
    for (const QString &line : fitted.lines) {
        const double w = fm.horizontalAdvance(line);
        double x = box.left();
        if (e.align & Qt::AlignHCenter)
            x += (box.width() - w) / 2;
        else if (e.align & Qt::AlignRight)
            x += box.width() - w;
        p.drawText(QPointF(x, y), line);
        y += fitted.lineHeight;
    }
}

QString resolveSource(const BadgeTemplate &t, const QString &source)
{
    if (source.startsWith(QLatin1Char(':')) || QFileInfo(source).isAbsolute() || t.baseDir.isEmpty())
        return source;
    return QDir(t.baseDir).filePath(source);
}

void drawScaled(const QRectF &box, QSizeF size, const std::function<void(const QRectF &)> &draw)
{
    size.scale(box.size(), Qt::KeepAspectRatio);
    draw(QRectF(box.center() - QPointF(size.width() / 2, size.height() / 2), size));
}

// An SVG or a raster image, from a file or from bytes (the event's logo). SVGs
// and logos are parsed once per thread: a badge run paints the same logo again
// and again. A template's raster file is read each time (edited files show).
struct ParsedImage {
    std::shared_ptr<QSvgRenderer> svg;
    QImage raster;
};

ParsedImage parsedImage(const QString &path, const QByteArray &bytes)
{
    const bool svg
        = bytes.isEmpty() ? path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive) : isSvgImage(bytes);
    if (!svg && bytes.isEmpty())
        return { {}, QImageReader(path).read() };
    thread_local QHash<QByteArray, ParsedImage> cache;
    const QByteArray key = bytes.isEmpty() ? QByteArray("path:") + path.toUtf8() : bytes;
    if (auto it = cache.constFind(key); it != cache.cend())
        return *it;
    if (cache.size() > 16)
        cache.clear(); // a desk changing logos all day does not keep them all
    ParsedImage parsed;
    if (svg) {
        parsed.svg
            = bytes.isEmpty() ? std::make_shared<QSvgRenderer>(path) : std::make_shared<QSvgRenderer>(bytes);
        if (!parsed.svg->isValid())
            parsed.svg.reset();
    } else {
        parsed.raster = QImage::fromData(bytes);
    }
    return *cache.insert(key, parsed);
}

void paintImage(
    QPainter &p, const Mapper &m, const BadgeTemplate &t, const BadgeElement &e, const BadgeData &data)
{
    const bool logo = e.source == QLatin1String("{logo}");
    if (logo && data.logo.isEmpty())
        return; // no organiser's logo: the space stays empty
    const ParsedImage image = logo ? parsedImage({}, data.logo) : parsedImage(resolveSource(t, e.source), {});
    const QRectF box = m.rect(e.rectMm);
    if (image.svg)
        drawScaled(box, image.svg->defaultSize(), [&](const QRectF &r) { image.svg->render(&p, r); });
    else if (!image.raster.isNull())
        drawScaled(box, image.raster.size(), [&](const QRectF &r) { p.drawImage(r, image.raster); });
}

// Snaps a length in mm down/to the nearest whole printer dot.
double snapMm(double mm, int dpi)
{
    return std::round(mm * dpi / 25.4) * 25.4 / dpi;
}

} // namespace

bool isSvgImage(const QByteArray &bytes)
{
    return bytes.left(4096).contains("<svg");
}

QList<double> fittedTextSizes(const QPaintDevice *device, const BadgeTemplate &tmpl, const BadgeData &data,
    BadgeSide side, double deviceDpi)
{
    const Mapper m { QPointF(), deviceDpi / 25.4 };
    const QList<BadgeElement> &elements = side == BadgeSide::Front ? tmpl.front : tmpl.back;
    QList<double> sizes;
    for (const BadgeElement &e : elements) {
        const bool text = e.kind == BadgeElementKind::Text || e.kind == BadgeElementKind::Band;
        const QString shown = text ? data.expand(e.text) : QString();
        sizes << (shown.isEmpty() ? 0.0 : double(fitElement(m, e, shown, device, 0).font.pixelSize()));
    }
    return sizes;
}

Result<QrPlacement> qrPlacement(const BadgeTemplate &tmpl, const BadgeElement &qr, const QString &text)
{
    auto code = QrCode::encode(text, QrUse::Badge);
    if (!code.ok())
        return code.error();
    const QrPrintSize size = qrPrintSize(code.value(), tmpl.dpi, qr.rectMm.width());
    QrPlacement out;
    out.dotsPerModule = size.dotsPerModule;
    double x = qr.rectMm.x();
    if (qr.align & Qt::AlignHCenter)
        x += (qr.rectMm.width() - size.sideMm) / 2;
    else if (qr.align & Qt::AlignRight)
        x += qr.rectMm.width() - size.sideMm;
    const double y = qr.rectMm.y() + (qr.rectMm.height() - size.sideMm) / 2;
    out.rectMm = QRectF(snapMm(x, tmpl.dpi), snapMm(y, tmpl.dpi), size.sideMm, size.sideMm);
    return out;
}

Status paintBadge(QPainter &p, const BadgeTemplate &t, const BadgeData &data, BadgeSide side,
    const BadgePlacement &placement)
{
    const Mapper m { QPointF(placement.originMm.x() * placement.deviceDpi / 25.4,
                         placement.originMm.y() * placement.deviceDpi / 25.4),
        placement.deviceDpi / 25.4 };
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    const QList<BadgeElement> &elements = side == BadgeSide::Front ? t.front : t.back;
    Status status = Ok {};
    for (qsizetype index = 0; index < elements.size(); ++index) {
        const BadgeElement &e = elements.at(index);
        switch (e.kind) {
        case BadgeElementKind::Text:
            paintText(p, m, e, data.expand(e.text), placement.textCapsPx.value(index));
            break;
        case BadgeElementKind::Band: {
            p.fillRect(m.rect(e.rectMm), bandColour(e, data));
            paintText(p, m, e, data.expand(e.text), placement.textCapsPx.value(index));
            break;
        }
        case BadgeElementKind::Rect: {
            QPainterPath path;
            path.addRoundedRect(m.rect(e.rectMm), m.px(e.radiusMm), m.px(e.radiusMm));
            if (e.fill.isValid())
                p.fillPath(path, e.fill);
            if (e.strokeMm > 0)
                p.strokePath(path, QPen(e.colour, m.px(e.strokeMm)));
            break;
        }
        case BadgeElementKind::Image:
            paintImage(p, m, t, e, data);
            break;
        case BadgeElementKind::Qr: {
            const QString text = data.field(e.field);
            if (text.isEmpty())
                break; // no code yet (a walk-in before registration): leave the space
            auto code = QrCode::encode(text, QrUse::Badge);
            auto where = qrPlacement(t, e, text);
            if (!code.ok() || !where.ok()) {
                status = code.ok() ? where.error() : code.error();
                break;
            }
            paintQr(p, code.value(), m.rect(where->rectMm));
            break;
        }
        }
    }
    p.restore();
    return status;
}

} // namespace oppmote
