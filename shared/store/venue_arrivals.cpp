#include "store/venue_arrivals.h"

#include "store/store.h"

namespace oppmote {

Result<QSet<QString>> venueArrivals(Store &store, const QDateTime &at)
{
    // One query narrows it to those ever admitted; the day is then judged by
    // the rule check-ins use, not a second copy of it. The cost follows the
    // arrivals, not the roster.
    auto ever = store.checkedInAttendeeIds(QString());
    if (!ever.ok())
        return ever.error();
    const QDateTime when = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    QSet<QString> arrived;
    for (const QString &id : ever.value()) {
        auto entry = store.activeEntry(id, QString(), when);
        if (!entry.ok())
            return entry.error();
        if (entry.value())
            arrived.insert(id);
    }
    return arrived;
}

} // namespace oppmote
