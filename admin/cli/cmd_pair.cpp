// oppmote pair --hub URL: the pairing code a new kiosk scans (staff mode)
// to learn its hub, mode and printer, as text and as a QR code. The one-time
// token is registered in the hub's database (--db), and the code carries the
// hub certificate's fingerprint so the kiosk can pin it.

#include "codes/qr_code.h"
#include "codes/qr_render.h"
#include "codes/token.h"
#include "command.h"
#include "kiosk/kiosk_config.h"
#include "output.h"
#include "store_options.h"
#include "sync/device_secret.h"
#include "sync/hub_certificate.h"

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
    PairingCode pairing;
    pairing.hubUrl = parser.value(QStringLiteral("hub"));
    pairing.printerQueue = parser.value(QStringLiteral("printer"));
    pairing.token = Token::generate(); // one-time: the hub exchanges it for the device's secret
    const auto mode = KioskMode::fromText(parser.value(QStringLiteral("mode")));
    if (!mode) {
        ctx.err << tr("oppmote pair: the mode is entrance or session:KEY.") << Qt::endl;
        return Usage;
    }
    pairing.mode = *mode;
    int code = Success;
    auto store = openStore(parser, ctx, code);
    if (!store)
        return code;
    const QString path = databasePath(parser);
    const QString certPath = parser.isSet(QStringLiteral("cert")) ? parser.value(QStringLiteral("cert"))
                                                                  : sync::defaultCertificatePath(path);
    // Made now if the hub has not started yet; the hub uses the same files.
    auto certificate = sync::loadOrCreateHubCertificate(certPath, sync::defaultKeyPath(path));
    if (!certificate.ok())
        return fail(ctx, certificate.error());
    pairing.fingerprint = certificate->fingerprint();
    const QString grantedMode
        = parser.isSet(QStringLiteral("admin")) ? QStringLiteral("admin") : pairing.mode.text();
    if (auto s = store->addPairingToken(sync::secretHash(pairing.token), grantedMode); !s.ok())
        return fail(ctx, s.error());
    const QString text = pairingCodeText(pairing);
    // The kiosk refuses what it cannot use: check before anyone prints it.
    if (auto parsed = parsePairingCode(text); !parsed.ok()) {
        ctx.err << QStringLiteral("oppmote pair: ") << parsed.error().message << Qt::endl;
        return Usage;
    }
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
            QJsonDocument(QJsonObject {
                { QStringLiteral("code"), text }, { QStringLiteral("token"), pairing.token } }));
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
