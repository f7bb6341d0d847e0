// oppmote badges: print badges for everyone, one organisation, the walk-ins
// or named people — to a PDF file (sheets for an office printer, or labels)
// or to a CUPS queue. Printing to a queue records each badge in the print
// log; a badge already printed is skipped unless --reprint.

#include "attendee_lookup.h"
#include "badge/badge_document.h"
#include "command.h"
#include "output.h"
#include "print/badge_batch.h"
#include "print/event_logo.h"
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
    parser.addOption({ QStringLiteral("template"),
        tr("The badge template: a built-in name (see --list-templates) or a .json file."),
        QStringLiteral("name"), defaultBadgeTemplate() });
    parser.addOption({ QStringLiteral("list-templates"), tr("List the built-in templates.") });
    parser.addOption({ QStringLiteral("all"), tr("Everyone on the roster.") });
    parser.addOption({ QStringLiteral("attendee"),
        tr("This attendee: an id, code or name (repeat for more)."), QStringLiteral("who") });
    parser.addOption(
        { QStringLiteral("organisation"), tr("Everyone from this organisation."), QStringLiteral("name") });
    parser.addOption({ QStringLiteral("walk-ins"), tr("The walk-ins (registered at the door).") });
    parser.addOption({ QStringLiteral("outdated"),
        tr("The badges that show no group or an old one (printed before the allocation or a move).") });
    parser.addOption(
        { QStringLiteral("pdf"), tr("Write the badges to this PDF file."), QStringLiteral("file") });
    parser.addOption({ QStringLiteral("printer"), tr("Print on this CUPS queue."), QStringLiteral("queue") });
    parser.addOption({ QStringLiteral("reprint"), tr("Print badges that were printed before, too.") });
    parser.addOption({ QStringLiteral("no-back"), tr("Only the front, even if the template has a back.") });
    parser.addOption({ QStringLiteral("day"),
        tr("The programme day the badges are for (1, 2 …): its group and room; default today, else the "
           "first."),
        QStringLiteral("n") });
    parser.addOption({ QStringLiteral("set-logo"),
        tr("Put the organiser's logo (PNG, JPEG or SVG) on every badge, the kiosks' too."),
        QStringLiteral("file") });
    parser.addOption({ QStringLiteral("remove-logo"), tr("Print the badges without a logo.") });
    if (int code = parseArguments(parser, ctx, QStringLiteral("badges"),
            tr("Print badges: to a PDF file or a CUPS printer queue."));
        code >= 0)
        return code;

    if (parser.isSet(QStringLiteral("list-templates"))) {
        QList<QStringList> rows;
        for (const QString &name : builtInBadgeTemplates())
            if (auto t = loadBadgeTemplate(name); t.ok())
                rows << QStringList { name, shownTemplateTitle(t.value()) };
        printTable(ctx.out, { tr("Template"), tr("Size") }, rows);
        return Success;
    }
    if (parser.isSet(QStringLiteral("set-logo")) && parser.isSet(QStringLiteral("remove-logo"))) {
        ctx.err << tr("oppmote badges: give --set-logo FILE or --remove-logo, not both.") << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("set-logo")) || parser.isSet(QStringLiteral("remove-logo"))) {
        int code = Success;
        auto store = openStore(parser, ctx, code);
        if (!store)
            return code;
        const bool remove = parser.isSet(QStringLiteral("remove-logo"));
        auto s = remove ? print::removeEventLogo(*store)
                        : print::setEventLogoFile(*store, parser.value(QStringLiteral("set-logo")));
        if (!s.ok())
            return fail(ctx, s.error());
        ctx.out << (remove ? tr("The badges have no logo now.")
                           : tr("The logo is on the badges now; kiosks take it with the next roster."))
                << Qt::endl;
        return Success;
    }
    const bool toPdf = parser.isSet(QStringLiteral("pdf"));
    const bool toPrinter = parser.isSet(QStringLiteral("printer"));
    if (toPdf == toPrinter) {
        ctx.err << tr("oppmote badges: give either --pdf FILE or --printer QUEUE.") << Qt::endl;
        return Usage;
    }
    const int filters = int(parser.isSet(QStringLiteral("all")))
        + int(parser.isSet(QStringLiteral("attendee")))
        + int(parser.isSet(QStringLiteral("organisation")) || parser.isSet(QStringLiteral("walk-ins")))
        + int(parser.isSet(QStringLiteral("outdated")));
    if (filters != 1) {
        ctx.err << tr("oppmote badges: say whose badges: --all, --attendee WHO, --organisation NAME, "
                      "--walk-ins or --outdated.")
                << Qt::endl;
        return Usage;
    }
    auto tmpl = loadBadgeTemplate(parser.value(QStringLiteral("template")));
    if (!tmpl.ok())
        return fail(ctx, tmpl.error());

    int code = Success;
    auto store = openStore(parser, ctx, code);
    if (!store)
        return code;
    print::BadgeBatchRequest request;
    if (parser.isSet(QStringLiteral("attendee"))) {
        auto named = findAttendees(*store, parser.values(QStringLiteral("attendee")));
        if (!named.ok())
            return fail(ctx, named.error());
        for (const Attendee &a : named.value())
            request.attendeeIds << a.id;
    }
    request.organisation = parser.value(QStringLiteral("organisation"));
    request.walkInsOnly = parser.isSet(QStringLiteral("walk-ins"));
    request.outdatedOnly = parser.isSet(QStringLiteral("outdated"));
    // A PDF is a proof, not a print: it never skips anyone.
    request.reprint = toPdf || parser.isSet(QStringLiteral("reprint"));
    request.backs = !parser.isSet(QStringLiteral("no-back"));
    if (parser.isSet(QStringLiteral("day"))) {
        auto event = store->program();
        if (!event.ok())
            return fail(ctx, event.error());
        bool number = false;
        const int n = parser.value(QStringLiteral("day")).toInt(&number);
        if (!number || n < 1 || n > event->days.size()) {
            ctx.err << tr("oppmote badges: --day is a day of the programme, 1 to %1.").arg(event->days.size())
                    << Qt::endl;
            return Usage;
        }
        request.day = event->days[n - 1].date;
    }
    print::BadgeBatches batches(*store);
    auto batch = batches.prepare(request);
    if (!batch.ok())
        return fail(ctx, batch.error());
    QStringList printedIds, printedNames, skipped, skippedNames;
    for (const Attendee &a : batch->people) {
        printedIds << a.id;
        printedNames << personLabel(a);
    }
    for (const Attendee &a : batch->skipped) {
        skipped << a.id;
        skippedNames << personLabel(a);
    }
    const QList<BadgeData> &badges = batch->badges;
    QJsonObject report { { QStringLiteral("template"), tmpl->name },
        { QStringLiteral("badges"), badges.size() },
        { QStringLiteral("pages"), pageCount(tmpl.value(), int(badges.size()), batch->options) },
        { QStringLiteral("attendees"), QJsonArray::fromStringList(printedIds) },
        { QStringLiteral("skipped"), QJsonArray::fromStringList(skipped) } };

    if (!badges.isEmpty()) {
        if (toPdf) {
            const QString path = parser.value(QStringLiteral("pdf"));
            if (auto s = batches.writePdf(batch.value(), tmpl.value(), path); !s.ok())
                return fail(ctx, s.error());
            report.insert(QStringLiteral("pdf"), path);
        } else {
            const QString queue = parser.value(QStringLiteral("printer"));
            auto job = batches.print(batch.value(), tmpl.value(), queue);
            if (!job.ok()) {
                ctx.err << job.error().message << Qt::endl;
                return job.error().code == ErrorCode::NotFound ? NotFound : Failure;
            }
            report.insert(QStringLiteral("printer"), queue);
            report.insert(QStringLiteral("cupsJob"), job.value());
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(ctx.out, QJsonDocument(report));
    } else {
        const int pages = report.value(QStringLiteral("pages")).toInt();
        ctx.out << tr("%1 on %2, template %3.")
                       .arg(QCoreApplication::translate("cli", "%n badge(s)", nullptr, int(badges.size())),
                           QCoreApplication::translate("cli", "%n page(s)", nullptr, pages), tmpl->name)
                << Qt::endl;
        if (parser.isSet(QStringLiteral("attendee")) && !printedNames.isEmpty())
            ctx.out << tr("Badges for: %1.").arg(printedNames.join(QStringLiteral("; "))) << Qt::endl;
        if (!skipped.isEmpty())
            ctx.out << QCoreApplication::translate(
                "cli", "%n already printed, skipped (use --reprint): %1", nullptr, int(skipped.size()))
                           .arg(skippedNames.join(QStringLiteral("; ")))
                    << Qt::endl;
    }
    if (badges.isEmpty())
        return skipped.isEmpty() ? NotFound : AlreadyDone;
    return Success;
}

} // namespace

Command badgesCommand()
{
    return { "badges", QT_TRANSLATE_NOOP("cli", "Print badges to a PDF file or a printer"), run };
}

} // namespace oppmote::cli
