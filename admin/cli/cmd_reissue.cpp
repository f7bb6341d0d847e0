// oppmote reissue WHO [--cancel]: a lost badge or a leaked code gets a new
// one; the old code is refused everywhere with its own message. WHO is an
// attendee id, their code or their name (attendee_lookup.h).

#include "attendee_lookup.h"
#include "codes/token.h"
#include "command.h"
#include "output.h"
#include "store_options.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace oppmote::cli {

namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(jsonOption());
    parser.addOption(
        { QStringLiteral("cancel"), tr("Cancel the code without a new one (registration withdrawn).") });
    parser.addPositionalArgument(
        QStringLiteral("who"), tr("Whose code to replace: an attendee id, their code or their name."));
    if (int code = parseArguments(parser, ctx, QStringLiteral("reissue"),
            tr("Give an attendee a new code; the old one is refused from now on."));
        code >= 0)
        return code;
    if (parser.positionalArguments().isEmpty()) {
        ctx.err << tr("oppmote reissue: name one attendee (an id, code or name).") << Qt::endl;
        return Usage;
    }
    int code = Success;
    auto store = openStore(parser, ctx, code);
    if (!store)
        return code;
    auto who = findAttendee(*store, parser.positionalArguments().join(QLatin1Char(' ')));
    if (!who.ok())
        return fail(ctx, who.error());
    const bool cancel = parser.isSet(QStringLiteral("cancel"));
    auto updated = store->replaceToken(who->id, cancel ? QString() : Token::generate(), cancel);
    if (!updated.ok())
        return fail(ctx, updated.error());
    if (parser.isSet(QStringLiteral("json")))
        printJson(ctx.out,
            QJsonDocument(QJsonObject { { QStringLiteral("attendeeId"), updated->id },
                { QStringLiteral("name"), updated->fullName() }, { QStringLiteral("token"), updated->token },
                { QStringLiteral("cancelled"), cancel } }));
    else if (cancel)
        ctx.out << tr("The code of %1 is cancelled.").arg(personLabel(updated.value())) << Qt::endl;
    else
        ctx.out << tr("%1 has a new code: %2. The old one is refused from now on.")
                       .arg(personLabel(updated.value()), updated->token)
                << Qt::endl;
    return Success;
}
} // namespace

Command reissueCommand()
{
    return { "reissue", QT_TRANSLATE_NOOP("cli", "Replace or cancel an attendee's code"), run };
}

} // namespace oppmote::cli
