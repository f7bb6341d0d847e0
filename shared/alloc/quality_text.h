#pragma once
// An allocation's quality in words for organisers, the same at the command
// line and the desk, in the UI language (context "Allocation"):
//   148 of 150 placed, 2 not placed; 6 fixed or locked.
//   120 got their 1st choice; 20 got their 2nd choice; 8 without preference
//   Nobody got worse than their 2nd choice.
//   3 moved since the last run.

#include "alloc/alloc_outcome.h"

#include <QStringList>

namespace oppmote::alloc {

// `rerun`: the allocation replaced an earlier one, so how many moved is said.
QStringList qualityLines(const Quality &quality, bool rerun);

// A group's largest organisations, "Agder 3, Viken 2" (at most `most`).
QString organisationMixText(const GroupReport &group, int most = 3);

} // namespace oppmote::alloc
