// Badge templates and rendering: every built-in template parses, renders the
// long Norwegian names without cutting them, and its QR code decodes from the
// rendered image; PDFs have the template's exact page size.

#include "badge/badge_document.h"
#include "badge/text_fit.h"
#include "badge_samples.h"
#include "codes/qr_code.h"
#include "required_tool.h"
#include "scan/qr_decoder.h"
#include "test_paths.h"

#include <QDir>
#include <QFontMetricsF>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace oppmote;

namespace {

// "Page size: 255.12 x 153.07 pts" from pdfinfo, in mm.
QList<QSizeF> pdfPageSizesMm(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"),
        { QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1000"), path });
    p.waitForFinished(20000);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression re(QStringLiteral("Page +\\d+ size: +([\\d.]+) x ([\\d.]+) pts"));
    QList<QSizeF> sizes;
    auto it = re.globalMatch(out);
    while (it.hasNext()) {
        const auto m = it.next();
        sizes << QSizeF(m.captured(1).toDouble() * 25.4 / 72, m.captured(2).toDouble() * 25.4 / 72);
    }
    return sizes;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    p.waitForFinished(20000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The height (pt) of each word pdftotext finds, by word: how large it was set.
QMultiHash<QString, double> pdfWordHeights(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-bbox"), path, QStringLiteral("-") });
    p.waitForFinished(20000);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression re(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QMultiHash<QString, double> heights;
    auto it = re.globalMatch(out);
    while (it.hasNext()) {
        const auto m = it.next();
        heights.insert(m.captured(5), m.captured(4).toDouble() - m.captured(2).toDouble());
    }
    return heights;
}

} // namespace

class TestBadgeRender : public QObject
{
    Q_OBJECT

private slots:
    void builtInTemplatesParse();
    void badTemplatesAreExplained();
    void placeholders();
    void textFitShrinksThenWraps();
    void everyTemplateRendersLongNames_data();
    void everyTemplateRendersLongNames();
    void qrIsWholeDotsPerModule_data();
    void qrIsWholeDotsPerModule();
    void pdfHasExactPageSize_data();
    void pdfHasExactPageSize();
    void sheetsHoldSeveralBadges();
    void namesOnOneSheetAreOneSize();
    void theOrganisersLogoIsDrawn();
    void scheduleLinesStayWhole();
};

void TestBadgeRender::builtInTemplatesParse()
{
    const QStringList names = builtInBadgeTemplates();
    QCOMPARE(names.size(), 9);
    for (const QString &n : names) {
        auto t = loadBadgeTemplate(n);
        QVERIFY2(t.ok(), qPrintable(t.error().message));
        QVERIFY(!t->front.isEmpty());
    }
    auto a6 = loadBadgeTemplate(QStringLiteral("a6"));
    QVERIFY(a6->hasBack());
    QCOMPARE(a6->cupsMedia(), QStringLiteral("Custom.105x148mm"));
    auto zebra = loadBadgeTemplate(QStringLiteral("zebra-4x3"));
    QCOMPARE(zebra->dpi, 203);
    QCOMPARE(zebra->cupsMedia(), QStringLiteral("Custom.101.6x76.2mm"));
    auto sheet = loadBadgeTemplate(QStringLiteral("a4-80x50"));
    QCOMPARE(sheet->sheet.perPage(), 10);
    QVERIFY(sheet->sheet.cropMarks);
    QVERIFY(!loadBadgeTemplate(QStringLiteral("no-such")).ok());
}

void TestBadgeRender::badTemplatesAreExplained()
{
    auto notJson = parseBadgeTemplate("{", QStringLiteral("x"));
    QVERIFY(!notJson.ok());
    QVERIFY(notJson.error().message.contains(QLatin1String("JSON")));
    auto outside = parseBadgeTemplate(R"({"badge":{"widthMm":50,"heightMm":50},
        "front":[{"type":"text","x":40,"y":0,"w":20,"h":10,"text":"{fullName}"}]})",
        QStringLiteral("x"));
    QVERIFY(!outside.ok());
    QVERIFY2(outside.error().message.contains(QLatin1String("outside")), qPrintable(outside.error().message));
    auto tooMany
        = parseBadgeTemplate(R"({"badge":{"widthMm":90,"heightMm":54},"page":{"widthMm":100,"heightMm":100},
        "sheet":{"columns":2,"rows":1},"front":[{"type":"qr","x":0,"y":0,"size":20}]})",
            QStringLiteral("x"));
    QVERIFY(!tooMany.ok());
    QVERIFY(tooMany.error().message.contains(QLatin1String("fit")));
}

