#include "alloc/alloc_adapter.h"

#include "domain/plain_text.h"

#include <QCoreApplication>
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

int findGroup(const QList<Group> &groups, const QString &text, bool byNumber)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return -1;
    for (qsizetype g = 0; g < groups.size(); ++g)
        if (groups[g].key == t)
            return int(g);
    for (qsizetype g = 0; g < groups.size(); ++g)
        if (!groups[g].name.isEmpty() && groups[g].name.compare(t, Qt::CaseInsensitive) == 0)
            return int(g);
    bool isNumber = false;
    const int n = t.toInt(&isNumber);
    for (qsizetype g = 0; byNumber && isNumber && g < groups.size(); ++g)
        if (groups[g].number == n)
            return int(g);
    return -1;
}

int fixedGroupIn(const Session &slot, const QList<Group> &groups, const QString &fixedGroup)
{
    // A bare number is a theme's ("Tema 2" written as "2"); in a mixed slot
    // only the key or the name ("Gruppe 3") count, so "2" is not also group 2 on day 2.
    return findGroup(groups, fixedGroup, !slot.mixedGroups);
}

namespace {

struct AllocationText {
    Q_DECLARE_TR_FUNCTIONS(Allocation)
};

QString nameOf(const Attendee &a)
{
    const QString name = shownText(a.fullName()).trimmed();
    return name.isEmpty() ? a.id : name;
}

// Whether `text` names a group of one of `allSlots` other than `slot`: a fixed
// group meant for another slot.
bool namesGroupElsewhere(const QList<Session> &allSlots, const Session &slot, const QString &text)
{
    for (const Session &s : allSlots) {
        if (s.key == slot.key || s.kind != SessionKind::GroupWork)
            continue;
        if (!s.groups.isEmpty()) {
            if (fixedGroupIn(s, s.groups, text) >= 0)
                return true;
            continue;
        }
        if (!s.mixedGroups)
            continue;
        if (mixedGroupNumber(s, text.trimmed()) > 0)
            return true;
        // "Gruppe N" of a mixed slot, whatever number of groups it will get.
        const QString t = text.trimmed();
        const qsizetype space = t.lastIndexOf(QLatin1Char(' '));
        bool ok = false;
        const int n = space > 0 ? t.mid(space + 1).toInt(&ok) : 0;
        if (ok && n > 0 && findGroup({ mixedGroup(s, n) }, t, false) >= 0)
            return true;
    }
    return false;
}

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
            ErrorCode::InvalidInput, AllocationText::tr("%1 is not a group-work session.").arg(slot.key));
    SlotProblem out;
    out.slotKey = slot.key;
    Problem &problem = out.problem;
    problem.options = options.solver;

    QList<Attendee> sorted = people;
    std::sort(sorted.begin(), sorted.end(), [](const Attendee &a, const Attendee &b) { return a.id < b.id; });
    for (qsizetype i = 1; i < sorted.size(); ++i)
        if (sorted[i].id == sorted[i - 1].id)
            return makeError(
                ErrorCode::InvalidInput, AllocationText::tr("%1 is listed twice.").arg(nameOf(sorted[i])));

    QList<int> numbers;
    QList<Group> slotGroups; // as organisers name them, for fixed groups
    if (!slot.groups.isEmpty()) {
        for (const Group &g : slot.groups) {
            problem.groups.push_back(
                { g.key, g.name, g.room, g.capacity > 0 ? g.capacity : int(sorted.size()), g.minSize });
            numbers.append(g.number);
        }
        slotGroups = slot.groups;
    } else if (slot.mixedGroups) {
        const int size = std::max(1, options.mixedGroupSize);
        const int count = options.mixedGroupCount > 0
            ? options.mixedGroupCount
            : std::max(1, int(std::ceil(double(sorted.size()) / size)));
        const int capacity = int(std::ceil(double(sorted.size()) / count));
        for (int n = 1; n <= count; ++n) {
            const Group g = mixedGroup(slot, n);
            problem.groups.push_back(
                { g.key, g.name, QString(), std::max(capacity, 1), options.mixedMinSize });
            numbers.append(n);
            slotGroups.append(g);
        }
    } else {
        return makeError(
            ErrorCode::InvalidInput, AllocationText::tr("%1 has no groups to allocate to.").arg(slot.key));
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
        if (!a.fixedGroup.trimmed().isEmpty()) {
            const int fixed = fixedGroupIn(slot, slotGroups, a.fixedGroup);
            if (fixed >= 0) {
                problem.fixedSeats.push_back({ a.id, orgOf(a), fixed, false });
                continue;
            }
            if (!namesGroupElsewhere(options.allSlots, slot, a.fixedGroup))
                out.warnings.append(AllocationText::tr("%1: fixed group «%2» is not a group of %3")
                                        .arg(nameOf(a), a.fixedGroup.trimmed(), slot.key));
        }
        if (before && (before->locked || before->fixed)) {
            problem.fixedSeats.push_back(
                { a.id, orgOf(a), groupIndex.value(before->groupKey), before->locked });
            continue;
        }
        Person p;
        p.id = a.id;
        p.name = nameOf(a);
        p.organisation = orgOf(a);
        p.previousGroup = before ? groupIndex.value(before->groupKey) : -1;
        if (themed) {
            int rank = 0;
            for (const QString &pref : a.preferences) {
                const QList<int> named = groupsNamed(problem.groups, numbers, pref);
                if (named.isEmpty()) {
                    out.warnings.append(
                        AllocationText::tr("%1: the preference «%2» names no group of %3; ignored")
                            .arg(nameOf(a), pref, slot.key));
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
