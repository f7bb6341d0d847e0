// oppmote badges: print badges for everyone, one organisation, the walk-ins
// or named people — to a PDF file (sheets for an office printer, or labels)
// or to a CUPS queue. Printing to a queue records each badge in the print
// log; a badge already printed is skipped unless --reprint.

#include "attendee_lookup.h"
#include "badge/badge_document.h"
#include "command.h"
#include "output.h"
#include "print/cups_printer.h"
#include "store_options.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QThread>

namespace oppmote::cli {

namespace {

Result<QList<Attendee>> choosePeople(Store &store, const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("attendee")))
        return findAttendees(store, parser.values(QStringLiteral("attendee")));
    auto all = store.attendees();
    if (!all.ok())
        return all.error();
    QList<Attendee> chosen;
    const QString organisation = parser.value(QStringLiteral("organisation"));
    const bool walkIns = parser.isSet(QStringLiteral("walk-ins"));
    for (const Attendee &a : all.value()) {
        if (!organisation.isEmpty() && a.organisation.compare(organisation, Qt::CaseInsensitive) != 0)
            continue;
        if (walkIns && a.type != AttendeeType::WalkIn)
            continue;
        chosen << a;
    }
    if (chosen.isEmpty() && !organisation.isEmpty())
        return makeError(ErrorCode::NotFound, tr("No one is registered from «%1».").arg(organisation));
    return chosen;
}

Status writePdf(const QString &path, const BadgeTemplate &tmpl, const QList<BadgeData> &badges,
    const BadgeRenderOptions &options)
{
    QPdfWriter writer(path);
    constexpr int kDpi = 1200;
    writer.setResolution(kDpi);
    writer.setPageLayout(badgePageLayout(tmpl));
    writer.setTitle(options.title);
    writer.setCreator(QStringLiteral("Oppmøte"));
    return renderBadges(writer, kDpi, tmpl, badges, options);
}