void TestBadgeRender::placeholders()
{
    BadgeData d = test::shortNameBadge();
    QCOMPARE(d.expand(QStringLiteral("{fullName}")), QStringLiteral("Ola Nå"));
    QCOMPARE(d.expand(QStringLiteral("{group} · {room}")), QString());
    d.room = QStringLiteral("Sal A");
    QCOMPARE(d.expand(QStringLiteral("{group} · {room}")), QStringLiteral("Sal A"));
    d.group = QStringLiteral("Tema 1");
    QCOMPARE(d.expand(QStringLiteral("{group} · {room}")), QStringLiteral("Tema 1 · Sal A"));
    QCOMPARE(d.expand(QStringLiteral("{nonsense}x")), QString()); // every value empty: nothing
    QCOMPARE(d.expand(QStringLiteral("Dag {day}")), QStringLiteral("Dag 1"));
}

void TestBadgeRender::textFitShrinksThenWraps()
{
    QImage device(100, 100, QImage::Format_RGB32);
    device.setDotsPerMeterX(11811); // 300 dpi
    device.setDotsPerMeterY(11811);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setBold(true);
    const QSizeF box(600, 260); // ≈ 51 × 22 mm at 300 dpi
    const FittedText shortName = fitText(QStringLiteral("Ola Nå"), font, 120, 40, box, 2, &device);
    QCOMPARE(shortName.lines.size(), 1);
    QCOMPARE(shortName.font.pixelSize(), 120);
    const QString longName = test::longNameBadge().fullName();
    const FittedText longFit = fitText(longName, font, 120, 40, box, 2, &device);
    QCOMPARE(longFit.lines.size(), 2);
    QVERIFY(!longFit.elided);
    QCOMPARE(longFit.lines.join(QLatin1Char(' ')).remove(QLatin1Char(' ')),
        QString(longName).remove(QLatin1Char(' ')));
    const QFontMetricsF fm(longFit.font, &device);
    for (const QString &l : longFit.lines)
        QVERIFY(fm.horizontalAdvance(l) <= box.width());
    QVERIFY(longFit.font.pixelSize() < 120);
    // Nothing fits at the smallest size: elided, never drawn outside the box.
    const FittedText tiny = fitText(longName, font, 60, 50, QSizeF(200, 60), 1, &device);
    QVERIFY(tiny.elided);
    QVERIFY(QFontMetricsF(tiny.font, &device).horizontalAdvance(tiny.lines.front()) <= 200);
}

void TestBadgeRender::everyTemplateRendersLongNames_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &n : builtInBadgeTemplates())
        QTest::newRow(qPrintable(n)) << n;
}

