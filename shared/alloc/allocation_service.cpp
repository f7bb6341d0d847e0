#include "alloc/allocation_service.h"

#include "alloc/alloc_json.h"
#include "alloc/alloc_report.h"
#include "alloc/allocator.h"
#include "alloc/prepared_problem.h"
#include "domain/plain_text.h"
#include "store/store.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace oppmote::alloc {

namespace {

QString populationName(Population p)
{
    return p == Population::Expected ? QStringLiteral("expected") : QStringLiteral("checkedIn");
}

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseJson(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

const Assignment *assignmentOf(const QList<Assignment> &list, const QString &attendeeId)
{
    for (const Assignment &a : list)
        if (a.attendeeId == attendeeId)
            return &a;
    return nullptr;
}

// The people to place: checked in at the venue or at the slot (or everyone
// expected), and everyone an organiser locked in the slot, checked in or not.
Result<QList<Attendee>> peopleToPlace(Store &store, const QString &slotKey, const QList<Attendee> &roster,
    const QList<Assignment> &current, Population population)
{
    QSet<QString> checkedIn;
    if (population == Population::CheckedIn)
        for (const QString &key : { QString(), slotKey }) {
            auto ids = store.checkedInAttendeeIds(key);
            if (!ids.ok())
                return ids.error();
            for (const QString &id : ids.value())
                checkedIn.insert(id);
        }
    QList<Attendee> people = selectPeople(roster, checkedIn, population);
    QSet<QString> selected;
    for (const Attendee &a : people)
        selected.insert(a.id);
    QSet<QString> locked;
    for (const Assignment &as : current)
        if (as.locked)
            locked.insert(as.attendeeId);
    for (const Attendee &a : roster)
        if (locked.contains(a.id) && !selected.contains(a.id))
            people.append(a);
    return people;
}

} // namespace

QString personName(const Attendee &attendee)
{
    const QString name = shownText(attendee.fullName()).trimmed();
    return name.isEmpty() ? attendee.id : name;
}

QList<Assignment> Plan::assignments() const
{
    return toAssignments(problem, outcome);
}

AllocationService::AllocationService(Store &store) : m_store(store) { }

Result<Session> AllocationService::groupWorkSlot(const QString &key)
{
    if (key.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Name the group-work slot (e.g. d1-1400)."));
    auto event = m_store.program();
    if (!event.ok())
        return event.error();
    const Session *slot = event->session(key.trimmed());
    if (!slot)
        return makeError(ErrorCode::NotFound, tr("The programme has no session «%1».").arg(key));
    if (slot->kind != SessionKind::GroupWork)
        return makeError(ErrorCode::InvalidInput,
            tr("«%1» (%2) is not group work.").arg(slot->key, shownText(slot->title)));
    return *slot;
}

Result<QList<Session>> AllocationService::groupWorkSlots()
{
    auto event = m_store.program();
    if (!event.ok())
        return event.error();
    QList<Session> slotList;
    for (const Session *s : event->groupWorkSlots())
        slotList.append(*s);
    return slotList;
}

Result<Attendee> AllocationService::person(const QString &attendeeId)
{
    auto who = m_store.attendee(attendeeId);
    if (!who.ok())
        return who.error();
    if (!who.value())
        return makeError(ErrorCode::NotFound, tr("No attendee has the id «%1».").arg(attendeeId));
    return *who.value();
}

Result<Plan> AllocationService::plan(const PlanRequest &request)
{
    Plan plan;
    plan.population = request.population;
    auto slot = groupWorkSlot(request.slotKey);
    if (!slot.ok())
        return slot.error();
    plan.slot = slot.value();
    auto slotList = groupWorkSlots();
    if (!slotList.ok())
        return slotList.error();
    auto roster = m_store.attendees();
    if (!roster.ok())
        return roster.error();
    auto before = m_store.assignments(plan.slot.key);
    if (!before.ok())
        return before.error();
    plan.before = before.value();

    auto people = peopleToPlace(m_store, plan.slot.key, roster.value(), plan.before, request.population);
    if (!people.ok())
        return people.error();
    if (people->isEmpty())
        return makeError(ErrorCode::Conflict,
            request.population == Population::Expected ? tr("The roster is empty; nobody to place.")
                                                       : tr("Nobody is checked in yet; nobody to place."));
    plan.people = people.value();

    AdapterOptions options = request.options;
    options.allSlots = slotList.value();
    auto problem = buildProblem(plan.slot, plan.people, plan.before, options);
    if (!problem.ok())
        return problem.error();
    plan.problem = std::move(problem).value();
    auto outcome = allocate(plan.problem.problem);
    if (!outcome.ok())
        return outcome.error();
    plan.outcome = std::move(outcome).value();
    return plan;
}

Result<RunResult> AllocationService::run(const RunRequest &request)
{
    auto plan = this->plan(request.plan);
    if (!plan.ok())
        return plan.error();
    RunResult result;
    result.plan = std::move(plan).value();
    AllocationRunInfo info;
    info.by = request.by;
    info.optionsJson = compactJson(optionsToJson(request.plan.options, request.plan.population));
    info.qualityJson = compactJson(qualityToJson(result.plan.outcome.quality));
    info.reason = request.reason;
    auto runId = m_store.saveAllocation(result.plan.slot.key, result.plan.assignments(), info);
    if (!runId.ok())
        return runId.error();
    result.runId = runId.value();
    result.moved = movedBy(result.plan);
    if (request.publish) {
        if (auto s = m_store.publish(result.plan.slot.key, request.by); !s.ok())
            return s.error();
        result.published = true;
    }
    return result;
}

QList<MoveResult> AllocationService::movedBy(const Plan &plan)
{
    QHash<QString, QString> before;
    for (const Assignment &a : plan.before)
        before.insert(a.attendeeId, a.groupKey);
    QHash<QString, const Attendee *> people;
    for (const Attendee &a : plan.people)
        people.insert(a.id, &a);
    auto ref = [&](const QString &key) {
        for (const Group &g : plan.slot.groups)
            if (g.key == key)
                return GroupRef { key, groupName(plan.slot, key), shownText(g.room) };
        return GroupRef { key, groupName(plan.slot, key), {} };
    };
    QList<MoveResult> moved;
    for (const Assignment &a : plan.assignments()) {
        const auto was = before.constFind(a.attendeeId);
        if (was == before.cend() || *was == a.groupKey)
            continue;
        const Attendee *who = people.value(a.attendeeId, nullptr);
        MoveResult m;
        if (who)
            m.person = *who;
        else
            m.person.id = a.attendeeId;
        m.from = ref(*was);
        m.to = ref(a.groupKey);
        moved.append(m);
    }
    std::sort(moved.begin(), moved.end(), [](const MoveResult &a, const MoveResult &b) {
        return personName(a.person).localeAwareCompare(personName(b.person)) < 0;
    });
    return moved;
}

Result<SavedAllocation> AllocationService::saved(const QString &slotKey)
{
    SavedAllocation saved;
    auto slot = groupWorkSlot(slotKey);
    if (!slot.ok())
        return slot.error();
    saved.slot = slot.value();
    auto current = m_store.assignments(saved.slot.key);
    if (!current.ok())
        return current.error();
    if (current->isEmpty())
        return makeError(ErrorCode::NotFound,
            tr("%1 (%2) has not been allocated yet.").arg(saved.slot.key, shownText(saved.slot.title)));
    auto runs = m_store.allocationRuns(saved.slot.key);
    if (!runs.ok())
        return runs.error();
    Population population = Population::CheckedIn;
    AdapterOptions options;
    if (!runs->isEmpty()) {
        saved.runId = runs->last().id;
        options = optionsFromJson(parseJson(runs->last().optionsJson), &population);
    }
    auto slotList = groupWorkSlots();
    if (!slotList.ok())
        return slotList.error();
    options.allSlots = slotList.value();

    // Where the run before the latest one placed people: "moved from" in the explanations.
    QHash<QString, QString> previous;
    if (runs->size() >= 2) {
        auto rows = m_store.runAssignments(runs->at(runs->size() - 2).id);
        if (!rows.ok())
            return rows.error();
        for (const Assignment &a : rows.value())
            previous.insert(a.attendeeId, a.groupKey);
    }

    // The people: everyone with a place, and the rest of the population the
    // latest run placed from (those without a place are the unplaced).
    auto roster = m_store.attendees();
    if (!roster.ok())
        return roster.error();
    auto pool = peopleToPlace(m_store, saved.slot.key, roster.value(), current.value(), population);
    if (!pool.ok())
        return pool.error();
    QSet<QString> in;
    for (const Attendee &a : pool.value())
        in.insert(a.id);
    QSet<QString> placed;
    for (const Assignment &a : current.value())
        placed.insert(a.attendeeId);
    for (const Attendee &a : roster.value())
        if (in.contains(a.id) || placed.contains(a.id)) {
            Attendee copy = a;
            // Fixed seats come from the saved allocation, not from today's fixed groups.
            copy.fixedGroup.clear();
            saved.people.append(copy);
        }

    QList<Assignment> existing;
    for (const Assignment &a : current.value()) {
        if (a.locked || a.fixed)
            existing.append(a);
        else if (previous.contains(a.attendeeId))
            existing.append({ saved.slot.key, a.attendeeId, previous.value(a.attendeeId), false, false });
        if (saved.slot.groups.isEmpty())
            options.mixedGroupCount
                = std::max(options.mixedGroupCount, mixedGroupNumber(saved.slot, a.groupKey));
    }
    auto problem = buildProblem(saved.slot, saved.people, existing, options);
    if (!problem.ok())
        return problem.error();
    saved.problem = std::move(problem).value();
    const Problem &p = saved.problem.problem;

    QHash<QString, int> groupIndex;
    for (std::size_t g = 0; g < p.groups.size(); ++g)
        groupIndex.insert(p.groups[g].key, int(g));
    QHash<QString, QString> groupOfId;
    for (const Assignment &a : current.value())
        groupOfId.insert(a.attendeeId, a.groupKey);
    std::vector<int> groupOf(p.people.size(), -1);
    std::vector<int> size(p.groups.size(), 0);
    for (std::size_t i = 0; i < p.people.size(); ++i) {
        groupOf[i] = groupIndex.value(groupOfId.value(p.people[i].id), -1);
        if (groupOf[i] >= 0)
            ++size[std::size_t(groupOf[i])];
    }
    for (const FixedSeat &f : p.fixedSeats)
        ++size[std::size_t(f.group)];
    PreparedProblem prep;
    QString error;
    if (!prepareProblem(p, prep, &error))
        return makeError(ErrorCode::InvalidInput, error);
    ReportNotes notes;
    if (p.options.minSize == MinSizeRule::Enforce) {
        notes.closed.assign(p.groups.size(), 0);
        for (std::size_t g = 0; g < p.groups.size(); ++g)
            notes.closed[g] = p.groups[g].minSize > 0 && size[g] == 0;
    }
    saved.outcome = buildOutcome(prep, groupOf, notes);
    return saved;
}

Result<SavedExplanation> AllocationService::explain(const QString &slotKey, const QString &attendeeId)
{
    auto who = person(attendeeId);
    if (!who.ok())
        return who.error();
    auto saved = this->saved(slotKey);
    if (!saved.ok())
        return saved.error();
    const Problem &p = saved->problem.problem;
    const bool inProblem
        = std::any_of(p.people.begin(), p.people.end(), [&](const Person &x) { return x.id == attendeeId; })
        || std::any_of(p.fixedSeats.begin(), p.fixedSeats.end(),
            [&](const FixedSeat &f) { return f.personId == attendeeId; });
    if (!inProblem)
        return makeError(ErrorCode::NotFound,
            tr("%1 has no place in %2 and was not among the people to place.")
                .arg(personName(who.value()), saved->slot.key));
    SavedExplanation result;
    result.explanation = alloc::explain(p, saved->outcome, attendeeId);
    result.person = who.value();
    result.allocation = std::move(saved).value();
    return result;
}

Result<QList<Group>> AllocationService::groups(const Session &slot)
{
    if (!slot.groups.isEmpty())
        return slot.groups;
    auto current = m_store.assignments(slot.key);
    if (!current.ok())
        return current.error();
    QList<Group> list;
    QSet<QString> seen;
    for (const Assignment &a : current.value()) {
        if (seen.contains(a.groupKey))
            continue;
        seen.insert(a.groupKey);
        const int n = mixedGroupNumber(slot, a.groupKey);
        if (n > 0) {
            list.append(mixedGroup(slot, n));
        } else {
            Group g;
            g.key = a.groupKey;
            g.name = a.groupKey;
            list.append(g);
        }
    }
    std::sort(list.begin(), list.end(), [](const Group &a, const Group &b) {
        return a.number != b.number ? a.number < b.number : a.key < b.key;
    });
    return list;
}

Result<GroupRef> AllocationService::findGroup(const Session &slot, const QString &text)
{
    auto list = groups(slot);
    if (!list.ok())
        return list.error();
    const int found = alloc::findGroup(list.value(), text, true);
    if (found >= 0) {
        const Group &g = list->at(found);
        return GroupRef { g.key, g.name.isEmpty() ? g.key : shownText(g.name), shownText(g.room) };
    }
    if (list->isEmpty())
        return makeError(ErrorCode::NotFound,
            tr("%1 has no groups yet: a mixed slot's groups are made when it is allocated.").arg(slot.key));
    QStringList names;
    for (const Group &g : list.value())
        names << (g.name.isEmpty() ? g.key : shownText(g.name));
    return makeError(ErrorCode::NotFound,
        tr("%1 has no group «%2». Its groups: %3")
            .arg(slot.key, text.trimmed(), names.join(QStringLiteral(", "))));
}

QString AllocationService::groupName(const Session &slot, const QString &groupKey)
{
    for (const Group &g : slot.groups)
        if (g.key == groupKey)
            return g.name.isEmpty() ? g.key : shownText(g.name);
    if (const int n = mixedGroupNumber(slot, groupKey); n > 0)
        return mixedGroup(slot, n).name;
    return groupKey;
}

Result<MoveResult> AllocationService::move(const QString &slotKey, const QString &attendeeId,
    const QString &group, const QString &by, const QString &reason)
{
    auto slot = groupWorkSlot(slotKey);
    if (!slot.ok())
        return slot.error();
    auto who = person(attendeeId);
    if (!who.ok())
        return who.error();
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
            tr("Say why %1 is moved; the reason goes in the audit log.").arg(personName(who.value())));
    auto to = findGroup(slot.value(), group);
    if (!to.ok())
        return to.error();
    auto current = m_store.assignments(slot->key);
    if (!current.ok())
        return current.error();
    MoveResult result;
    result.person = who.value();
    result.to = to.value();
    if (const Assignment *now = assignmentOf(current.value(), attendeeId)) {
        if (now->fixed)
            return makeError(ErrorCode::Conflict,
                tr("%1 leads or presents a case in %2 and cannot be moved.")
                    .arg(personName(who.value()), groupName(slot.value(), now->groupKey)));
        result.from = GroupRef { now->groupKey, groupName(slot.value(), now->groupKey), {} };
    }
    if (auto s = m_store.moveAttendee(slot->key, attendeeId, to->key, by, reason); !s.ok())
        return s.error();
    return result;
}

Result<GroupRef> AllocationService::setLocked(
    const QString &slotKey, const QString &attendeeId, bool locked, const QString &by, const QString &reason)
{
    auto slot = groupWorkSlot(slotKey);
    if (!slot.ok())
        return slot.error();
    auto who = person(attendeeId);
    if (!who.ok())
        return who.error();
    auto current = m_store.assignments(slot->key);
    if (!current.ok())
        return current.error();
    const Assignment *now = assignmentOf(current.value(), attendeeId);
    if (!now)
        return makeError(ErrorCode::NotFound,
            tr("%1 has no place in %2 to lock or unlock; allocate first or move them.")
                .arg(personName(who.value()), slot->key));
    const GroupRef group { now->groupKey, groupName(slot.value(), now->groupKey), {} };
    if (auto s = m_store.setLocked(slot->key, attendeeId, locked, by, reason); !s.ok())
        return s.error();
    return group;
}

Result<GroupRef> AllocationService::lock(
    const QString &slotKey, const QString &attendeeId, const QString &by, const QString &reason)
{
    return setLocked(slotKey, attendeeId, true, by, reason);
}

Result<GroupRef> AllocationService::unlock(
    const QString &slotKey, const QString &attendeeId, const QString &by, const QString &reason)
{
    return setLocked(slotKey, attendeeId, false, by, reason);
}

Result<qint64> AllocationService::publish(const QString &slotKey, const QString &by, const QString &reason)
{
    auto slot = groupWorkSlot(slotKey);
    if (!slot.ok())
        return slot.error();
    if (auto s = m_store.publish(slot->key, by, reason); !s.ok())
        return s.error();
    auto runs = m_store.allocationRuns(slot->key);
    if (!runs.ok())
        return runs.error();
    return runs->isEmpty() ? qint64(0) : runs->last().id;
}

Result<RestoreResult> AllocationService::restore(
    const QString &slotKey, qint64 runId, const QString &by, const QString &reason)
{
    auto slot = groupWorkSlot(slotKey);
    if (!slot.ok())
        return slot.error();
    auto runs = m_store.allocationRuns(slot->key);
    if (!runs.ok())
        return runs.error();
    if (runs->isEmpty())
        return makeError(ErrorCode::NotFound,
            tr("%1 has not been allocated yet; there is no run to restore.").arg(slot->key));
    if (std::none_of(runs->begin(), runs->end(), [&](const AllocationRun &r) { return r.id == runId; })) {
        QStringList ids;
        for (const AllocationRun &r : runs.value())
            ids << QString::number(r.id);
        return makeError(ErrorCode::NotFound,
            tr("%1 has no run %2. Its runs: %3")
                .arg(slot->key)
                .arg(runId)
                .arg(ids.join(QStringLiteral(", "))));
    }
    auto rows = m_store.runAssignments(runId);
    if (!rows.ok())
        return rows.error();

    // Who was there as facilitator or case presenter: not kept per run, so
    // from their fixed group, as the run that placed them saw it.
    QList<Group> slotGroups = slot->groups;
    if (slotGroups.isEmpty())
        for (const Assignment &a : rows.value())
            if (const int n = mixedGroupNumber(slot.value(), a.groupKey); n > 0)
                slotGroups.append(mixedGroup(slot.value(), n));
    auto roster = m_store.attendees();
    if (!roster.ok())
        return roster.error();
    QHash<QString, QString> fixedGroupOf;
    for (const Attendee &a : roster.value())
        if (!a.fixedGroup.trimmed().isEmpty())
            fixedGroupOf.insert(a.id, a.fixedGroup);
    QStringList fixedIds;
    for (const Assignment &a : rows.value()) {
        if (a.locked || !fixedGroupOf.contains(a.attendeeId))
            continue;
        const int g = fixedGroupIn(slot.value(), slotGroups, fixedGroupOf.value(a.attendeeId));
        if (g >= 0 && slotGroups[g].key == a.groupKey)
            fixedIds << a.attendeeId;
    }
    auto newRun = m_store.restoreRun(slot->key, runId, by, reason, fixedIds);
    if (!newRun.ok())
        return newRun.error();
    return RestoreResult { runId, newRun.value(), int(rows->size()) };
}

Result<QList<RunSummary>> AllocationService::runs(const QString &slotKey)
{
    auto runs = m_store.allocationRuns(slotKey);
    if (!runs.ok())
        return runs.error();
    QHash<QString, qint64> latest;
    for (const AllocationRun &r : runs.value())
        latest.insert(r.slotKey, std::max(latest.value(r.slotKey), r.id));
    QList<RunSummary> list;
    for (const AllocationRun &r : runs.value()) {
        const QJsonObject q = parseJson(r.qualityJson);
        RunSummary s;
        s.run = r;
        s.placed = q.value(QStringLiteral("placed")).toInt() + q.value(QStringLiteral("fixed")).toInt()
            + q.value(QStringLiteral("locked")).toInt();
        s.unplaced = q.value(QStringLiteral("unplaced")).toInt();
        s.current = latest.value(r.slotKey) == r.id;
        list.append(s);
    }
    return list;
}

QJsonObject AllocationService::optionsToJson(const AdapterOptions &o, Population population)
{
    const Options &s = o.solver;
    return QJsonObject { { QStringLiteral("population"), populationName(population) },
        { QStringLiteral("moveCost"), s.moveCost },
        { QStringLiteral("objective"),
            s.objective == Objective::WorstOffFirst ? QStringLiteral("worstOffFirst")
                                                    : QStringLiteral("totalCost") },
        { QStringLiteral("orgCapCount"), s.orgCapCount }, { QStringLiteral("orgCapShare"), s.orgCapShare },
        { QStringLiteral("mixedGroupSize"), o.mixedGroupSize } };
}

AdapterOptions AllocationService::optionsFromJson(const QJsonObject &json, Population *population)
{
    AdapterOptions o;
    Options &s = o.solver;
    s.moveCost = std::max(0, json.value(QStringLiteral("moveCost")).toInt());
    if (json.value(QStringLiteral("objective")).toString() == QLatin1String("worstOffFirst"))
        s.objective = Objective::WorstOffFirst;
    s.orgCapCount = std::max(0, json.value(QStringLiteral("orgCapCount")).toInt());
    s.orgCapShare = std::clamp(json.value(QStringLiteral("orgCapShare")).toDouble(), 0.0, 1.0);
    if (json.contains(QStringLiteral("mixedGroupSize")))
        o.mixedGroupSize = std::max(1, json.value(QStringLiteral("mixedGroupSize")).toInt());
    if (population)
        *population = json.value(QStringLiteral("population")).toString() == QLatin1String("expected")
            ? Population::Expected
            : Population::CheckedIn;
    return o;
}

} // namespace oppmote::alloc
