#pragma once
// JSON for `oppmote allocate --json` and the hub: the allocation, its
// quality, each group's mix, the rules not met and the explanations.

#include "alloc/alloc_outcome.h"
#include "alloc/alloc_problem.h"

#include <QJsonObject>

namespace oppmote::alloc {

QString ruleKindName(RuleKind kind); // "group_full", …
QString reasonKindName(ReasonKind kind); // "first_choice", …

QJsonObject qualityToJson(const Quality &quality);
QJsonObject explanationToJson(const Problem &problem, const Explanation &explanation);
// {"quality":…, "groups":[…], "rules":[…], "assignments":[…], "unplaced":[…]}
QJsonObject outcomeToJson(const Problem &problem, const Outcome &outcome);

} // namespace oppmote::alloc