void TestBadgeRender::everyTemplateRendersLongNames()
{
    QFETCH(QString, name);
    auto t = loadBadgeTemplate(name);
    QVERIFY(t.ok());
    QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway)); // the schedule's weekdays
    BadgeData d = test::longNameBadge();
    QFile logo(test::sourcePath(QStringLiteral("assets/sample/organiser-logo.svg")));
    QVERIFY(logo.open(QIODevice::ReadOnly));
    const auto withoutLogo = renderBadgeImage(t.value(), d, BadgeSide::Front, t->dpi);
    d.logo = logo.readAll(); // every template draws an organiser's logo, beside a code that still reads
    auto image = renderBadgeImage(t.value(), d, BadgeSide::Front, t->dpi);
    QVERIFY(withoutLogo.ok() && image.ok() && image.value() != withoutLogo.value());
    QVERIFY2(image.ok(), qPrintable(image.error().message));
    QCOMPARE(image->width(), qRound(t->badgeMm.width() * t->dpi / 25.4));
    // The QR code on the badge decodes back to the token.
    const auto found = QrDecoder().decode(image->convertToFormat(QImage::Format_Grayscale8));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.front().text, d.token);
    // OPPMOTE_BADGE_DOCS=<dir>: keep the images (docs/badges/ is made this way).
    if (const QString dir = qEnvironmentVariable("OPPMOTE_BADGE_DOCS"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        auto preview = renderBadgeImage(t.value(), d, BadgeSide::Front, 200);
        QVERIFY(preview->save(QDir(dir).filePath(name + QStringLiteral(".png"))));
        if (t->hasBack()) {
            auto back = renderBadgeImage(t.value(), d, BadgeSide::Back, 200);
            QVERIFY(back->save(QDir(dir).filePath(name + QStringLiteral("-back.png"))));
        }
    }
}

void TestBadgeRender::qrIsWholeDotsPerModule_data()
{
    everyTemplateRendersLongNames_data();
}

void TestBadgeRender::qrIsWholeDotsPerModule()
{
    QFETCH(QString, name);
    auto t = loadBadgeTemplate(name);
    QVERIFY(t.ok());
    const QString token = test::longNameBadge().token;
    auto code = QrCode::encode(token, QrUse::Badge);
    QVERIFY(code.ok());
    for (const BadgeElement &e : t->front) {
        if (e.kind != BadgeElementKind::Qr)
            continue;
        auto place = qrPlacement(t.value(), e, token);
        QVERIFY(place.ok());
        QVERIFY(place->dotsPerModule >= 4);
        const double sideDots = place->rectMm.width() * t->dpi / 25.4;
        QCOMPARE(qRound(sideDots), place->dotsPerModule * code->sizeWithQuietZone());
        QVERIFY(std::abs(sideDots - qRound(sideDots)) < 1e-6);
        // On the printer's dot grid, and inside the badge.
        const double x = place->rectMm.x() * t->dpi / 25.4;
        QVERIFY(std::abs(x - qRound(x)) < 1e-6);
        QVERIFY(place->rectMm.right() <= t->badgeMm.width() + 0.01);
        QVERIFY(place->rectMm.bottom() <= t->badgeMm.height() + 0.01);
    }
}

void TestBadgeRender::pdfHasExactPageSize_data()
{
    everyTemplateRendersLongNames_data();
}

