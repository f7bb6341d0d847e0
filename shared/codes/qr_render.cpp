#include "codes/qr_render.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cstring>

#include <cmath>

namespace oppmote {

namespace {

struct QrRenderText {
    Q_DECLARE_TR_FUNCTIONS(oppmote::QrRender)
};

Error ioError(const QString &path)
{
    return makeError(ErrorCode::Io, QrRenderText::tr("Could not write %1.").arg(path));
}

} // namespace

QImage renderQrImage(const QrCode &code, int pixelsPerModule)
{
    const int ppm = std::max(1, pixelsPerModule);
    const int side = code.sizeWithQuietZone() * ppm;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size(); ++x) {
            if (!code.dark(x, y))
                continue;
            const int px = (x + QrCode::kQuietZone) * ppm;
            const int py = (y + QrCode::kQuietZone) * ppm;
            for (int row = 0; row < ppm; ++row)
                std::memset(image.scanLine(py + row) + px, 0, std::size_t(ppm));
        }
    }
    return image;
}

int pixelsPerModuleToFit(const QrCode &code, int maxPixels)
{
    return std::max(1, maxPixels / code.sizeWithQuietZone());
}

QPainterPath qrOutline(const QrCode &code)
{
    // Horizontal runs of dark modules, then merged into outlines.
    QPainterPath runs;
    for (int y = 0; y < code.size(); ++y) {
        int x = 0;
        while (x < code.size()) {
            if (!code.dark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < code.size() && code.dark(x, y))
                ++x;
            runs.addRect(start + QrCode::kQuietZone, y + QrCode::kQuietZone, x - start, 1);
        }
    }
    return runs.simplified();
}

QrPrintSize qrPrintSize(const QrCode &code, int dpi, double wantedSideMm, int minDots)
{
    const int modules = code.sizeWithQuietZone();
    const double wantedDots = wantedSideMm / 25.4 * dpi;
    QrPrintSize size;
    size.dotsPerModule = std::max(minDots, int(std::floor(wantedDots / modules)));
    size.moduleMm = size.dotsPerModule * 25.4 / dpi;
    size.sideMm = size.moduleMm * modules;
    return size;
}

QByteArray qrSvg(const QrCode &code, double sideMm)
{
    const int modules = code.sizeWithQuietZone();
    QByteArray d;
    const QPainterPath outline = qrOutline(code);
    for (const QPolygonF &polygon : outline.toSubpathPolygons()) {
        for (int i = 0; i < polygon.size(); ++i) {
            d += (i == 0 ? "M" : "L") + QByteArray::number(qRound(polygon[i].x())) + ' '
                + QByteArray::number(qRound(polygon[i].y()));
        }
        d += 'Z';
    }
    const QByteArray mm = QByteArray::number(sideMm, 'f', 3) + "mm";
    const QByteArray n = QByteArray::number(modules);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\""
        + mm + "\" height=\"" + mm + "\" viewBox=\"0 0 " + n + ' ' + n
        + "\" shape-rendering=\"crispEdges\">\n"
          "<rect width=\""
        + n + "\" height=\"" + n + "\" fill=\"#fff\"/>\n<path fill=\"#000\" fill-rule=\"evenodd\" d=\"" + d
        + "\"/>\n</svg>\n";
}

void paintQr(QPainter &painter, const QrCode &code, const QRectF &target)
{
    const double module = target.width() / code.sizeWithQuietZone();
    painter.save();
    painter.fillRect(target, Qt::white);
    painter.translate(target.topLeft());
    painter.scale(module, module);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    painter.drawPath(qrOutline(code));
    painter.restore();
}

Status writeQrPng(const QString &path, const QrCode &code, int pixelsPerModule)
{
    if (!renderQrImage(code, pixelsPerModule).save(path, "PNG"))
        return ioError(path);
    return Ok {};
}

Status writeQrSvg(const QString &path, const QrCode &code, double sideMm)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(qrSvg(code, sideMm)) < 0)
        return ioError(path);
    return Ok {};
}

Status writeQrPdf(const QString &path, const QrCode &code, int dpi, double wantedSideMm)
{
    const QrPrintSize size = qrPrintSize(code, dpi, wantedSideMm);
    QPdfWriter pdf(path);
    if (!pdf.setPageSize(QPageSize(QSizeF(size.sideMm, size.sideMm), QPageSize::Millimeter)))
        return ioError(path);
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setResolution(dpi);
    pdf.setTitle(QStringLiteral("QR"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return ioError(path);
    const double side = size.dotsPerModule * code.sizeWithQuietZone();
    paintQr(painter, code, QRectF(0, 0, side, side));
    painter.end();
    return Ok {};
}

} // namespace oppmote
