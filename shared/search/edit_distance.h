#pragma once

#include <QStringView>

namespace oppmote {

// True when `typed`, with at most one edit (insert, delete, substitute or swap
// of neighbours), is a prefix of `word`. Both are folded already.
bool prefixWithinOneEdit(QStringView typed, QStringView word);

} // namespace oppmote
