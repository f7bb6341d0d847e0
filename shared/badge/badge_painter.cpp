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

void paintText(QPainter &p, const Mapper &m, const BadgeElement &e, const QString &text, const QColor &colour)
{
    if (text.isEmpty())
        return;
    QFont font(e.fontFamily);
    font.setBold(e.bold);
    font.setHintingPreference(QFont::PreferNoHinting); // same layout on screen, PDF and labels
    font.setStyleStrategy(QFont::PreferAntialias);
    const QRectF box = m.rect(e.rectMm);
    const FittedText fitted = fitText(e.uppercase ? text.toUpper() : text, font, m.ptToPx(e.maxPt),
        m.ptToPx(e.minPt), box.size(), e.maxLines, p.device());
    p.setFont(fitted.font);
    p.setPen(colour);
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

void paintImage(QPainter &p, const Mapper &m, const BadgeTemplate &t, const BadgeElement &e)
{
    const QString path = resolveSource(t, e.source);
    const QRectF box = m.rect(e.rectMm);
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        // Parsed once per thread (a badge run paints the same logo again and again).
        thread_local QHash<QString, std::shared_ptr<QSvgRenderer>> cache;
        auto &svg = cache[path];
        if (!svg)
            svg = std::make_shared<QSvgRenderer>(path);
        if (!svg->isValid())
            return;
        QSizeF size = svg->defaultSize();
        size.scale(box.size(), Qt::KeepAspectRatio);
        svg->render(&p, QRectF(box.center() - QPointF(size.width() / 2, size.height() / 2), size));
        return;
    }
    QImageReader reader(path);
    const QImage image = reader.read();
    if (image.isNull())
        return;
    QSizeF size = image.size();
    size.scale(box.size(), Qt::KeepAspectRatio);
    p.drawImage(QRectF(box.center() - QPointF(size.width() / 2, size.height() / 2), size), image);
}

// Snaps a length in mm down/to the nearest whole printer dot.
double snapMm(double mm, int dpi)
{
    return std::round(mm * dpi / 25.4) * 25.4 / dpi;
}

} // namespace

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
    for (const BadgeElement &e : elements) {
        switch (e.kind) {
        case BadgeElementKind::Text:
            paintText(p, m, e, data.expand(e.text), e.colour);
            break;
        case BadgeElementKind::Band: {
            p.fillRect(m.rect(e.rectMm), bandColour(e, data));
            paintText(p, m, e, data.expand(e.text), e.colour);
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
            paintImage(p, m, t, e);
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
