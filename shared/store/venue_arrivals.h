#pragma once
// Who is checked in at the venue on a day, for lists of people (the app kit's
// attendee list): the venue list's own rule (Store::activeEntry: a live entry
// that day on the hub's clock) for everyone the log ever admitted at the venue.

#include "domain/result.h"

#include <QDateTime>
#include <QSet>
#include <QString>

namespace oppmote {

class Store;

// The ids checked in at the venue on the local day of `at` (default: now).
Result<QSet<QString>> venueArrivals(Store &store, const QDateTime &at = {});

} // namespace oppmote
