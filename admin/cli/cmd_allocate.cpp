// oppmote allocate: the command line's face of alloc::AllocationService
// (shared/alloc/allocation_service.h, docs/allocation.md): options are parsed
// here, the rules live in the service.
//
//   oppmote allocate --slot S [--json] [--publish] [--expected] [--move-cost N] …
//   oppmote allocate --slot S --explain WHO            (read-only)
//   oppmote allocate move --slot S --attendee WHO --to GROUP --reason "…"
//   oppmote allocate lock|unlock --slot S --attendee WHO [--reason "…"]
//   oppmote allocate publish --slot S
//   oppmote allocate restore --slot S --run N [--reason "…"]
//   oppmote allocate log [--slot S] [--json]
//   oppmote allocate runs [--slot S] [--json]
//
// WHO is an attendee id or a name (attendee_lookup.h).

#include "alloc/alloc_json.h"
#include "alloc/allocation_service.h"
#include "alloc/allocator.h"
#include "alloc/group_lists.h"
#include "alloc/quality_text.h"
#include "attendee_lookup.h"
#include "command.h"
#include "output.h"
#include "store_options.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace oppmote::cli {

namespace {

QString opt(const QCommandLineParser &parser, const char *name)
{
    return parser.value(QString::fromLatin1(name));
}

bool has(const QCommandLineParser &parser, const char *name)
{
    return parser.isSet(QString::fromLatin1(name));
}

QString whoRuns(const QCommandLineParser &parser)
{
    if (has(parser, "by"))
        return opt(parser, "by");
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("oppmote") : user;
}

// Reads the solver options; returns an exit code (Usage) on a bad value, else -1.
int readOptions(Context &ctx, const QCommandLineParser &parser, alloc::AdapterOptions &options)
{
    auto number = [&](const char *name, int &target) {
        if (!has(parser, name))
            return true;
        bool ok = false;
        target = opt(parser, name).toInt(&ok);
        if (!ok || target < 0) {
            ctx.err << tr("oppmote allocate: --%1 takes a whole number, 0 or more.").arg(QLatin1String(name))
                    << Qt::endl;
            return false;
        }
        return true;
    };
    if (!number("move-cost", options.solver.moveCost) || !number("org-cap", options.solver.orgCapCount))
        return Usage;
    if (has(parser, "org-cap") && has(parser, "org-cap-share")) {
        ctx.err << tr("oppmote allocate: give --org-cap or --org-cap-share, not both.") << Qt::endl;
        return Usage;
    }
    if (has(parser, "org-cap-share")) {
        bool ok = false;
        options.solver.orgCapShare = opt(parser, "org-cap-share").toDouble(&ok);
        if (!ok || options.solver.orgCapShare <= 0 || options.solver.orgCapShare > 1) {
            ctx.err << tr("oppmote allocate: --org-cap-share is a share above 0 and at most 1 (e.g. 0.2).")
                    << Qt::endl;
            return Usage;
        }
    }
    if (has(parser, "worst-off-first"))
        options.solver.objective = alloc::Objective::WorstOffFirst;
    return -1;
}

void printOutcomeText(QTextStream &out, const alloc::SlotProblem &slot, const alloc::Outcome &outcome,
    bool rerun, const QStringList &warnings)
{
    const alloc::Problem &problem = slot.problem;
    QList<QStringList> rows;
    for (const alloc::GroupReport &g : outcome.groups) {
        const alloc::GroupSpec &spec = problem.groups[std::size_t(g.group)];
        rows.append({ spec.key, spec.name, spec.room, QStringLiteral("%1/%2").arg(g.size).arg(g.capacity),
            QString::number(g.fixed + g.locked), QString::number(g.firstChoiceDemand),
            alloc::organisationMixText(g) });
    }
    printTable(out,
        { tr("Group"), tr("Name"), tr("Room"), tr("People"), tr("Fixed"), tr("1st choice"),
            tr("Largest organisations") },
        rows);
    for (const QString &line : alloc::qualityLines(outcome.quality, rerun))
        out << line << '\n';
    for (const alloc::RuleNotMet &r : outcome.rules)
        out << tr("Note: %1").arg(r.message) << '\n';
    for (const QString &w : warnings)
        out << tr("Warning: %1").arg(w) << '\n';
}

int runAllocation(Context &ctx, const QCommandLineParser &parser, alloc::AllocationService &service)
{
    alloc::RunRequest request;
    if (int code = readOptions(ctx, parser, request.plan.options); code >= 0)
        return code;
    request.plan.slotKey = opt(parser, "slot");
    request.plan.population
        = has(parser, "expected") ? alloc::Population::Expected : alloc::Population::CheckedIn;
    request.by = whoRuns(parser);
    request.reason = has(parser, "reason") ? opt(parser, "reason") : QString();
    request.publish = has(parser, "publish");
    auto result = service.run(request);
    if (!result.ok()) {
        const int code = fail(ctx, result.error());
        if (result.error().code == ErrorCode::Conflict
            && request.plan.population == alloc::Population::CheckedIn)
            ctx.err << tr("Use --expected to place everyone registered.") << Qt::endl;
        return code;
    }
    const alloc::Plan &plan = result->plan;

    const auto rows = alloc::groupListRows(plan.problem, plan.outcome, plan.people);
    if (has(parser, "csv"))
        if (auto s = alloc::writeGroupListsCsv(opt(parser, "csv"), rows); !s.ok())
            return fail(ctx, s.error());
    if (has(parser, "pdf"))
        if (auto s = alloc::writeGroupListsPdf(opt(parser, "pdf"), plan.slot.title, rows); !s.ok())
            return fail(ctx, s.error());
    if (has(parser, "door-signs"))
        if (auto s = alloc::writeDoorSignsPdf(opt(parser, "door-signs"), plan.slot.title, rows); !s.ok())
            return fail(ctx, s.error());

    if (has(parser, "json")) {
        QJsonObject o = alloc::outcomeToJson(plan.problem.problem, plan.outcome);
        o.insert(QStringLiteral("slot"), plan.slot.key);
        o.insert(QStringLiteral("runId"), double(result->runId));
        o.insert(QStringLiteral("published"), result->published);
        o.insert(QStringLiteral("rerun"), !plan.before.isEmpty());
        o.insert(QStringLiteral("movedCount"), plan.outcome.quality.moved);
        o.insert(QStringLiteral("options"),
            alloc::AllocationService::optionsToJson(request.plan.options, request.plan.population));
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings()));
        printJson(ctx.out, QJsonDocument(o));
    } else {
        printOutcomeText(ctx.out, plan.problem, plan.outcome, !plan.before.isEmpty(), plan.warnings());
        for (const alloc::MoveResult &m : result->moved)
            ctx.out << tr("Moved: %1, %2 → %3")
                           .arg(alloc::personName(m.person), m.from ? m.from->name : QString(), m.to.name)
                    << '\n';
        ctx.out << tr("Run %1 saved%2.")
                       .arg(result->runId)
                       .arg(result->published ? tr(" and published") : QString())
                << '\n';
        ctx.out.flush();
    }
    return Success;
}

