// oppmote search QUERY: the kiosk's name search, from the command line.

#include "command.h"
#include "output.h"
#include "roster.h"
#include "store_options.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace oppmote::cli {

namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(jsonOption());
    parser.addOption({ QStringLiteral("limit"), tr("How many results (default 8)."), QStringLiteral("n"),
        QStringLiteral("8") });
    parser.addPositionalArgument(QStringLiteral("query"), tr("Part of a name: \"kari nord\", \"sorensen\"."));
    if (int code = parseArguments(parser, ctx, QStringLiteral("search"),
            tr("Find attendees by name, as the kiosk does (æ = ae, ø = o/oe, å = a/aa, "
               "one typo forgiven)."));
        code >= 0)
        return code;
    const QString query = parser.positionalArguments().join(QLatin1Char(' '));
    if (query.trimmed().isEmpty()) {
        ctx.err << tr("oppmote search: give part of a name.") << Qt::endl;
        return Usage;
    }
    int code = Success;
    auto store = openStore(parser, ctx, code);
    if (!store)
        return code;
    auto people = store->attendees();
    if (!people.ok())
        return fail(ctx, people.error());
    const NameIndex index = buildNameIndex(people.value());
    const auto matches = index.search(query, parser.value(QStringLiteral("limit")).toInt());

    QJsonArray json;
    QList<QStringList> rows;
    for (const NameMatch &m : matches) {
        const NameEntry &e = index.entry(m.entry);
        json.append(QJsonObject { { QStringLiteral("id"), e.id },
            { QStringLiteral("firstName"), e.firstName }, { QStringLiteral("lastName"), e.lastName },
            { QStringLiteral("organisation"), e.organisation }, { QStringLiteral("score"), m.score } });
        rows.append({ e.firstName + QLatin1Char(' ') + e.lastName, e.organisation, e.id });
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(ctx.out, QJsonDocument(json));
    else if (rows.isEmpty())
        ctx.out << tr("No one found.") << Qt::endl;
    else
        printTable(ctx.out, { tr("Name"), tr("Organisation"), tr("Id") }, rows);
    return matches.empty() ? NotFound : Success;
}
} // namespace

Command searchCommand()
{
    return { "search", QT_TRANSLATE_NOOP("cli", "Find attendees by name"), run };
}

} // namespace oppmote::cli
