// oppmote allocate: places people in the groups of a group-work slot
// (shared/alloc, docs/allocation.md), stores the allocation with an audit
// row, and handles the organisers' manual moves, locks and the audit log.
//
//   oppmote allocate --slot S [--json] [--publish] [--expected] [--move-cost N] …
//   oppmote allocate move --slot S --attendee ID --to GROUP --reason "…"
//   oppmote allocate lock|unlock --slot S --attendee ID [--reason "…"]
//   oppmote allocate publish --slot S
//   oppmote allocate log [--slot S] [--json]

#include "alloc/alloc_adapter.h"
#include "alloc/alloc_json.h"
#include "alloc/allocator.h"
#include "alloc/group_lists.h"
#include "command.h"
#include "output.h"
#include "store_options.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

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

// The group-work session named by --slot, or an error for the user.
Result<Session> groupWorkSlot(Store &store, const QString &key)
{
    if (key.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Name the group-work slot with --slot (e.g. d1-1400)."));
    auto event = store.program();
    if (!event.ok())
        return event.error();
    const Session *slot = event->session(key);
    if (!slot)
        return makeError(ErrorCode::NotFound, tr("The programme has no session «%1».").arg(key));
    if (slot->kind != SessionKind::GroupWork)
        return makeError(ErrorCode::InvalidInput, tr("«%1» (%2) is not group work.").arg(key, slot->title));
    return *slot;
}

QJsonObject optionsJson(const alloc::AdapterOptions &o, bool expected)
{
    const alloc::Options &s = o.solver;
    return QJsonObject { { QStringLiteral("population"),
                             expected ? QStringLiteral("expected") : QStringLiteral("checkedIn") },
        { QStringLiteral("moveCost"), s.moveCost },
        { QStringLiteral("objective"),
            s.objective == alloc::Objective::WorstOffFirst ? QStringLiteral("worstOffFirst")
                                                           : QStringLiteral("totalCost") },
        { QStringLiteral("orgCapCount"), s.orgCapCount }, { QStringLiteral("orgCapShare"), s.orgCapShare } };
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
    const QList<Assignment> &before)
{
    const alloc::Problem &problem = slot.problem;
    const alloc::Quality &q = outcome.quality;
    QList<QStringList> rows;
    for (const alloc::GroupReport &g : outcome.groups) {
        const alloc::GroupSpec &spec = problem.groups[std::size_t(g.group)];
        QStringList mix;
        for (std::size_t i = 0; i < g.mix.size() && i < 3; ++i)
            mix << QStringLiteral("%1 %2").arg(g.mix[i].organisation).arg(g.mix[i].count);
        rows.append({ spec.key, spec.name, spec.room, QStringLiteral("%1/%2").arg(g.size).arg(g.capacity),
            QString::number(g.fixed + g.locked), QString::number(g.firstChoiceDemand),
            mix.join(QStringLiteral(", ")) });
    }
    printTable(out,
        { tr("Group"), tr("Name"), tr("Room"), tr("People"), tr("Fixed"), tr("1st choice"),
            tr("Largest organisations") },
        rows);
    out << tr("%1 of %2 placed, %3 not placed; %4 fixed or locked.")
               .arg(q.placed)
               .arg(q.people)
               .arg(q.unplaced)
               .arg(q.fixed + q.locked)
        << '\n';
    QStringList ranks;
    for (std::size_t r = 1; r < q.rankCounts.size(); ++r)
        if (q.rankCounts[r] > 0)
            ranks << (int(r) == q.outsideRank
                    ? tr("%1 outside their choices").arg(q.rankCounts[r])
                    : tr("%1 got their %2 choice").arg(q.rankCounts[r]).arg(alloc::ordinal(int(r))));
    if (!q.rankCounts.empty() && q.rankCounts[0] > 0)
        ranks << tr("%1 without preference").arg(q.rankCounts[0]);
    if (!ranks.isEmpty())
        out << ranks.join(QStringLiteral("; ")) << '\n';
    if (!before.isEmpty())
        out << tr("%1 moved since the last run.").arg(q.moved) << '\n';
    for (const alloc::RuleNotMet &r : outcome.rules)
        out << tr("Note: %1").arg(r.message) << '\n';
    for (const QString &w : slot.warnings)
        out << tr("Warning: %1").arg(w) << '\n';
}

int runAllocation(Context &ctx, const QCommandLineParser &parser, Store &store)
{
    alloc::AdapterOptions options;
    if (int code = readOptions(ctx, parser, options); code >= 0)
        return code;
    auto slot = groupWorkSlot(store, opt(parser, "slot"));
    if (!slot.ok())
        return fail(ctx, slot.error());
    auto roster = store.attendees();
    if (!roster.ok())
        return fail(ctx, roster.error());
    auto before = store.assignments(slot->key);
    if (!before.ok())
        return fail(ctx, before.error());

    // Checked in at the venue or at the slot itself.
    QSet<QString> checkedIn;
    for (const QString &key : { QString(), slot->key }) {
        auto ids = store.checkedInAttendeeIds(key);
        if (!ids.ok())
            return fail(ctx, ids.error());
        for (const QString &id : ids.value())
            checkedIn.insert(id);
    }
    const bool expected = has(parser, "expected");
    QList<Attendee> people = alloc::selectPeople(
        roster.value(), checkedIn, expected ? alloc::Population::Expected : alloc::Population::CheckedIn);
    // An organiser's manual placement (a lock) stands even for someone not checked in yet.
    QSet<QString> selected;
    for (const Attendee &a : people)
        selected.insert(a.id);
    QSet<QString> locked;
    for (const Assignment &as : before.value())
        if (as.locked)
            locked.insert(as.attendeeId);
    for (const Attendee &a : roster.value())
        if (locked.contains(a.id) && !selected.contains(a.id))
            people.append(a);
    if (people.isEmpty())
        return fail(ctx,
            makeError(ErrorCode::Conflict,
                expected ? tr("The roster is empty; nobody to place.")
                         : tr("Nobody is checked in yet; nobody to place. Use --expected to place everyone "
                              "registered.")));

    auto problem = alloc::buildProblem(slot.value(), people, before.value(), options);
    if (!problem.ok())
        return fail(ctx, problem.error());
    auto outcome = alloc::allocate(problem->problem);
    if (!outcome.ok())
        return fail(ctx, outcome.error());

    std::optional<alloc::Explanation> explanation;
    if (has(parser, "explain")) {
        const QString id = opt(parser, "explain");
        bool known = false;
        for (const Attendee &a : people)
            known = known || a.id == id;
        if (!known)
            return fail(ctx,
                makeError(
                    ErrorCode::NotFound, tr("%1 is not among the people placed in %2.").arg(id, slot->key)));
        explanation = alloc::explain(problem->problem, outcome.value(), id);
    }

    AllocationRunInfo info;
    info.by = whoRuns(parser);
    info.optionsJson
        = QString::fromUtf8(QJsonDocument(optionsJson(options, expected)).toJson(QJsonDocument::Compact));
    info.qualityJson = QString::fromUtf8(
        QJsonDocument(alloc::qualityToJson(outcome->quality)).toJson(QJsonDocument::Compact));
    info.reason = has(parser, "reason") ? opt(parser, "reason") : QString();
    auto runId
        = store.saveAllocation(slot->key, alloc::toAssignments(problem.value(), outcome.value()), info);
    if (!runId.ok())
        return fail(ctx, runId.error());
    const bool publish = has(parser, "publish");
    if (publish)
        if (auto s = store.publish(slot->key, info.by); !s.ok())
            return fail(ctx, s.error());

    const auto rows = alloc::groupListRows(problem.value(), outcome.value(), people);
    if (has(parser, "csv"))
        if (auto s = alloc::writeGroupListsCsv(opt(parser, "csv"), rows); !s.ok())
            return fail(ctx, s.error());
    if (has(parser, "pdf"))
        if (auto s = alloc::writeGroupListsPdf(opt(parser, "pdf"), slot->title, rows); !s.ok())
            return fail(ctx, s.error());

    if (has(parser, "json")) {
        QJsonObject o = alloc::outcomeToJson(problem->problem, outcome.value());
        o.insert(QStringLiteral("slot"), slot->key);
        o.insert(QStringLiteral("runId"), double(runId.value()));
        o.insert(QStringLiteral("published"), publish);
        o.insert(QStringLiteral("rerun"), !before->isEmpty());
        o.insert(QStringLiteral("movedCount"), outcome->quality.moved);
        o.insert(QStringLiteral("options"), optionsJson(options, expected));
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(problem->warnings));
        if (explanation)
            o.insert(QStringLiteral("explanation"), alloc::explanationToJson(problem->problem, *explanation));
        printJson(ctx.out, QJsonDocument(o));
    } else {
        printOutcomeText(ctx.out, problem.value(), outcome.value(), before.value());
        ctx.out << tr("Run %1 saved%2.").arg(runId.value()).arg(publish ? tr(" and published") : QString())
                << '\n';
        if (explanation)
            ctx.out << explanation->personId << ": " << explanation->summary() << '\n';
        ctx.out.flush();
    }
    return Success;
}

