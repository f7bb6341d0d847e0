// oppmote pair --hub URL: the pairing code a new kiosk scans (staff mode)
// to learn its hub, mode and printer, as text and as a QR code. The one-time
// token is registered in the hub's database (--db), and the code carries the
// hub certificate's fingerprint so the kiosk can pin it.

#include "codes/qr_code.h"
#include "codes/qr_render.h"
#include "command.h"
#include "kiosk/pairing_offer.h"
#include "output.h"
#include "store_options.h"

#include <QJsonObject>

namespace oppmote::cli {

namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption({ QStringLiteral("cert"),
        tr("The hub's certificate (default: beside the hub's database)."), QStringLiteral("file") });
    parser.addOption(
        { QStringLiteral("hub"), tr("The hub's address (wss://host:port)."), QStringLiteral("url") });
    parser.addOption({ QStringLiteral("mode"), tr("entrance (default) or session:KEY."),
        QStringLiteral("mode"), QStringLiteral("entrance") });
    parser.addOption({ QStringLiteral("printer"), tr("The kiosk's badge printer (CUPS queue)."),
        QStringLiteral("queue") });
    parser.addOption({ QStringLiteral("template"),
        tr("The labels or sheets in that printer: a built-in badge template (oppmote badges "
           "--list-templates)."),
        QStringLiteral("name") });
    parser.addOption({ QStringLiteral("admin"),
        tr("For an organiser's laptop (oppmote sync): it gets e-mail addresses and phone numbers with the "
           "roster. Kiosks never do.") });
    parser.addOption({ QStringLiteral("png"), tr("Write the QR code as PNG."), QStringLiteral("file") });
    parser.addOption({ QStringLiteral("svg"), tr("Write the QR code as SVG."), QStringLiteral("file") });
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print JSON, for scripts.")));
    if (int code = parseArguments(parser, ctx, QStringLiteral("pair"),
            tr("Make the pairing code a kiosk scans to join the hub (one-time token)."));
        code >= 0)
        return code;
    PairingRequest request;
    request.hubUrl = parser.value(QStringLiteral("hub"));
    request.printerQueue = parser.value(QStringLiteral("printer"));
    request.badgeTemplate = parser.value(QStringLiteral("template"));
    request.admin = parser.isSet(QStringLiteral("admin"));
    request.certificatePath = parser.value(QStringLiteral("cert"));
    const auto mode = KioskMode::fromText(parser.value(QStringLiteral("mode")));
    if (!mode) {
        ctx.err << tr("oppmote pair: the mode is entrance or session:KEY.") << Qt::endl;
        return Usage;
    }
    request.mode = *mode;
    int code = Success;
    auto store = openStore(parser, ctx, code);
    if (!store)
        return code;
    auto offer = offerPairing(*store, request);
    if (!offer.ok()) {
        if (offer.error().code != ErrorCode::InvalidInput)
            return fail(ctx, offer.error());
        ctx.err << QStringLiteral("oppmote pair: ") << offer.error().message << Qt::endl;
        return Usage;
    }
    const QString &text = offer->text;
    auto qr = QrCode::encode(text, QrUse::Screen);
    if (!qr.ok())
        return Failure;
    if (parser.isSet(QStringLiteral("png")))
        if (auto s = writeQrPng(parser.value(QStringLiteral("png")), qr.value(), 8); !s.ok()) {
            ctx.err << s.error().message << Qt::endl;
            return StoreError;
        }
    if (parser.isSet(QStringLiteral("svg")))
        if (auto s = writeQrSvg(parser.value(QStringLiteral("svg")), qr.value(), 60); !s.ok()) {
            ctx.err << s.error().message << Qt::endl;
            return StoreError;
        }
    if (parser.isSet(QStringLiteral("json")))
        printJson(ctx.out,
            QJsonDocument(
                QJsonObject { { QStringLiteral("code"), text }, { QStringLiteral("token"), offer->token } }));
    else
        ctx.out << text << Qt::endl;
    return Success;
}
} // namespace

Command pairCommand()
{
    return { "pair", QT_TRANSLATE_NOOP("cli", "Make a kiosk pairing code (QR)"), run };
}

} // namespace oppmote::cli
