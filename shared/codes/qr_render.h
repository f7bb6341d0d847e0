#pragma once
// Drawing a QrCode: raster images with whole device pixels per module (no
// resampling blur), and merged vector outlines for SVG and PDF (one path, so
// no hairline seams between modules). Every output has the 4-module quiet zone.

#include "codes/qr_code.h"
#include "domain/result.h"

#include <QImage>
#include <QPainterPath>

class QPainter;

namespace oppmote {

// A raster image, 8-bit grey, `pixelsPerModule` (≥ 1) device pixels per module.
QImage renderQrImage(const QrCode &code, int pixelsPerModule);

// The largest whole number of pixels per module that fits `maxPixels`
// (quiet zone included); at least 1.
int pixelsPerModuleToFit(const QrCode &code, int maxPixels);

// The dark modules as one merged outline (odd-even fill), in module units,
// with the quiet zone: the symbol's top-left module is at (4, 4).
QPainterPath qrOutline(const QrCode &code);

// Printed size: whole printer dots per module, at least `minDots` (4).
struct QrPrintSize {
    int dotsPerModule = 0;
    double moduleMm = 0;
    double sideMm = 0; // quiet zone included
};
// The size closest to (not above) `wantedSideMm` at `dpi`, but never fewer
// than `minDots` dots per module — then the code is larger than wanted.
QrPrintSize qrPrintSize(const QrCode &code, int dpi, double wantedSideMm, int minDots = 4);

// SVG document of side `sideMm` (quiet zone included).
QByteArray qrSvg(const QrCode &code, double sideMm);

// Draws the code as a vector path into `target` (device units), with a
// white quiet zone. Used for PDF pages and tickets.
void paintQr(QPainter &painter, const QrCode &code, const QRectF &target);

Status writeQrPng(const QString &path, const QrCode &code, int pixelsPerModule);
Status writeQrSvg(const QString &path, const QrCode &code, double sideMm);
// A one-page PDF exactly the size of the code at `dpi` (see qrPrintSize).
Status writeQrPdf(const QString &path, const QrCode &code, int dpi, double wantedSideMm);

} // namespace oppmote
