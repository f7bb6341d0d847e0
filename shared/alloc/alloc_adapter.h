#pragma once
// Builds the solver's Problem for one group-work slot from the programme and
// the roster, and turns the Outcome back into domain Assignments.

#include "alloc/alloc_outcome.h"
#include "alloc/alloc_problem.h"
#include "domain/allocation.h"
#include "domain/attendee.h"
#include "domain/program.h"
#include "domain/result.h"

#include <QList>
#include <QSet>

namespace oppmote::alloc {

struct AdapterOptions {
    Options solver;
    int mixedGroupSize = 8; // a mixed slot without listed groups: groups of about this size
    int mixedGroupCount = 0; // > 0: exactly this many mixed groups (a saved allocation's), not by size
    int mixedMinSize = 0;
    // The event's group-work slots (this one may be among them). A fixed group
    // that names a group of another slot is for that slot: no warning here.
    QList<Session> allSlots;
};

struct SlotProblem {
    QString slotKey;
    Problem problem; // people sorted by id: the same roster always gives the same Problem
    QStringList warnings; // preferences that name no group of the slot, …
};

enum class Population { CheckedIn, Expected };

// The group of `groups` that `text` names as organisers write it: the key, the
// name in any case ("Tema 2", "tema 2"), or with `byNumber` the number ("2").
// -1 when none.
int findGroup(const QList<Group> &groups, const QString &text, bool byNumber = true);

// The group of `slot` that a person's fixed group names: key, name, or the
// number of a theme; a mixed slot's groups only by key or name. Among `groups`
// (the slot's listed groups, or a mixed slot's generated ones). -1 when none.
int fixedGroupIn(const Session &slot, const QList<Group> &groups, const QString &fixedGroup);

// Who to place: everyone expected, or only those in `checkedIn`.
QList<Attendee> selectPeople(
    const QList<Attendee> &roster, const QSet<QString> &checkedIn, Population population);

// `existing`: this slot's assignments from earlier runs. Locked and fixed ones
// become fixed seats, the others the previous allocation (for the moving cost).
// Attendee::fixedGroup naming a group of this slot (fixedGroupIn) makes a fixed
// seat too; one that names no group of any slot in options.allSlots is a warning.
Result<SlotProblem> buildProblem(const Session &slot, const QList<Attendee> &people,
    const QList<Assignment> &existing, const AdapterOptions &options);

QList<Assignment> toAssignments(const SlotProblem &slot, const Outcome &outcome);

} // namespace oppmote::alloc
