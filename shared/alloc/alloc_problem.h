#pragma once
// The allocation solver's own input: plain structs, no domain types, so the
// solver can be tested and benchmarked on generated instances. The adapter
// (alloc_adapter.h) builds a Problem from the programme and the roster.

#include <QString>
#include <QStringList>

#include <vector>

namespace oppmote::alloc {

// How a preference rank turns into a cost (rank 1 costs 0).
enum class RankCost {
    Convex, // (rank-1)^2: many second choices are better than one fifth choice
    Linear, // rank-1
};

enum class Objective {
    TotalCost, // minimise the sum of rank costs
    WorstOffFirst, // minimise the worst rank, then the sum of rank costs
};

enum class MinSizeRule {
    Flag, // groups below their minimum are reported, nothing more
    Enforce, // every group that is held reaches its minimum; groups may be closed
};

struct Choice {
    int group = -1; // index into Problem::groups
    int rank = 1; // 1 = first choice; several groups may share a rank (a theme held in two rooms)
};

struct Person {
    QString id;
    int organisation = -1; // index into Problem::organisations; -1 = none (no cap, no mix)
    std::vector<Choice> choices; // empty = no preference
    int previousGroup = -1; // where the last run put them; -1 = not placed before
    QString name {}; // for messages ("Kari Nordmann"); empty: the id is used
};

struct GroupSpec {
    QString key;
    QString name; // "Tema 2"
    QString room;
    int capacity = 0; // seats, including fixed and locked people
    int minSize = 0; // 0 = no minimum
};

// Someone whose group is decided before the solver runs: a facilitator or
// case presenter (fixed) or an organiser's manual placement (locked). They
// are taken out of the flow; their seats are subtracted.
struct FixedSeat {
    QString personId;
    int organisation = -1;
    int group = -1;
    bool locked = false; // false = facilitator / case presenter
};

struct Options {
    RankCost rankCost = RankCost::Convex;
    Objective objective = Objective::TotalCost;
    MinSizeRule minSize = MinSizeRule::Flag;
    int moveCost = 0; // re-run: cost (in rank-cost units) of moving someone already placed
    int orgCapCount = 0; // at most this many seats per organisation per group; 0 = no limit
    double orgCapShare = 0; // at most this share of a group's capacity (rounded down, at least 1); 0 = none
    bool placeOutsideChoices = true; // place people whose choices are full in another group
    int maxRank = 0; // ranks counted; 0 = the longest list given
    int mixWeight = 1; // secondary: cost per pair of colleagues in the same group
    int balanceWeight = 1; // secondary: cost for filling a group further than the others
};

struct Problem {
    std::vector<GroupSpec> groups;
    QStringList organisations;
    std::vector<Person> people;
    std::vector<FixedSeat> fixedSeats;
    Options options;
};

} // namespace oppmote::alloc
