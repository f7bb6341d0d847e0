#include "codes/qr_code.h"
#include "codes/qr_render.h"
#include "codes/token.h"
#include "scan/qr_decoder.h"

#include <QFile>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

using namespace oppmote;

class TestQrRender : public QObject
{
    Q_OBJECT

    QString m_token = Token::generate();

    QrCode code(QrUse use = QrUse::Badge) const { return QrCode::encode(m_token, use).value(); }

    static QString decodeOne(const QImage &image)
    {
        QrDecoder decoder;
        const auto found = decoder.decode(image.convertToFormat(QImage::Format_Grayscale8));
        return found.size() == 1 ? found.front().text : QString();
    }

private slots:
    void errorCorrectionFollowsTheUse()
    {
        // Q carries more redundancy: for the same text, never a smaller symbol.
        QVERIFY(code(QrUse::Badge).version() >= code(QrUse::Screen).version());
        QCOMPARE(code(QrUse::Badge).use(), QrUse::Badge);
        // A 31-character token in alphanumeric mode fits version 2 at M and 3 at Q.
        QCOMPARE(code(QrUse::Screen).version(), 2);
        QCOMPARE(code(QrUse::Badge).version(), 3);
        QCOMPARE(code().size(), 17 + 4 * code().version());
        QVERIFY(!QrCode::encode(QString(), QrUse::Screen).ok());
        QVERIFY(!QrCode::encode(QString(8000, u'x'), QrUse::Screen).ok());
    }

    void rasterHasWholePixelsPerModuleAndQuietZone()
    {
        const QrCode c = code();
        for (const int ppm : { 1, 3, 8 }) {
            const QImage img = renderQrImage(c, ppm);
            QCOMPARE(img.width(), (c.size() + 8) * ppm);
            QCOMPARE(img.format(), QImage::Format_Grayscale8);
            // Only pure black and white: nothing resampled.
            for (int y = 0; y < img.height(); ++y) {
                for (int x = 0; x < img.width(); ++x) {
                    const int v = img.constScanLine(y)[x];
                    QVERIFY(v == 0 || v == 255);
                    const int mx = x / ppm - 4, my = y / ppm - 4;
                    const bool inSymbol = mx >= 0 && my >= 0 && mx < c.size() && my < c.size();
                    QCOMPARE(v == 0, inSymbol && c.dark(mx, my));
                }
            }
            QCOMPARE(decodeOne(img), m_token);
        }
        QCOMPARE(pixelsPerModuleToFit(c, 300), 300 / (c.size() + 8));
        QCOMPARE(pixelsPerModuleToFit(c, 5), 1);
    }

    void outlineCoversExactlyTheDarkModules()
    {
        const QrCode c = code();
        const QPainterPath outline = qrOutline(c);
        for (int y = 0; y < c.size(); ++y) {
            for (int x = 0; x < c.size(); ++x)
                QCOMPARE(outline.contains(QPointF(x + 4.5, y + 4.5)), c.dark(x, y));
        }
        // Merged: far fewer sub-paths than dark modules.
        int darkModules = 0;
        for (int y = 0; y < c.size(); ++y)
            for (int x = 0; x < c.size(); ++x)
                darkModules += c.dark(x, y);
        QVERIFY(outline.toSubpathPolygons().size() < darkModules / 3);
    }

    void svgIsOneMergedPathThatDecodes()
    {
        const QByteArray svg = qrSvg(code(), 25.0);
        QVERIFY(svg.contains("width=\"25.000mm\""));
        QCOMPARE(svg.count("<path"), 1);
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QImage img(400, 400, QImage::Format_RGB32);
        img.fill(Qt::white);
        QPainter p(&img);
        renderer.render(&p);
        p.end();
        QCOMPARE(decodeOne(img), m_token);
    }

    void printSizeGivesWholeDotsAndAtLeastFour()
    {
        const QrCode c = code(); // 29 modules + 8 quiet = 37
        const auto s300 = qrPrintSize(c, 300, 25.0);
        QCOMPARE(s300.dotsPerModule, int(25.0 / 25.4 * 300 / 37));
        QVERIFY(s300.sideMm <= 25.0);
        QCOMPARE(s300.sideMm, s300.dotsPerModule * 25.4 / 300 * 37);
        // Too small for the printer: grows to 4 dots per module.
        const auto tiny = qrPrintSize(c, 203, 5.0);
        QCOMPARE(tiny.dotsPerModule, 4);
        QVERIFY(tiny.sideMm > 5.0);
    }

    void filesAreWritten()
    {
        QTemporaryDir dir;
        const QrCode c = code();
        const QString png = dir.filePath(QStringLiteral("c.png"));
        QVERIFY(writeQrPng(png, c, 4).ok());
        QCOMPARE(decodeImageFile(png).value(0).text, m_token);
        const QString svg = dir.filePath(QStringLiteral("c.svg"));
        QVERIFY(writeQrSvg(svg, c, 30).ok());
        QCOMPARE(decodeImageFile(svg).value(0).text, m_token);
        const QString pdf = dir.filePath(QStringLiteral("c.pdf"));
        QVERIFY(writeQrPdf(pdf, c, 300, 25.0).ok());
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        // Page exactly the code's size: 7 dots × 37 modules at 300 dpi = 62.16 pt.
        const auto m = QRegularExpression(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"))
                           .match(QString::fromLatin1(bytes));
        QVERIFY(m.hasMatch());
        QVERIFY(qAbs(m.captured(1).toDouble() - 7 * 37 / 300.0 * 72) < 0.6);
        QVERIFY(!bytes.contains("/Subtype /Image")); // vector, not a picture
        QVERIFY(!writeQrPng(QStringLiteral("/nonexistent/dir/c.png"), c, 4).ok());
    }
};

QTEST_MAIN(TestQrRender)
#include "test_qr_render.moc"
