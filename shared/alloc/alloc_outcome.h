#pragma once
// What the solver returns: everyone's place and the allocation's quality,
// as plain data. alloc_json.h turns it into JSON for `oppmote allocate --json`.

#include <QString>
#include <QStringList>

#include <vector>

namespace oppmote::alloc {

struct Placement {
    int group = -1; // -1 = could not be placed: listed for manual review
    int rank = 0; // 0 = no preference given; outsideRank = none of their choices
    bool moved = false; // placed elsewhere than on the previous run
};

struct OrgCount {
    QString organisation;
    int count = 0;
};

struct GroupReport {
    int group = -1;
    int size = 0; // everyone, fixed and locked included
    int fixed = 0; // facilitators and case presenters
    int locked = 0;
    int capacity = 0;
    int minSize = 0;
    int firstChoiceDemand = 0; // people to place who ranked it first
    int orgCap = 0; // seats one organisation may hold; 0 = no limit
    bool closed = false; // not held (Enforce: too few people for its minimum)
    bool belowMinimum = false;
    std::vector<OrgCount> mix; // largest first
};

enum class RuleKind {
    GroupFull, // more first choices than free seats
    OrgCapBinding, // someone's better choice was blocked by the organisation cap
    FixedOverCapacity, // fixed and locked people alone exceed a group's seats or org cap
    BelowMinimum,
    GroupClosed,
    Unplaced,
};

struct RuleNotMet {
    RuleKind kind = RuleKind::GroupFull;
    int group = -1; // -1 = not about one group
    QString message; // for a person: "Tema 2 is full: 41 want it, 30 seats"
};

struct Quality {
    int people = 0; // to place (fixed and locked not counted)
    int placed = 0;
    int unplaced = 0;
    int fixed = 0;
    int locked = 0;
    std::vector<int>
        rankCounts; // [r] = placed with their r-th choice; [0] = no preference; last = outside choices
    int outsideChoices = 0;
    int worstRank = 0; // among people with preferences; outsideRank when someone got none of theirs
    int outsideRank = 0; // the rank that means "none of their choices"
    int moved = 0; // people placed before who are now elsewhere
    long long preferenceCost = 0; // sum of rank costs plus moving costs
    long long sameOrgPairs = 0; // pairs of colleagues in the same group (fixed included)
    long long balanceCost = 0;
    int solves = 0; // network simplex runs needed
};

struct Outcome {
    std::vector<Placement> placements; // one per Problem::people, same order
    std::vector<GroupReport> groups; // one per Problem::groups
    std::vector<RuleNotMet> rules;
    Quality quality;
};

enum class ReasonKind {
    FirstChoice,
    NoPreference,
    Fixed,
    Locked,
    Full, // a better choice was full
    OrgCap, // a better choice had the most seats one organisation may hold
    KeptFromLastRun, // a better choice had room, but moving them costs more (re-run)
    NeededForMinimum,
    Tradeoff, // a better choice had room, but taking it would leave others worse off
    Closed, // a better choice was not held
    Moved, // placed elsewhere than on the previous run
    Unplaced,
};

struct Reason {
    ReasonKind kind = ReasonKind::FirstChoice;
    int group = -1;
    QString text;
};

// Why one person is where they are: "Your first choice, Tema 2, was full (41 wanted it, 30 seats)".
struct Explanation {
    QString personId;
    int group = -1;
    int rank = 0;
    std::vector<Reason> reasons;
    QString summary() const; // the reasons as one paragraph
};

} // namespace oppmote::alloc