void TestBadgeRender::pdfHasExactPageSize()
{
    OPPMOTE_REQUIRE_TOOL("pdfinfo", "poppler-utils");
    OPPMOTE_REQUIRE_TOOL("pdftotext", "poppler-utils");
    QFETCH(QString, name);
    auto t = loadBadgeTemplate(name);
    QVERIFY(t.ok());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("b.pdf"));
    auto s = writeBadgesPdf(pdf, t.value(), { test::longNameBadge(), test::shortNameBadge() });
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    const QList<QSizeF> sizes = pdfPageSizesMm(pdf);
    QCOMPARE(sizes.size(), pageCount(t.value(), 2));
    // Qt's PDF engine writes the MediaBox in whole points: within 1 pt (0.35 mm)
    // of the template, never snapped to a "nearby" standard size.
    constexpr double kPointMm = 25.4 / 72;
    for (const QSizeF &size : sizes) {
        QVERIFY2(std::abs(size.width() - t->pageMm.width()) <= kPointMm
                && std::abs(size.height() - t->pageMm.height()) <= kPointMm,
            qPrintable(QStringLiteral("%1 × %2 mm").arg(size.width()).arg(size.height())));
    }
    const QString text = pdfText(pdf).simplified();
    QVERIFY2(text.contains(QStringLiteral("Ola Nå")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Bjørnstad")));
    QVERIFY(text.contains(QStringLiteral("Østensjø-")));
}

void TestBadgeRender::sheetsHoldSeveralBadges()
{
    auto t = loadBadgeTemplate(QStringLiteral("a4-80x50"));
    QVERIFY(t.ok());
    QCOMPARE(pageCount(t.value(), 25), 3);
    QCOMPARE(pageCount(t.value(), 10), 1);
    auto a6 = loadBadgeTemplate(QStringLiteral("a6"));
    QCOMPARE(pageCount(a6.value(), 3), 6); // front and back
    QCOMPARE(pageCount(a6.value(), 3, BadgeRenderOptions { false, {} }), 3);
    // Slots tile the page without overlapping, inside it.
    for (int i = 0; i < 10; ++i) {
        const QRectF r(t->slotOriginMm(i), t->badgeMm);
        QVERIFY(r.left() >= 0 && r.right() <= 210 && r.top() >= 0 && r.bottom() <= 297);
        for (int j = 0; j < i; ++j)
            QVERIFY(!r.intersects(QRectF(t->slotOriginMm(j), t->badgeMm).adjusted(0.01, 0.01, -0.01, -0.01)));
    }
    // The back of a sheet mirrors the columns.
    QCOMPARE(t->slotOriginMm(0, true), t->slotOriginMm(1, false));
}

void TestBadgeRender::namesOnOneSheetAreOneSize()
{
    OPPMOTE_REQUIRE_TOOL("pdftotext", "poppler-utils");
    // A long and a short name: on labels each takes its own size, on an A4
    // sheet both take the smaller, so one sheet does not mix sizes.
    auto heightsOn = [](const QString &templateName) {
        auto t = loadBadgeTemplate(templateName);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("b.pdf"));
        const Status s = writeBadgesPdf(pdf, t.value(), { test::longNameBadge(), test::shortNameBadge() });
        const auto heights = pdfWordHeights(pdf);
        return std::pair { s.ok() ? heights.value(QStringLiteral("Kristin")) : -1.0,
            heights.value(QStringLiteral("Ola")) };
    };
    const auto [longOnLabel, shortOnLabel] = heightsOn(QStringLiteral("ql-62x100"));
    QVERIFY2(longOnLabel > 0 && shortOnLabel > longOnLabel * 1.2,
        qPrintable(QStringLiteral("%1 / %2").arg(longOnLabel).arg(shortOnLabel)));
    for (const QString &sheet : { QStringLiteral("a4-80x50"), QStringLiteral("a4-90x54") }) {
        const auto [longOnSheet, shortOnSheet] = heightsOn(sheet);
        QVERIFY2(longOnSheet > 0 && std::abs(shortOnSheet - longOnSheet) < 0.3,
            qPrintable(QStringLiteral("%1: %2 / %3").arg(sheet).arg(longOnSheet).arg(shortOnSheet)));
    }
}