// --to as a group key of the slot, or its name ("Tema 2") or number; a mixed
// slot's groups exist only in its allocation, so their keys are taken from there.
Result<QString> groupKeyFor(Store &store, const Session &slot, const QString &text)
{
    for (const Group &g : slot.groups)
        if (g.key == text || g.name.compare(text, Qt::CaseInsensitive) == 0
            || QString::number(g.number) == text)
            return g.key;
    auto current = store.assignments(slot.key);
    if (!current.ok())
        return current.error();
    QStringList keys;
    for (const Assignment &a : current.value())
        if (!keys.contains(a.groupKey))
            keys << a.groupKey;
    if (keys.contains(text))
        return text;
    for (const Group &g : slot.groups)
        keys << g.key;
    keys.removeDuplicates();
    return makeError(ErrorCode::NotFound,
        tr("%1 has no group «%2». Groups: %3").arg(slot.key, text, keys.join(QStringLiteral(", "))));
}

int manual(Context &ctx, const QCommandLineParser &parser, Store &store, const QString &action)
{
    auto slot = groupWorkSlot(store, opt(parser, "slot"));
    if (!slot.ok())
        return fail(ctx, slot.error());
    if (action == QLatin1String("publish")) {
        if (auto s = store.publish(slot->key, whoRuns(parser), opt(parser, "reason")); !s.ok())
            return fail(ctx, s.error());
        ctx.out << tr("The allocation of %1 is published.").arg(slot->key) << Qt::endl;
        return Success;
    }
    const QString id = opt(parser, "attendee");
    if (id.isEmpty()) {
        ctx.err << tr("oppmote allocate %1: name the person with --attendee ID.").arg(action) << Qt::endl;
        return Usage;
    }
    auto who = store.attendee(id);
    if (!who.ok())
        return fail(ctx, who.error());
    if (!who.value())
        return fail(ctx, makeError(ErrorCode::NotFound, tr("No attendee has the id «%1».").arg(id)));
    if (action == QLatin1String("move")) {
        if (!has(parser, "to") || opt(parser, "reason").trimmed().isEmpty()) {
            ctx.err << tr("oppmote allocate move: give --to GROUP and --reason \"why\".") << Qt::endl;
            return Usage;
        }
        auto group = groupKeyFor(store, slot.value(), opt(parser, "to"));
        if (!group.ok())
            return fail(ctx, group.error());
        if (auto s = store.moveAttendee(slot->key, id, group.value(), whoRuns(parser), opt(parser, "reason"));
            !s.ok())
            return fail(ctx, s.error());
        ctx.out << tr("%1 is now in %2 (locked).").arg(who.value()->fullName(), group.value()) << Qt::endl;
        return Success;
    }
    const bool lock = action == QLatin1String("lock");
    if (auto s = store.setLocked(slot->key, id, lock, whoRuns(parser), opt(parser, "reason")); !s.ok())
        return fail(ctx, s.error());
    ctx.out << (lock ? tr("%1 is locked in %2.") : tr("%1 is unlocked in %2."))
                   .arg(who.value()->fullName(), slot->key)
            << Qt::endl;
    return Success;
}