// One CUPS job with every badge; waits until the printer has it all.
Result<int> printToQueue(const QString &queue, const BadgeTemplate &tmpl, const QList<BadgeData> &badges,
    const BadgeRenderOptions &options)
{
    auto status = cups::printerStatus(queue);
    if (!status.ok())
        return status.error();
    if (!status->exists)
        return makeError(ErrorCode::NotFound, tr("There is no printer called «%1».").arg(queue));
    if (!status->ready())
        return makeError(ErrorCode::Io, status->problem());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("badges.pdf"));
    if (auto s = writePdf(pdf, tmpl, badges, options); !s.ok())
        return s.error();
    auto job = cups::submitFile(queue, pdf, options.title, { { "media", tmpl.cupsMedia().toUtf8() } });
    if (!job.ok())
        return job.error();
    QElapsedTimer clock;
    clock.start();
    const qint64 limitMs = 60000 + 2000LL * badges.size();
    for (;;) {
        auto state = cups::jobStatus(job.value());
        if (state.ok() && state->state == CupsJobState::Completed)
            return job.value();
        auto printer = cups::printerStatus(queue);
        const bool stuck = state.ok() && (state->finished() || state->state == CupsJobState::Stopped);
        if (stuck || (printer.ok() && !printer->ready()) || clock.elapsed() > limitMs) {
            // Taken back so it does not print by surprise later; if CUPS dropped it already, fine.
            static_cast<void>(cups::cancelJob(queue, job.value()));
            const QString why = printer.ok() && !printer->ready()
                ? printer->problem()
                : tr("The printer did not print the badges.");
            return makeError(ErrorCode::Io, why);
        }
        QThread::msleep(100);
    }
}

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
    parser.addOption(
        { QStringLiteral("pdf"), tr("Write the badges to this PDF file."), QStringLiteral("file") });
    parser.addOption({ QStringLiteral("printer"), tr("Print on this CUPS queue."), QStringLiteral("queue") });
    parser.addOption({ QStringLiteral("reprint"), tr("Print badges that were printed before, too.") });
    parser.addOption({ QStringLiteral("no-back"), tr("Only the front, even if the template has a back.") });
    parser.addOption({ QStringLiteral("day"),
        tr("The programme day the badges are for (1, 2 …): its group and room; default today, else the "
           "first."),
        QStringLiteral("n") });
    if (int code = parseArguments(parser, ctx, QStringLiteral("badges"),
            tr("Print badges: to a PDF file or a CUPS printer queue."));
        code >= 0)
        return code;

    if (parser.isSet(QStringLiteral("list-templates"))) {
        QList<QStringList> rows;
        for (const QString &name : builtInBadgeTemplates())
            if (auto t = loadBadgeTemplate(name); t.ok())
                rows << QStringList { name, t->title };
        printTable(ctx.out, { tr("Template"), tr("Size") }, rows);
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
        + int(parser.isSet(QStringLiteral("organisation")) || parser.isSet(QStringLiteral("walk-ins")));
    if (filters != 1) {
        ctx.err << tr("oppmote badges: say whose badges: --all, --attendee WHO, --organisation NAME or "
                      "--walk-ins.")
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
    auto people = choosePeople(*store, parser);
    if (!people.ok())
        return fail(ctx, people.error());
    auto event = store->program();
    if (!event.ok())
        return fail(ctx, event.error());
    QDate day = QDate::currentDate();
    if (parser.isSet(QStringLiteral("day"))) {
        bool number = false;
        const int n = parser.value(QStringLiteral("day")).toInt(&number);
        if (!number || n < 1 || n > event->days.size()) {
            ctx.err << tr("oppmote badges: --day is a day of the programme, 1 to %1.").arg(event->days.size())
                    << Qt::endl;
            return Usage;
        }
        day = event->days[n - 1].date;
    }

    // Allocated groups, in programme order of their slots.
    auto placed = store->assignments();
    if (!placed.ok())
        return fail(ctx, placed.error());
    QHash<QString, QStringList> groupsOf;
    for (const Session *slot : event->groupWorkSlots())
        for (const Assignment &a : placed.value())
            if (a.slotKey == slot->key)
                groupsOf[a.attendeeId] << a.groupKey;

    QList<BadgeData> badges;
    QStringList printedIds, printedNames, skipped, skippedNames;
    for (const Attendee &a : people.value()) {
        if (toPrinter && !parser.isSet(QStringLiteral("reprint"))) {
            auto count = store->badgePrintCount(a.id);
            if (!count.ok())
                return fail(ctx, count.error());
            if (count.value() > 0) {
                skipped << a.id;
                skippedNames << personLabel(a);
                continue;
            }
        }
        badges << badgeDataFor(a, event.value(), groupsOf.value(a.id), day);
        printedIds << a.id;
        printedNames << personLabel(a);
    }
    BadgeRenderOptions options;
    options.backs = !parser.isSet(QStringLiteral("no-back"));
    QJsonObject report { { QStringLiteral("template"), tmpl->name },
        { QStringLiteral("badges"), badges.size() },
        { QStringLiteral("pages"), pageCount(tmpl.value(), int(badges.size()), options) },
        { QStringLiteral("attendees"), QJsonArray::fromStringList(printedIds) },
        { QStringLiteral("skipped"), QJsonArray::fromStringList(skipped) } };

    if (!badges.isEmpty()) {
        if (toPdf) {
            const QString path = parser.value(QStringLiteral("pdf"));
            if (auto s = writeBadgesPdf(path, tmpl.value(), badges, options); !s.ok())
                return fail(ctx, s.error());
            report.insert(QStringLiteral("pdf"), path);
        } else {
            const QString queue = parser.value(QStringLiteral("printer"));
            auto job = printToQueue(queue, tmpl.value(), badges, options);
            if (!job.ok()) {
                ctx.err << job.error().message << Qt::endl;
                return job.error().code == ErrorCode::NotFound ? NotFound : Failure;
            }
            for (const QString &id : printedIds)
                if (auto r = store->recordBadgePrinted(id, CheckinMethod::Staff); !r.ok())
                    return fail(ctx, r.error());
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
