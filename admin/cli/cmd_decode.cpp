// oppmote decode FILE [--json]: an image through the kiosk's decoder; each
// code found with its position and whether it admits someone to the event.

#include "codes/signed_token.h"
#include "codes/token_verifier.h"
#include "command.h"
#include "output.h"
#include "scan/image_scan.h"
#include "store/store_token_verifier.h"
#include "store_options.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace oppmote::cli {

namespace {
int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(jsonOption());
    const QCommandLineOption event(QStringLiteral("event"),
        QCoreApplication::translate("cli", "The event id signed tickets must carry."), QStringLiteral("id"));
    const QCommandLineOption key(QStringLiteral("public-key"),
        QCoreApplication::translate("cli", "A ticket public key (repeat for several)."),
        QStringLiteral("key"));
    parser.addOptions({ event, key });
    parser.addPositionalArgument(
        QStringLiteral("file"), QCoreApplication::translate("cli", "An image (PNG, JPEG …)."));
    if (int code = parseArguments(parser, ctx, QStringLiteral("decode"),
            QCoreApplication::translate("cli",
                "Read the QR codes in an image and check them. "
                "Plain tokens are looked up in the database "
                "given with --db or $OPPMOTE_DB."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << QCoreApplication::translate("cli", "Give one image file.") << Qt::endl;
        return Usage;
    }
    QByteArrayList keys;
    for (const QString &text : parser.values(key)) {
        const auto k = ticketKeyFromText(text);
        if (!k.ok())
            return fail(ctx, k.error());
        keys << k.value();
    }

    // With a database, codes are judged exactly as a kiosk of that event judges them
    // (its event id, keys, revocations and roster); without one, by the keys given.
    std::optional<Store> store;
    std::optional<TokenVerifier> verifier;
    if (parser.isSet(QStringLiteral("db")) || qEnvironmentVariableIsSet("OPPMOTE_DB")) {
        int exitCode = Success;
        store = openStore(parser, ctx, exitCode);
        if (!store)
            return exitCode;
        auto fromStore = tokenVerifierFor(*store);
        if (!fromStore.ok())
            return fail(ctx, fromStore.error());
        verifier.emplace(std::move(fromStore).value());
    } else {
        verifier.emplace(parser.value(event), keys);
    }

    const auto findings = scanImageFile(parser.positionalArguments().front(), *verifier);
    if (!findings.ok())
        return fail(ctx, findings.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ImageFinding &f : findings.value())
            array.append(imageFindingToJson(f));
        printJson(ctx.out, QJsonDocument(array));
    } else if (findings->isEmpty()) {
        ctx.out << QCoreApplication::translate("cli", "No QR code found.") << Qt::endl;
    } else {
        for (const ImageFinding &f : findings.value())
            ctx.out << imageFindingToText(f) << Qt::endl;
    }
    if (findings->isEmpty())
        return NotFound;
    for (const ImageFinding &f : findings.value()) {
        if (!f.verdict.ok())
            return Failure;
    }
    return Success;
}
} // namespace

Command decodeCommand()
{
    return { "decode", QT_TRANSLATE_NOOP("cli", "Read and check the QR codes in an image"), run };
}

} // namespace oppmote::cli
