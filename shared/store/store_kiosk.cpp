// Store: the few reads the kiosk needs beyond the check-in log.

#include "codes/token.h"
#include "store/store_private.h"

#include <QCoreApplication>

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

Result<QList<Attendee>> Store::pendingWalkIns()
{
    QList<Attendee> pending;
    auto all = attendees();
    if (!all.ok())
        return all.error();
    for (const Attendee &a : all.value())
        if (a.type == AttendeeType::WalkIn && a.token.isEmpty())
            pending.append(a);
    return pending;
}

Result<CheckinOutcome> Store::approveWalkIn(const QString &attendeeId, CheckinMethod method)
{
    sql::WriteTransaction tx(d->db);
    if (!tx.begun().ok())
        return tx.begun().error();
    auto found = attendee(attendeeId);
    if (!found.ok())
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound,
            QCoreApplication::translate("Store", "This registration is gone."));
    Attendee a = *found.value();
    if (a.token.isEmpty()) {
        a.token = Token::generate();
        if (auto s = upsertAttendees({ a }); !s.ok())
            return s.error();
    }
    CheckinRequest request;
    request.attendeeId = a.id;
    request.method = method;
    auto outcome = checkIn(request);
    if (!outcome.ok())
        return outcome.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    return outcome;
}

} // namespace oppmote