// --explain WHO: the saved allocation as it is, explained; nothing is written.
int explainSaved(
    Context &ctx, const QCommandLineParser &parser, Store &store, alloc::AllocationService &service)
{
    for (const char *name : { "publish", "expected", "move-cost", "worst-off-first", "org-cap",
             "org-cap-share", "csv", "pdf", "door-signs", "reason" })
        if (has(parser, name)) {
            ctx.err << tr(
                "oppmote allocate: --explain shows the saved allocation and changes nothing; it does not "
                "take --%1.")
                           .arg(QLatin1String(name))
                    << Qt::endl;
            return Usage;
        }
    auto who = findAttendee(store, opt(parser, "explain"));
    if (!who.ok())
        return fail(ctx, who.error());
    auto result = service.explain(opt(parser, "slot"), who->id);
    if (!result.ok())
        return fail(ctx, result.error());
    const alloc::SavedAllocation &saved = result->allocation;
    const QString name = alloc::personName(result->person);
    if (has(parser, "json")) {
        QJsonObject o = alloc::outcomeToJson(saved.problem.problem, saved.outcome);
        o.insert(QStringLiteral("slot"), saved.slot.key);
        o.insert(QStringLiteral("runId"), double(saved.runId));
        o.insert(QStringLiteral("saved"), false);
        QJsonObject e = alloc::explanationToJson(saved.problem.problem, result->explanation);
        e.insert(QStringLiteral("name"), name);
        e.insert(QStringLiteral("groupName"),
            result->explanation.group >= 0
                ? saved.problem.problem.groups[std::size_t(result->explanation.group)].name
                : QString());
        o.insert(QStringLiteral("explanation"), e);
        printJson(ctx.out, QJsonDocument(o));
        return Success;
    }
    ctx.out << name << ": " << result->explanation.summary() << '\n';
    ctx.out << tr("(The saved allocation of %1; nothing was changed.)").arg(saved.slot.key) << Qt::endl;
    return Success;
}

