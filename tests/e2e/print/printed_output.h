#pragma once
// Reading what a queue of the private cupsd wrote: a PDF's page sizes and
// text (poppler's pdfinfo, pdftotext), its QR codes (pdftoppm → ZXing), and
// the label size in a ZPL stream.

#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace oppmote::test {

QList<QSizeF> pdfPageSizesMm(const QString &pdf);
QString pdfText(const QString &pdf);
// Renders page `page` at `dpi` in grey and decodes every QR code on it.
QStringList pdfQrCodes(const QString &pdf, int page, int dpi, const QString &workDir);

struct ZplLabel {
    int printWidthDots = 0; // ^PW
    int bytesPerRow = 0; // ~DG graphic: total bytes, bytes per row
    int rows = 0;
};
// The first label's size from a ZPL stream (CUPS's rastertolabel output).
ZplLabel zplLabel(const QByteArray &zpl);

} // namespace oppmote::test