int log(Context &ctx, const QCommandLineParser &parser, Store &store)
{
    auto entries = store.auditLog(opt(parser, "slot"));
    if (!entries.ok())
        return fail(ctx, entries.error());
    if (has(parser, "json")) {
        QJsonArray list;
        for (const AuditEntry &e : entries.value())
            list.append(QJsonObject { { QStringLiteral("id"), double(e.id) },
                { QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs) }, { QStringLiteral("by"), e.by },
                { QStringLiteral("kind"), auditKindName(e.kind) }, { QStringLiteral("slot"), e.slotKey },
                { QStringLiteral("attendeeId"), e.attendeeId }, { QStringLiteral("from"), e.fromGroup },
                { QStringLiteral("to"), e.toGroup }, { QStringLiteral("reason"), e.reason } });
        printJson(ctx.out, QJsonDocument(list));
        return Success;
    }
    QList<QStringList> rows;
    for (const AuditEntry &e : entries.value())
        rows.append({ e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.by,
            auditKindName(e.kind), e.slotKey, e.attendeeId,
            e.fromGroup.isEmpty() && e.toGroup.isEmpty()
                ? QString()
                : QStringLiteral("%1 → %2").arg(e.fromGroup, e.toGroup),
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
    parser.addOption({ QStringLiteral("explain"), tr("Explain where this attendee was placed and why."),
        QStringLiteral("id") });
    parser.addOption(
        { QStringLiteral("csv"), tr("Write the group lists per room as CSV."), QStringLiteral("file") });
    parser.addOption({ QStringLiteral("pdf"), tr("Write the group lists per room as PDF (a page per group)."),
        QStringLiteral("file") });
    parser.addOption({ QStringLiteral("by"), tr("Who does this, for the audit log (default: $USER)."),
        QStringLiteral("name") });
    parser.addOption(
        { QStringLiteral("attendee"), tr("move/lock/unlock: the attendee's id."), QStringLiteral("id") });
    parser.addOption(
        { QStringLiteral("to"), tr("move: the group (key, name or number)."), QStringLiteral("group") });
    parser.addOption({ QStringLiteral("reason"), tr("Why, for the audit log (required for move)."),
        QStringLiteral("text") });
    parser.addPositionalArgument(
        QStringLiteral("action"), tr("Nothing to allocate; or move, lock, unlock, publish, log."));
    if (int code = parseArguments(parser, ctx, QStringLiteral("allocate"),
            tr("Place people in the groups of a group-work slot; move, lock, publish; show the log."));
        code >= 0)
        return code;

    const QStringList args = parser.positionalArguments();
    static const QStringList kActions { QStringLiteral("move"), QStringLiteral("lock"),
        QStringLiteral("unlock"), QStringLiteral("publish"), QStringLiteral("log") };
    if (args.size() > 1 || (args.size() == 1 && !kActions.contains(args.front()))) {
        ctx.err << tr("oppmote allocate: unknown action «%1» (move, lock, unlock, publish, log).")
                       .arg(args.join(QLatin1Char(' ')))
                << Qt::endl;
        return Usage;
    }
    const QString action = args.value(0);
    if (action != QLatin1String("log") && !has(parser, "slot")) {
        ctx.err << tr("oppmote allocate: name the group-work slot with --slot (e.g. d1-1400).") << Qt::endl;
        return Usage;
    }
    int code = Success;
    auto store = openStore(parser, ctx, code);
    if (!store)
        return code;
    if (action.isEmpty())
        return runAllocation(ctx, parser, *store);
    if (action == QLatin1String("log"))
        return log(ctx, parser, *store);
    return manual(ctx, parser, *store, action);
}

} // namespace

Command allocateCommand()
{
    return { "allocate", QT_TRANSLATE_NOOP("cli", "Allocate group work; move, lock, publish; the audit log"),
        run };
}

} // namespace oppmote::cli