int manual(Context &ctx, const QCommandLineParser &parser, Store &store, alloc::AllocationService &service,
    const QString &action)
{
    const QString slotKey = opt(parser, "slot");
    if (action == QLatin1String("publish")) {
        auto runId = service.publish(slotKey, whoRuns(parser), opt(parser, "reason"));
        if (!runId.ok())
            return fail(ctx, runId.error());
        ctx.out << tr("The allocation of %1 is published.").arg(slotKey) << Qt::endl;
        return Success;
    }
    if (action == QLatin1String("restore")) {
        bool ok = false;
        const qint64 runId = opt(parser, "run").toLongLong(&ok);
        if (!has(parser, "run") || !ok || runId <= 0) {
            ctx.err << tr(
                "oppmote allocate restore: give the run to restore with --run N (see allocate log).")
                    << Qt::endl;
            return Usage;
        }
        auto restored = service.restore(slotKey, runId, whoRuns(parser), opt(parser, "reason"));
        if (!restored.ok())
            return fail(ctx, restored.error());
        ctx.out << tr("Run %1 of %2 is the allocation again (saved as run %3, %4 people placed).")
                       .arg(restored->restoredRun)
                       .arg(slotKey)
                       .arg(restored->runId)
                       .arg(restored->people)
                << Qt::endl;
        return Success;
    }
    if (!has(parser, "attendee") || opt(parser, "attendee").trimmed().isEmpty()) {
        ctx.err << tr("oppmote allocate %1: name the person with --attendee (an id or a name).").arg(action)
                << Qt::endl;
        return Usage;
    }
    if (action == QLatin1String("move")
        && (!has(parser, "to") || opt(parser, "reason").trimmed().isEmpty())) {
        ctx.err << tr("oppmote allocate move: give --to GROUP and --reason \"why\".") << Qt::endl;
        return Usage;
    }
    auto who = findAttendee(store, opt(parser, "attendee"));
    if (!who.ok())
        return fail(ctx, who.error());
    const QString name = alloc::personName(who.value());
    if (action == QLatin1String("move")) {
        auto moved
            = service.move(slotKey, who->id, opt(parser, "to"), whoRuns(parser), opt(parser, "reason"));
        if (!moved.ok())
            return fail(ctx, moved.error());
        ctx.out << tr("%1 is now in %2 (locked).").arg(name, moved->to.name) << Qt::endl;
        return Success;
    }
    const bool lock = action == QLatin1String("lock");
    auto group = lock ? service.lock(slotKey, who->id, whoRuns(parser), opt(parser, "reason"))
                      : service.unlock(slotKey, who->id, whoRuns(parser), opt(parser, "reason"));
    if (!group.ok())
        return fail(ctx, group.error());
    ctx.out << (lock ? tr("%1 is locked in %2.") : tr("%1 is unlocked in %2.")).arg(name, group->name)
            << Qt::endl;
    return Success;
}

QJsonArray runsJson(const QList<alloc::RunSummary> &runs)
{
    QJsonArray list;
    for (const alloc::RunSummary &r : runs)
        list.append(QJsonObject { { QStringLiteral("id"), double(r.run.id) },
            { QStringLiteral("slot"), r.run.slotKey },
            { QStringLiteral("at"), r.run.at.toString(Qt::ISODateWithMs) },
            { QStringLiteral("by"), r.run.by }, { QStringLiteral("placed"), r.placed },
            { QStringLiteral("unplaced"), r.unplaced }, { QStringLiteral("published"), r.run.published },
            { QStringLiteral("current"), r.current },
            { QStringLiteral("options"), QJsonDocument::fromJson(r.run.optionsJson.toUtf8()).object() } });
    return list;
}

