// oppmote program: the stored programme, with the session and group keys the
// other commands take (checkin --session, allocate --slot, export --slot).

#include "command.h"
#include "output.h"
#include "program_listing.h"
#include "store_options.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace oppmote::cli {

namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(jsonOption());
    if (int code = parseArguments(parser, ctx, QStringLiteral("program"),
            tr("Show the programme: days, sessions and groups with the keys other commands take."));
        code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        ctx.err << tr("oppmote program: takes no arguments (see oppmote program --help).") << Qt::endl;
        return Usage;
    }
    int code = Success;
    auto store = openStore(parser, ctx, code);
    if (!store)
        return code;
    auto event = store->program();
    if (!event.ok())
        return fail(ctx, event.error());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(ctx.out, QJsonDocument(programJson(event.value())));
        return Success;
    }
    if (event->days.isEmpty()) {
        ctx.err << tr("There is no programme yet; read one with oppmote import-program.") << Qt::endl;
        return NotFound;
    }
    printProgram(ctx.out, event.value());
    return Success;
}

} // namespace

Command programCommand()
{
    return { "program", QT_TRANSLATE_NOOP("cli", "Show the programme with its session and group keys"), run };
}

} // namespace oppmote::cli
