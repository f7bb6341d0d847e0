// oppmote import-program: parse a programme text and store it.

#include "assets.h"
#include "command.h"
#include "output.h"
#include "program/program_source.h"
#include "program_listing.h"
#include "store_options.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace oppmote::cli {

namespace {

QJsonArray messagesJson(const QList<ProgramMessage> &messages)
{
    QJsonArray a;
    for (const auto &m : messages)
        a.append(QJsonObject { { QStringLiteral("line"), m.line }, { QStringLiteral("message"), m.text } });
    return a;
}

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(jsonOption());
    const QCommandLineOption settings(QStringLiteral("settings"),
        tr("Rooms, capacities and year for the programme (JSON)."), QStringLiteral("file"));
    const QCommandLineOption year(
        QStringLiteral("year"), tr("The year, when the programme does not say."), QStringLiteral("year"));
    const QCommandLineOption strict(
        QStringLiteral("strict-dates"), tr("Refuse a programme whose dates and weekdays disagree."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Parse and report; store nothing."));
    const QCommandLineOption sample(QStringLiteral("sample"), tr("Import the built-in sample workshop."));
    for (const auto &o : { settings, year, strict, dryRun, sample })
        parser.addOption(o);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The programme text file."));
    if (int code = parseArguments(parser, ctx, QStringLiteral("import-program"),
            tr("Read an event programme (days, sessions, group work) and store it."));
        code >= 0)
        return code;

    ProgramSource source;
    if (parser.isSet(sample)) {
        source.programPath = assets::sampleProgram();
        source.settingsPath = assets::sampleSettings();
    } else {
        if (parser.positionalArguments().size() != 1) {
            ctx.err << tr("oppmote import-program: give one programme file (or --sample).") << Qt::endl;
            return Usage;
        }
        source.programPath = parser.positionalArguments().front();
        source.settingsPath = parser.value(settings);
    }
    if (parser.isSet(year)) {
        bool ok = false;
        source.year = parser.value(year).toInt(&ok);
        if (!ok || source.year < 1900 || source.year > 2200) {
            ctx.err << tr("oppmote import-program: «%1» is not a year.").arg(parser.value(year)) << Qt::endl;
            return Usage;
        }
    }
    source.strictDates = parser.isSet(strict);

    auto parsed = loadProgram(source);
    if (!parsed.ok())
        return fail(ctx, parsed.error());
    const ProgramParseResult &result = parsed.value();
    const bool json = parser.isSet(QStringLiteral("json"));

    bool stored = false;
    if (result.ok() && !parser.isSet(dryRun)) {
        int code = Success;
        auto store = openStore(parser, ctx, code, true);
        if (!store)
            return code;
        if (auto s = store->replaceProgram(result.event); !s.ok())
            return fail(ctx, s.error());
        stored = true;
    }

    if (json) {
        QJsonArray years;
        for (int y : result.yearCandidates)
            years.append(y);
        printJson(ctx.out,
            QJsonDocument(QJsonObject { { QStringLiteral("ok"), result.ok() },
                { QStringLiteral("stored"), stored }, { QStringLiteral("event"), programJson(result.event) },
                { QStringLiteral("warnings"), messagesJson(result.warnings) },
                { QStringLiteral("errors"), messagesJson(result.errors) },
                { QStringLiteral("yearCandidates"), years } }));
    } else {
        for (const auto &w : result.warnings)
            ctx.err << tr("warning: line %1: %2").arg(w.line).arg(w.text) << Qt::endl;
        for (const auto &e : result.errors)
            ctx.err << tr("error: line %1: %2").arg(e.line).arg(e.text) << Qt::endl;
        if (result.ok()) {
            printProgram(ctx.out, result.event);
            ctx.out << (stored ? tr("Stored.") : tr("Nothing stored (dry run).")) << Qt::endl;
        }
    }
    return result.ok() ? Success : InvalidData;
}
} // namespace

Command importProgramCommand()
{
    return { "import-program", QT_TRANSLATE_NOOP("cli", "Read an event programme and store it"), run };
}

} // namespace oppmote::cli
