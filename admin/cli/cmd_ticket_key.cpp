// oppmote ticket-key --out FILE: the event's signing key for signed tickets.
// The secret half goes to FILE (mode 0600; it signs tickets and never travels);
// the public half is added to the database, so every kiosk gets it with the
// roster and can check a signed ticket it has never synced (docs/codes.md).

#include "codes/signed_token.h"
#include "command.h"
#include "output.h"
#include "platform/private_file.h"
#include "store_options.h"

#include <QFile>
#include <QJsonObject>

namespace oppmote::cli {

namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(jsonOption());
    parser.addOption(
        { QStringLiteral("out"), tr("Where to write the secret key (a new file)."), QStringLiteral("file") });
    if (int code = parseArguments(parser, ctx, QStringLiteral("ticket-key"),
            tr("Make a signing key for signed tickets: the secret to a file, the public key to the "
               "database."));
        code >= 0)
        return code;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        ctx.err << tr("oppmote ticket-key: give --out FILE for the secret key.") << Qt::endl;
        return Usage;
    }
    if (QFile::exists(out)) {
        ctx.err << tr("oppmote ticket-key: %1 exists already; a key is never overwritten.").arg(out)
                << Qt::endl;
        return Usage;
    }
    int code = Success;
    auto store = openStore(parser, ctx, code);
    if (!store)
        return code;
    const TicketKeyPair key = TicketKeyPair::generate();
    {
        QFile file(out);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || file.write(ticketKeyToText(key.secretKey).toLatin1() + '\n') <= 0 || !file.flush())
            return fail(ctx,
                makeError(
                    ErrorCode::Io, tr("Cannot write the secret key %1: %2").arg(out, file.errorString())));
    }
    keepPrivate(out);
    if (auto s = store->addTicketPublicKey(key.publicKey); !s.ok()) {
        QFile::remove(out); // a secret whose public half nobody knows is useless
        return fail(ctx, s.error());
    }
    const QString publicText = ticketKeyToText(key.publicKey);
    if (parser.isSet(QStringLiteral("json")))
        printJson(ctx.out,
            QJsonDocument(QJsonObject {
                { QStringLiteral("publicKey"), publicText }, { QStringLiteral("secretKeyFile"), out } }));
    else
        ctx.out << tr("Secret key written to %1 (keep it safe; it signs tickets).").arg(out) << '\n'
                << tr("Public key %1 added: kiosks get it with the roster.").arg(publicText) << Qt::endl;
    return Success;
}

} // namespace

Command ticketKeyCommand()
{
    return { "ticket-key", QT_TRANSLATE_NOOP("cli", "Make the signing key for signed tickets"), run };
}

} // namespace oppmote::cli