void printRuns(QTextStream &out, const QList<alloc::RunSummary> &runs)
{
    QList<QStringList> rows;
    for (const alloc::RunSummary &r : runs)
        rows.append({ QString::number(r.run.id), r.run.slotKey,
            r.run.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), r.run.by,
            QString::number(r.placed), QString::number(r.unplaced), r.run.published ? tr("yes") : QString(),
            r.current ? tr("yes") : QString() });
    printTable(out,
        { tr("Run"), tr("Slot"), tr("When"), tr("Who"), tr("Placed"), tr("Not placed"), tr("Published"),
            tr("Latest") },
        rows);
}

int runs(Context &ctx, const QCommandLineParser &parser, alloc::AllocationService &service)
{
    auto list = service.runs(opt(parser, "slot"));
    if (!list.ok())
        return fail(ctx, list.error());
    if (has(parser, "json"))
        printJson(ctx.out, QJsonDocument(runsJson(list.value())));
    else
        printRuns(ctx.out, list.value());
    return Success;
}

int log(Context &ctx, const QCommandLineParser &parser, Store &store, alloc::AllocationService &service)
{
    auto entries = store.auditLog(opt(parser, "slot"));
    if (!entries.ok())
        return fail(ctx, entries.error());
    auto roster = store.attendees();
    if (!roster.ok())
        return fail(ctx, roster.error());
    QHash<QString, QString> names;
    for (const Attendee &a : roster.value())
        names.insert(a.id, alloc::personName(a));
    auto event = store.program();
    if (!event.ok())
        return fail(ctx, event.error());
    auto groupName = [&](const QString &slotKey, const QString &key) {
        const Session *slot = event->session(slotKey);
        return slot && !key.isEmpty() ? service.groupName(*slot, key) : key;
    };
    if (has(parser, "json")) {
        QJsonArray list;
        for (const AuditEntry &e : entries.value())
            list.append(QJsonObject { { QStringLiteral("id"), double(e.id) },
                { QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs) }, { QStringLiteral("by"), e.by },
                { QStringLiteral("kind"), auditKindName(e.kind) }, { QStringLiteral("slot"), e.slotKey },
                { QStringLiteral("attendeeId"), e.attendeeId },
                { QStringLiteral("attendee"), names.value(e.attendeeId, e.attendeeId) },
                { QStringLiteral("from"), e.fromGroup }, { QStringLiteral("to"), e.toGroup },
                { QStringLiteral("fromName"), groupName(e.slotKey, e.fromGroup) },
                { QStringLiteral("toName"), groupName(e.slotKey, e.toGroup) },
                { QStringLiteral("reason"), e.reason } });
        printJson(ctx.out, QJsonDocument(list));
        return Success;
    }
    auto list = service.runs(opt(parser, "slot"));
    if (!list.ok())
        return fail(ctx, list.error());
    if (!list->isEmpty()) {
        printRuns(ctx.out, list.value());
        ctx.out << '\n';
    }
    QList<QStringList> rows;
    for (const AuditEntry &e : entries.value())
        rows.append({ e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.by,
            auditKindName(e.kind), e.slotKey, names.value(e.attendeeId, e.attendeeId),
            e.fromGroup.isEmpty() && e.toGroup.isEmpty()
                ? QString()
                : QStringLiteral("%1 → %2").arg(
                    groupName(e.slotKey, e.fromGroup), groupName(e.slotKey, e.toGroup)),
            e.reason });
    printTable(ctx.out,
        { tr("When"), tr("Who"), tr("What"), tr("Slot"), tr("Attendee"), tr("Group"), tr("Why") }, rows);
    return Success;
}

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(jsonOption());
    parser.addOption(
        { QStringLiteral("slot"), tr("The group-work session (e.g. d1-1400)."), QStringLiteral("key") });
    parser.addOption({ QStringLiteral("publish"), tr("Publish the allocation at once.") });
    parser.addOption(
        { QStringLiteral("expected"), tr("Place everyone registered, not only those checked in.") });
    parser.addOption({ QStringLiteral("move-cost"),
        tr("Re-run: the cost of moving someone placed before, in rank steps (default 0)."),
        QStringLiteral("n") });
    parser.addOption({ QStringLiteral("worst-off-first"),
        tr("Make the worst-placed person as well off as possible first.") });
    parser.addOption({ QStringLiteral("org-cap"), tr("At most N people from one organisation per group."),
        QStringLiteral("n") });
    parser.addOption({ QStringLiteral("org-cap-share"),
        tr("At most this share of a group's seats for one organisation (e.g. 0.2)."), QStringLiteral("x") });
    parser.addOption({ QStringLiteral("explain"),
        tr("Explain where this person (an id or a name) is in the saved allocation, and why; changes "
           "nothing."),
        QStringLiteral("who") });
    parser.addOption(
        { QStringLiteral("csv"), tr("Write the group lists per room as CSV."), QStringLiteral("file") });
    parser.addOption({ QStringLiteral("pdf"), tr("Write the group lists per room as PDF (a page per group)."),
        QStringLiteral("file") });
    parser.addOption({ QStringLiteral("door-signs"),
        tr("Write a door sign per group as PDF (its name, room and facilitators, A4 landscape)."),
        QStringLiteral("file") });
    parser.addOption({ QStringLiteral("by"), tr("Who does this, for the audit log (default: $USER)."),
        QStringLiteral("name") });
    parser.addOption({ QStringLiteral("attendee"), tr("move/lock/unlock: the person (an id or a name)."),
        QStringLiteral("who") });
    parser.addOption(
        { QStringLiteral("to"), tr("move: the group (key, name or number)."), QStringLiteral("group") });
    parser.addOption({ QStringLiteral("run"), tr("restore: the run to bring back (see allocate log)."),
        QStringLiteral("n") });
    parser.addOption({ QStringLiteral("reason"), tr("Why, for the audit log (required for move)."),
        QStringLiteral("text") });
    parser.addPositionalArgument(QStringLiteral("action"),
        tr("Nothing to allocate; or move, lock, unlock, publish, restore, log, runs."));
    if (int code = parseArguments(parser, ctx, QStringLiteral("allocate"),
            tr("Place people in the groups of a group-work slot; explain, move, lock, publish, restore; show "
               "the "
               "log."));
        code >= 0)
        return code;

    const QStringList args = parser.positionalArguments();
    static const QStringList kActions { QStringLiteral("move"), QStringLiteral("lock"),
        QStringLiteral("unlock"), QStringLiteral("publish"), QStringLiteral("restore"), QStringLiteral("log"),
        QStringLiteral("runs") };
    if (args.size() > 1 || (args.size() == 1 && !kActions.contains(args.front()))) {
        ctx.err << tr(
            "oppmote allocate: unknown action «%1» (move, lock, unlock, publish, restore, log, runs).")
                       .arg(args.join(QLatin1Char(' ')))
                << Qt::endl;
        return Usage;
    }
    const QString action = args.value(0);
    const bool listing = action == QLatin1String("log") || action == QLatin1String("runs");
    if (!listing && !has(parser, "slot")) {
        ctx.err << tr("oppmote allocate: name the group-work slot with --slot (e.g. d1-1400).") << Qt::endl;
        return Usage;
    }
    if (!action.isEmpty() && has(parser, "explain")) {
        ctx.err << tr("oppmote allocate: --explain goes without an action.") << Qt::endl;
        return Usage;
    }
    int code = Success;
    auto store = openStore(parser, ctx, code);
    if (!store)
        return code;
    alloc::AllocationService service(*store);
    if (action.isEmpty())
        return has(parser, "explain") ? explainSaved(ctx, parser, *store, service)
                                      : runAllocation(ctx, parser, service);
    if (action == QLatin1String("log"))
        return log(ctx, parser, *store, service);
    if (action == QLatin1String("runs"))
        return runs(ctx, parser, service);
    return manual(ctx, parser, *store, service, action);
}

} // namespace

Command allocateCommand()
{
    return { "allocate",
        QT_TRANSLATE_NOOP("cli", "Allocate group work; explain, move, lock, publish, restore; the audit log"),
        run };
}

} // namespace oppmote::cli
