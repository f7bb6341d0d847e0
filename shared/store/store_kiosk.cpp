// Store: the few reads the kiosk needs beyond the check-in log (its walk-ins:
// store_walk_ins.cpp).

#include "store/store_private.h"

namespace oppmote {

Result<QList<GroupAssignment>> Store::assignmentsOf(const QString &attendeeId)
{
    sql::Statement st(
        d->db, "SELECT slot_key, group_key FROM assignments WHERE attendee_id = ?1 ORDER BY slot_key");
    st.bind(1, attendeeId);
    QList<GroupAssignment> list;
    while (st.step())
        list.append(GroupAssignment { st.text(0), st.text(1) });
    if (st.error())
        return *st.error();
    return list;
}

Result<int> Store::unsentEventCount()
{
    auto n
        = d->db.scalar("SELECT count(*) FROM outbox WHERE refused IS NULL"); // refused ones wait for no one
    if (!n.ok())
        return n.error();
    return int(n.value());
}

Result<Store::UnsentCounts> Store::unsentCounts()
{
    sql::Statement st(d->db,
        "SELECT coalesce(sum(e.kind <> 'badge_printed'), 0), coalesce(sum(e.kind = 'badge_printed'), 0) "
        "FROM outbox o JOIN checkin_events e ON e.id = o.event_id WHERE o.refused IS NULL");
    UnsentCounts counts;
    if (st.step()) {
        counts.checkins = int(st.integer(0));
        counts.badgePrints = int(st.integer(1));
    }
    if (st.error())
        return *st.error();
    return counts;
}

} // namespace oppmote
