#include "alloc/alloc_adapter.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace oppmote::alloc {

QList<Attendee> selectPeople(
    const QList<Attendee> &roster, const QSet<QString> &checkedIn, Population population)
{
    if (population == Population::Expected)
        return roster;
    QList<Attendee> present;
    for (const Attendee &a : roster)
        if (checkedIn.contains(a.id))
            present.append(a);
    return present;
}

namespace {

// The groups a preference names: a group key, a theme number, or a group's name.
QList<int> groupsNamed(const std::vector<GroupSpec> &groups, const QList<int> &numbers, const QString &text)
{
    const QString t = text.trimmed();
    QList<int> found;
    for (std::size_t g = 0; g < groups.size(); ++g)
        if (groups[g].key == t)
            found.append(int(g));
    bool isNumber = false;
    const int n = t.toInt(&isNumber);
    for (std::size_t g = 0; found.isEmpty() && g < groups.size(); ++g)
        if ((isNumber && numbers[qsizetype(g)] == n) || groups[g].name.compare(t, Qt::CaseInsensitive) == 0)
            found.append(int(g));
    return found;
}

} // namespace

Result<SlotProblem> buildProblem(const Session &slot, const QList<Attendee> &people,
    const QList<Assignment> &existing, const AdapterOptions &options)
{
    if (slot.kind != SessionKind::GroupWork)
        return makeError(
            ErrorCode::InvalidInput, QStringLiteral("%1 is not a group-work session.").arg(slot.key));
    SlotProblem out;
    out.slotKey = slot.key;
    Problem &problem = out.problem;
    problem.options = options.solver;

    QList<Attendee> sorted = people;
    std::sort(sorted.begin(), sorted.end(), [](const Attendee &a, const Attendee &b) { return a.id < b.id; });
    for (qsizetype i = 1; i < sorted.size(); ++i)
        if (sorted[i].id == sorted[i - 1].id)
            return makeError(
                ErrorCode::InvalidInput, QStringLiteral("%1 is listed twice.").arg(sorted[i].id));

    QList<int> numbers;
    if (!slot.groups.isEmpty()) {
        for (const Group &g : slot.groups) {
            problem.groups.push_back(
                { g.key, g.name, g.room, g.capacity > 0 ? g.capacity : int(sorted.size()), g.minSize });
            numbers.append(g.number);
        }
    } else if (slot.mixedGroups) {
        const int size = std::max(1, options.mixedGroupSize);
        const int count = std::max(1, int(std::ceil(double(sorted.size()) / size)));
        const int capacity = int(std::ceil(double(sorted.size()) / count));
        for (int n = 1; n <= count; ++n) {
            problem.groups.push_back({ QStringLiteral("%1-m%2").arg(slot.key).arg(n),
                QStringLiteral("Gruppe %1").arg(n), QString(), std::max(capacity, 1), options.mixedMinSize });
            numbers.append(n);
        }
    } else {
        return makeError(
            ErrorCode::InvalidInput, QStringLiteral("%1 has no groups to allocate to.").arg(slot.key));
    }
    QHash<QString, int> groupIndex;
    for (std::size_t g = 0; g < problem.groups.size(); ++g)
        groupIndex.insert(problem.groups[g].key, int(g));

    QStringList orgs;
    for (const Attendee &a : sorted)
        if (!a.organisation.trimmed().isEmpty())
            orgs.append(a.organisation.trimmed());
    orgs.sort();
    orgs.removeDuplicates();
    problem.organisations = orgs;
    auto orgOf = [&](const Attendee &a) {
        const QString o = a.organisation.trimmed();
        return o.isEmpty() ? -1 : int(orgs.indexOf(o));
    };

    QHash<QString, const Assignment *> earlier;
    for (const Assignment &as : existing)
        if (as.slotKey == slot.key && groupIndex.contains(as.groupKey))
            earlier.insert(as.attendeeId, &as);

    const bool themed = !slot.mixedGroups;
    for (const Attendee &a : sorted) {
        const Assignment *before = earlier.value(a.id, nullptr);
        if (groupIndex.contains(a.fixedGroup)) {
            problem.fixedSeats.push_back({ a.id, orgOf(a), groupIndex.value(a.fixedGroup), false });
            continue;
        }
        if (before && (before->locked || before->fixed)) {
            problem.fixedSeats.push_back(
                { a.id, orgOf(a), groupIndex.value(before->groupKey), before->locked });
            continue;
        }
        Person p;
        p.id = a.id;
        p.organisation = orgOf(a);
        p.previousGroup = before ? groupIndex.value(before->groupKey) : -1;
        if (themed) {
            int rank = 0;
            for (const QString &pref : a.preferences) {
                const QList<int> named = groupsNamed(problem.groups, numbers, pref);
                if (named.isEmpty()) {
                    out.warnings.append(
                        QStringLiteral("%1: the preference \"%2\" names no group of %3; ignored")
                            .arg(a.id, pref, slot.key));
                    continue;
                }
                ++rank;
                for (int g : named)
                    p.choices.push_back({ g, rank });
            }
        }
        problem.people.push_back(std::move(p));
    }
    return out;
}

QList<Assignment> toAssignments(const SlotProblem &slot, const Outcome &outcome)
{
    QList<Assignment> list;
    const Problem &problem = slot.problem;
    for (std::size_t i = 0; i < outcome.placements.size(); ++i)
        if (outcome.placements[i].group >= 0)
            list.append({ slot.slotKey, problem.people[i].id,
                problem.groups[std::size_t(outcome.placements[i].group)].key, false, false });
    for (const FixedSeat &f : problem.fixedSeats)
        list.append(
            { slot.slotKey, f.personId, problem.groups[std::size_t(f.group)].key, f.locked, !f.locked });
    return list;
}

} // namespace oppmote::alloc
