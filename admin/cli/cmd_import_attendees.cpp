// oppmote import-attendees FILE: the attendee list from a CSV or XLSX file.
// Every row is reported (added / updated / duplicate / rejected, with its
// line); the plan is made before anything is written and stored in one
// transaction, so a file that fails leaves the store as it was
// (roster/attendee_import.h, as the desk imports).

#include "command.h"
#include "io/attendee_file.h"
#include "output.h"
#include "roster/attendee_import.h"
#include "store_options.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

namespace oppmote::cli {

namespace {

// ";", ",", "tab" (or a real tab) → the separator; anything else is a usage error.
std::optional<QChar> separatorFromText(const QString &text)
{
    if (text == QLatin1String(";") || text == QLatin1String(",") || text == QLatin1String("\t"))
        return text.front();
    if (text.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0 || text == QLatin1String("\\t"))
        return QChar(u'\t');
    if (text.compare(QLatin1String("semicolon"), Qt::CaseInsensitive) == 0)
        return QChar(u';');
    if (text.compare(QLatin1String("comma"), Qt::CaseInsensitive) == 0)
        return QChar(u',');
    return std::nullopt;
}

// A file the user named is not found → 3; anything else wrong with it → 4.
int fileFailure(Context &ctx, const Error &error)
{
    ctx.err << tr("oppmote: %1").arg(error.message) << Qt::endl;
    return error.code == ErrorCode::NotFound ? NotFound : InvalidData;
}

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(jsonOption());
    parser.addOption({ QStringLiteral("dry-run"), tr("Report what would happen; write nothing.") });
    parser.addOption({ QStringLiteral("separator"),
        tr("The CSV separator: ';', ',' or 'tab' (default: recognised from the header line)."),
        QStringLiteral("x") });
    parser.addOption({ QStringLiteral("mapping"),
        tr("A saved column mapping (JSON: {\"columns\": {\"Header\": \"fullName\", …}})."),
        QStringLiteral("file") });
    parser.addPositionalArgument(QStringLiteral("file"), tr("The attendee list: CSV or XLSX."));
    if (int code = parseArguments(parser, ctx, QStringLiteral("import-attendees"),
            tr("Import or update the attendee list from a CSV or XLSX file."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << tr("oppmote import-attendees: name one file.") << Qt::endl;
        return Usage;
    }
    const QString path = parser.positionalArguments().front();

    io::ImportOptions options;
    if (parser.isSet(QStringLiteral("separator"))) {
        options.csv.separator = separatorFromText(parser.value(QStringLiteral("separator")));
        if (!options.csv.separator) {
            ctx.err << tr("oppmote import-attendees: the separator is ';', ',' or 'tab'.") << Qt::endl;
            return Usage;
        }
    }
    if (parser.isSet(QStringLiteral("mapping"))) {
        QFile file(parser.value(QStringLiteral("mapping")));
        if (!file.open(QIODevice::ReadOnly))
            return fileFailure(ctx,
                makeError(file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
                    tr("Cannot read the mapping %1: %2.").arg(file.fileName(), file.errorString())));
        auto mapping = io::SavedMapping::fromJson(file.read(1024 * 1024));
        if (!mapping.ok())
            return fileFailure(ctx, mapping.error());
        options.mapping = mapping.value();
    }

    int code = Success;
    auto store = openStore(parser, ctx, code);
    if (!store)
        return code;
    auto planned = roster::planAttendeeFile(*store, path, options);
    if (!planned.ok())
        return fileFailure(ctx, planned.error());
    io::ImportPlan &plan = planned->plan;

    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    int tokens = 0;
    if (!dryRun) {
        auto written = roster::writeAttendeeImport(*store, plan);
        if (!written.ok()) {
            ctx.err << tr("Nothing was imported; the list is as it was.") << Qt::endl;
            return fail(ctx, written.error());
        }
        tokens = written.value();
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = io::importPlanToJson(plan);
        o.insert(QStringLiteral("dryRun"), dryRun);
        o.insert(QStringLiteral("written"), !dryRun && plan.hasChanges());
        o.insert(QStringLiteral("tokensAssigned"), tokens);
        printJson(ctx.out, QJsonDocument(o));
    } else {
        ctx.out << io::importPlanToText(plan);
        if (dryRun)
            ctx.out << tr("Dry run: nothing was written.") << Qt::endl;
        else if (tokens > 0)
            ctx.out << tr("%1 new attendees were given a code.").arg(tokens) << Qt::endl;
    }
    return Success;
}

} // namespace

Command importAttendeesCommand()
{
    return { "import-attendees",
        QT_TRANSLATE_NOOP("cli", "Import or update attendees from a CSV or XLSX file"), run };
}

} // namespace oppmote::cli
