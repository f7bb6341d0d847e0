// oppmote prepare-kiosk: a new kiosk's database and settings from the hub's
// database, in one step: the roster without contact details, a device id of
// its own, and (with --hub) a kiosk.json already holding the hub's address,
// its certificate's fingerprint and a one-time pairing token.

#include "codes/token.h"
#include "command.h"
#include "kiosk/kiosk_config.h"
#include "store_options.h"
#include "sync/device_secret.h"
#include "sync/hub_certificate.h"

namespace oppmote::cli {

namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption({ QStringLiteral("out"), tr("The kiosk's new database."), QStringLiteral("file") });
    parser.addOption({ QStringLiteral("name"), tr("The kiosk's name, as attendees see it (\"Kiosk 3\")."),
        QStringLiteral("name") });
    parser.addOption({ QStringLiteral("mode"), tr("entrance (default) or session:KEY."),
        QStringLiteral("mode"), QStringLiteral("entrance") });
    parser.addOption({ QStringLiteral("hub"), tr("The hub's address (wss://host:port); writes --config too."),
        QStringLiteral("url") });
    parser.addOption({ QStringLiteral("config"), tr("Where to write the kiosk's settings (kiosk.json)."),
        QStringLiteral("file") });
    parser.addOption({ QStringLiteral("printer"), tr("The kiosk's badge printer (CUPS queue)."),
        QStringLiteral("queue") });
    parser.addOption({ QStringLiteral("template"),
        tr("The labels or sheets in that printer: a built-in badge template (oppmote badges "
           "--list-templates)."),
        QStringLiteral("name") });
    parser.addOption({ QStringLiteral("pin"), tr("The staff PIN for this kiosk."), QStringLiteral("pin") });
    if (int code = parseArguments(parser, ctx, QStringLiteral("prepare-kiosk"),
            tr("Make a kiosk's database (and settings) from the hub's database."));
        code >= 0)
        return code;
    const QString out = parser.value(QStringLiteral("out"));
    const QString name = parser.value(QStringLiteral("name"));
    const auto mode = KioskMode::fromText(parser.value(QStringLiteral("mode")));
    const bool withConfig = parser.isSet(QStringLiteral("hub"));
    if (out.isEmpty() || name.isEmpty() || !mode || (withConfig && !parser.isSet(QStringLiteral("config")))) {
        ctx.err << tr(
            "oppmote prepare-kiosk: give --out FILE and --name NAME (a mode of entrance or session:KEY), "
            "and --config FILE with --hub.")
                << Qt::endl;
        return Usage;
    }
    KioskConfig config;
    config.deviceName = name;
    config.mode = *mode;
    config.printerQueue = parser.value(QStringLiteral("printer"));
    config.badgeTemplate = parser.value(QStringLiteral("template"));
    // Checked before anything is written: the kiosk would refuse these settings.
    if (auto checked = KioskConfig::fromJson(config.toJson()); !checked.ok()) {
        ctx.err << QStringLiteral("oppmote prepare-kiosk: ") << checked.error().message << Qt::endl;
        return Usage;
    }
    int code = Success;
    auto store = openStore(parser, ctx, code);
    if (!store)
        return code;
    if (auto s = store->writeDeviceCopy(out, name, mode->text()); !s.ok())
        return fail(ctx, s.error());
    ctx.out << tr("Kiosk database: %1 (%2)").arg(out, name) << Qt::endl;
    if (!withConfig)
        return Success;

    if (parser.isSet(QStringLiteral("pin")))
        config.staffPinHash = hashStaffPin(parser.value(QStringLiteral("pin")));
    PairingCode pairing;
    pairing.hubUrl = parser.value(QStringLiteral("hub"));
    pairing.token = Token::generate();
    pairing.mode = *mode;
    pairing.printerQueue = config.printerQueue;
    pairing.badgeTemplate = config.badgeTemplate;
    const QString path = databasePath(parser);
    auto certificate
        = sync::loadOrCreateHubCertificate(sync::defaultCertificatePath(path), sync::defaultKeyPath(path));
    if (!certificate.ok())
        return fail(ctx, certificate.error());
    pairing.fingerprint = certificate->fingerprint();
    if (auto parsed = parsePairingCode(pairingCodeText(pairing)); !parsed.ok()) {
        ctx.err << QStringLiteral("oppmote prepare-kiosk: ") << parsed.error().message << Qt::endl;
        return Usage;
    }
    if (auto s = store->addPairingToken(sync::secretHash(pairing.token), mode->text()); !s.ok())
        return fail(ctx, s.error());
    applyPairing(config, pairing);
    if (auto s = config.write(parser.value(QStringLiteral("config"))); !s.ok())
        return fail(ctx, s.error());
    ctx.out << tr("Kiosk settings: %1 (paired with %2 on first start)")
                   .arg(parser.value(QStringLiteral("config")), pairing.hubUrl)
            << Qt::endl;
    if (config.staffPinHash.isEmpty())
        ctx.out << tr("No staff PIN was given (--pin): staff mode stays locked on this kiosk.") << Qt::endl;
    return Success;
}

} // namespace

Command prepareKioskCommand()
{
    return { "prepare-kiosk", QT_TRANSLATE_NOOP("cli", "Make a kiosk's database and settings from the hub's"),
        run };
}

} // namespace oppmote::cli