void TestBadgeRender::theOrganisersLogoIsDrawn()
{
    auto t = loadBadgeTemplate(QStringLiteral("a6"));
    QVERIFY(t.ok());
    const BadgeElement *logo = nullptr;
    for (const BadgeElement &e : t->front)
        if (e.kind == BadgeElementKind::Image)
            logo = &e;
    QVERIFY(logo);
    QCOMPARE(logo->source, QStringLiteral("{logo}"));
    constexpr int kDpi = 100;
    const QRect area(qRound(logo->rectMm.x() * kDpi / 25.4), qRound(logo->rectMm.y() * kDpi / 25.4),
        qRound(logo->rectMm.width() * kDpi / 25.4), qRound(logo->rectMm.height() * kDpi / 25.4));
    auto redIn = [&](const QImage &image) {
        int red = 0;
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x) {
                const QColor c = image.pixelColor(x, y);
                red += c.red() > 200 && c.green() < 60 && c.blue() < 60;
            }
        return red;
    };
    BadgeData d = test::shortNameBadge();
    auto without = renderBadgeImage(t.value(), d, BadgeSide::Front, kDpi);
    QVERIFY(without.ok());
    QCOMPARE(redIn(without.value()), 0); // no logo set: the space stays empty, no product logo
    for (const QByteArray &logoBytes :
        { QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"10\">"
                     "<rect width=\"40\" height=\"10\" fill=\"#ff0000\"/></svg>"),
            test::pngBytes(QSize(40, 10), Qt::red) }) {
        d.logo = logoBytes;
        auto with = renderBadgeImage(t.value(), d, BadgeSide::Front, kDpi);
        QVERIFY(with.ok());
        QVERIFY2(redIn(with.value()) > area.width() * area.height() / 4, logoBytes.left(4).constData());
    }
}

void TestBadgeRender::scheduleLinesStayWhole()
{
    QImage device(100, 100, QImage::Format_RGB32);
    device.setDotsPerMeterX(11811);
    device.setDotsPerMeterY(11811);
    const QFont font(QStringLiteral("DejaVu Sans"));
    const QString first = QStringLiteral("ma. 14:00 Tema 2 · Møterom Fjorden");
    const QString second = QStringLiteral("ti. 11:00 Gruppe 4 · Biblioteket");
    const QString text = first + QLatin1Char('\n') + second;
    // Lines to spare: still broken where the text breaks, and never elsewhere than
    // at a space, never before the separator; as large as fits.
    const FittedText fit = fitText(text, font, 80, 20, QSizeF(1100, 300), 3, &device);
    QVERIFY(!fit.elided);
    QVERIFY(fit.lines.size() >= 2 && fit.lines.size() <= 3);
    QCOMPARE(fit.lines.last(), second);
    QCOMPARE(fit.lines.mid(0, fit.lines.size() - 1).join(QLatin1Char(' ')), first);
    for (const QString &l : fit.lines)
        QVERIFY2(!l.startsWith(QChar(0x00B7)), qPrintable(l));
    if (fit.lines.size() == 3) // broken where the place has its separator
        QCOMPARE(fit.lines.first(), QStringLiteral("ma. 14:00 Tema 2 ·"));
    const QFontMetricsF fm(fit.font, &device);
    for (const QString &l : fit.lines)
        QVERIFY(fm.horizontalAdvance(l) <= 1100);
    QVERIFY(fit.lines.size() * fit.lineHeight <= 300 + fm.leading() + 1);
    // No line to spare: the two lines as they are, smaller.
    const FittedText exact = fitText(text, font, 80, 20, QSizeF(1100, 300), 2, &device);
    QCOMPARE(exact.lines, text.split(QLatin1Char('\n')));
    QVERIFY(exact.font.pixelSize() <= fit.font.pixelSize());
    // More lines than the element allows: the last one shown says so.
    const FittedText cut = fitText(text, font, 80, 20, QSizeF(1100, 300), 1, &device);
    QCOMPARE(cut.lines.size(), 1);
    QVERIFY(cut.elided);
    // "{event}\n{dates}" in a narrow box: the long name takes two lines, the dates stay one.
    const QString event = QStringLiteral("Verksted for regional samfunnsutvikling i fylkeskommunene");
    const FittedText header = fitText(
        event + QStringLiteral("\n25.–26. september 2017"), font, 40, 20, QSizeF(500, 200), 3, &device);
    QVERIFY(!header.elided);
    QCOMPARE(header.lines.size(), 3);
    QCOMPARE(header.lines.last(), QStringLiteral("25.–26. september 2017"));
    QCOMPARE(header.lines.mid(0, 2).join(QLatin1Char(' ')), event);
}

QTEST_MAIN(TestBadgeRender)
#include "test_badge_render.moc"
