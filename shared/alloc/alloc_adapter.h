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
    int mixedMinSize = 0;
};

struct SlotProblem {
    QString slotKey;
    Problem problem; // people sorted by id: the same roster always gives the same Problem
    QStringList warnings; // preferences that name no group of the slot, …
};

enum class Population { CheckedIn, Expected };

// Who to place: everyone expected, or only those in `checkedIn`.
QList<Attendee> selectPeople(
    const QList<Attendee> &roster, const QSet<QString> &checkedIn, Population population);

// `existing`: this slot's assignments from earlier runs. Locked and fixed ones
// become fixed seats, the others the previous allocation (for the moving cost).
// Attendee::fixedGroup naming a group of this slot makes a fixed seat too.
Result<SlotProblem> buildProblem(const Session &slot, const QList<Attendee> &people,
    const QList<Assignment> &existing, const AdapterOptions &options);

QList<Assignment> toAssignments(const SlotProblem &slot, const Outcome &outcome);

} // namespace oppmote::alloc
