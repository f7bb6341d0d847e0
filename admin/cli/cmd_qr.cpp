// oppmote qr TOKEN --png|--svg|--pdf FILE: a code as an image for
// e-mails, web pages and print (docs/codes.md, "QR generation").

#include "codes/qr_code.h"
#include "codes/qr_render.h"
#include "command.h"
#include "store_options.h"

#include <QCoreApplication>

namespace oppmote::cli {

namespace {
int run(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption png(QStringLiteral("png"),
        QCoreApplication::translate("cli", "Write a PNG image."), QStringLiteral("file"));
    const QCommandLineOption svg(QStringLiteral("svg"),
        QCoreApplication::translate("cli", "Write an SVG image."), QStringLiteral("file"));
    const QCommandLineOption pdf(QStringLiteral("pdf"),
        QCoreApplication::translate("cli", "Write a PDF page the size of the code."), QStringLiteral("file"));
    const QCommandLineOption use(QStringLiteral("use"),
        QCoreApplication::translate("cli", "screen (error correction M, default) or badge (Q)."),
        QStringLiteral("use"), QStringLiteral("screen"));
    const QCommandLineOption pixels(QStringLiteral("pixels-per-module"),
        QCoreApplication::translate("cli", "PNG: device pixels per module (default 8)."), QStringLiteral("n"),
        QStringLiteral("8"));
    const QCommandLineOption sizeMm(QStringLiteral("size-mm"),
        QCoreApplication::translate("cli",
            "SVG/PDF: side in mm, quiet zone included "
            "(default 30)."),
        QStringLiteral("mm"), QStringLiteral("30"));
    const QCommandLineOption dpi(QStringLiteral("dpi"),
        QCoreApplication::translate("cli",
            "PDF: the printer's resolution; the size is "
            "rounded to whole dots per module, at least 4 "
            "(default 300)."),
        QStringLiteral("dpi"), QStringLiteral("300"));
    parser.addOptions({ png, svg, pdf, use, pixels, sizeMm, dpi });
    parser.addPositionalArgument(
        QStringLiteral("code"), QCoreApplication::translate("cli", "The token or signed ticket to encode."));
    if (int code = parseArguments(parser, ctx, QStringLiteral("qr"),
            QCoreApplication::translate("cli", "Make a QR code image of a token."));
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !(parser.isSet(png) || parser.isSet(svg) || parser.isSet(pdf))) {
        ctx.err << QCoreApplication::translate(
            "cli", "Give one code and at least one of --png, --svg, --pdf.")
                << Qt::endl;
        return Usage;
    }
    const QString useName = parser.value(use);
    if (useName != QLatin1String("screen") && useName != QLatin1String("badge")) {
        ctx.err << QCoreApplication::translate("cli", "--use is screen or badge.") << Qt::endl;
        return Usage;
    }
    const auto qr = QrCode::encode(
        positional.front(), useName == QLatin1String("badge") ? QrUse::Badge : QrUse::Screen);
    if (!qr.ok())
        return fail(ctx, qr.error());
    const double mm = parser.value(sizeMm).toDouble();
    const int ppm = parser.value(pixels).toInt();
    const int printerDpi = parser.value(dpi).toInt();
    if (mm <= 0 || ppm <= 0 || printerDpi <= 0) {
        ctx.err << QCoreApplication::translate("cli", "Sizes and resolutions must be positive numbers.")
                << Qt::endl;
        return Usage;
    }
    if (parser.isSet(png)) {
        if (const Status s = writeQrPng(parser.value(png), qr.value(), ppm); !s.ok())
            return fail(ctx, s.error());
    }
    if (parser.isSet(svg)) {
        if (const Status s = writeQrSvg(parser.value(svg), qr.value(), mm); !s.ok())
            return fail(ctx, s.error());
    }
    if (parser.isSet(pdf)) {
        if (const Status s = writeQrPdf(parser.value(pdf), qr.value(), printerDpi, mm); !s.ok())
            return fail(ctx, s.error());
        const QrPrintSize size = qrPrintSize(qr.value(), printerDpi, mm);
        ctx.out << QCoreApplication::translate("cli", "PDF: %1 mm square, %2 dots per module at %3 dpi.")
                       .arg(size.sideMm, 0, 'f', 2)
                       .arg(size.dotsPerModule)
                       .arg(printerDpi)
                << Qt::endl;
    }
    return Success;
}
} // namespace

Command qrCommand()
{
    return { "qr", QT_TRANSLATE_NOOP("cli", "Make a QR code image (PNG, SVG, PDF) of a token"), run };
}

} // namespace oppmote::cli
