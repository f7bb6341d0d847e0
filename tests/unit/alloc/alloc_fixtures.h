#pragma once
// Instances for the allocation tests and benchmarks: random ones, and the
// workshop's own case (a deterministic roster over the seed's three themes).

#include "alloc/alloc_problem.h"
#include "domain/attendee.h"
#include "domain/program.h"

#include <QList>

#include <vector>

namespace oppmote::alloc::fixtures {

struct RandomSpec {
    int people = 30;
    int groups = 4;
    int organisations = 5;
    int maxChoices = 3;
    double noPreference = 0.15; // share without preferences
    int fixed = 2; // fixed and locked seats
    int minCapacity = 4;
    int maxCapacity = 12;
    double slack = 1.1; // total capacity over people (may be below 1: some unplaced)
};

Problem randomProblem(quint32 seed, const RandomSpec &spec);

// The same problem with a previous allocation: `previous` per person (-1 = none).
void setPrevious(Problem &problem, const std::vector<int> &groupOf);

// Independent evaluation of an assignment under the model (not the solver's code).
struct Evaluation {
    int placed = 0;
    long long preferenceCost = 0;
    long long secondaryCost = 0; // mixWeight * same-org pairs + balance
    int worstRank = 0;
};
Evaluation evaluate(const Problem &problem, const std::vector<int> &groupOf);

// Empty when every hard rule holds; otherwise what is broken.
QString checkRules(const Problem &problem, const std::vector<int> &groupOf);

// The workshop: day 1 14:00, Tema 1–3 from the seed with their case presenters.
Session workshopSlot();
QList<Attendee> workshopRoster(int count, quint32 seed); // ~20 organisations, ranked themes, some without

} // namespace oppmote::alloc::fixtures
