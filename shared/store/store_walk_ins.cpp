// Store: walk-ins — registered at a kiosk, listed, approved, edited or
// rejected by staff or at the desk, each decision one transaction
// (docs/checkin.md). What travels to the hub is in store_walk_in_sync.cpp.

#include "codes/token.h"
#include "store/store_private.h"
#include "store/walk_in_rows.h"

#include <QCoreApplication>

namespace oppmote {

using storeutil::nowText;

namespace {

struct WalkInText {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

// The walk-in `id`, or why there is none to decide on.
Result<WalkIn> decidable(Store &store, const QString &id)
{
    auto found = store.walkIn(id);
    if (!found.ok())
        return found.error();
    if (found.value())
        return *found.value();
    auto someone = store.attendee(id);
    if (!someone.ok())
        return someone.error();
    if (someone.value())
        return makeError(ErrorCode::Conflict,
            WalkInText::tr("%1 is on the roster, not a walk-in.").arg(someone.value()->fullName()));
    return makeError(ErrorCode::NotFound, WalkInText::tr("This registration is gone."));
}

Error turnedDown(const WalkIn &w)
{
    return makeError(ErrorCode::Conflict,
        WalkInText::tr("%1 was turned down at the desk and cannot be approved.").arg(w.person.fullName()));
}

} // namespace

Result<QList<Attendee>> Store::pendingWalkIns()
{
    sql::Statement st(d->db,
        walkinrows::select("AND token IS NULL AND rejected = 0 ORDER BY last_name, first_name, id")
            .constData());
    auto rows = walkinrows::read(st);
    if (!rows.ok())
        return rows.error();
    QList<Attendee> pending;
    for (const WalkIn &w : rows.value())
        pending.append(w.person);
    return pending;
}

Result<QList<WalkIn>> Store::walkIns()
{
    sql::Statement st(
        d->db, walkinrows::select("ORDER BY coalesce(registered_at, updated_at), id").constData());
    return walkinrows::read(st);
}

Result<std::optional<WalkIn>> Store::walkIn(const QString &attendeeId)
{
    sql::Statement st(d->db, walkinrows::select("AND id = ?1").constData());
    st.bind(1, attendeeId);
    auto rows = walkinrows::read(st);
    if (!rows.ok())
        return rows.error();
    if (rows->isEmpty())
        return std::optional<WalkIn>();
    return std::optional<WalkIn>(rows->constFirst());
}

Result<CheckinOutcome> Store::approveWalkIn(const QString &attendeeId, CheckinMethod method)
{
    sql::WriteTransaction tx(d->db);
    if (!tx.begun().ok())
        return tx.begun().error();
    auto found = decidable(*this, attendeeId);
    if (!found.ok())
        return found.error();
    if (found->state == WalkInState::Rejected)
        return turnedDown(found.value());
    if (found->state == WalkInState::Pending) {
        sql::Statement approve(d->db,
            "UPDATE attendees SET token = ?2, decided_by = ?3, decided_at = ?4, updated_at = ?4 WHERE id = "
            "?1");
        approve.bind(1, attendeeId).bind(2, Token::generate()).bind(3, d->local.id).bind(4, nowText());
        if (auto s = approve.exec(); !s.ok())
            return s.error();
        if (auto s = walkinrows::sendAgain(d->db, attendeeId); !s.ok())
            return s.error();
        ++d->outboxWrites;
    }
    CheckinRequest request;
    request.attendeeId = attendeeId;
    request.method = method;
    auto outcome = checkIn(request);
    if (!outcome.ok())
        return outcome.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    return outcome;
}

Status Store::rejectWalkIn(const QString &attendeeId, const QString &reason)
{
    sql::WriteTransaction tx(d->db);
    if (!tx.begun().ok())
        return tx.begun();
    auto found = decidable(*this, attendeeId);
    if (!found.ok())
        return found.error();
    if (found->state == WalkInState::Rejected)
        return Ok {}; // the first rejection and its reason stand
    if (found->state == WalkInState::Approved)
        return makeError(ErrorCode::Conflict,
            WalkInText::tr("%1 is approved already and has a code; cancel the code instead.")
                .arg(found->person.fullName()));
    sql::Statement reject(d->db,
        "UPDATE attendees SET rejected = 1, rejection_reason = ?2, decided_by = ?3, decided_at = ?4, "
        "updated_at = ?4 WHERE id = ?1");
    reject.bind(1, attendeeId).bind(2, reason.simplified().left(500)).bind(3, d->local.id).bind(4, nowText());
    if (auto s = reject.exec(); !s.ok())
        return s;
    if (auto s = walkinrows::sendAgain(d->db, attendeeId); !s.ok())
        return s;
    ++d->outboxWrites;
    return tx.commit();
}

Result<Attendee> Store::updateWalkIn(const Attendee &changed)
{
    sql::WriteTransaction tx(d->db);
    if (!tx.begun().ok())
        return tx.begun().error();
    auto found = decidable(*this, changed.id);
    if (!found.ok())
        return found.error();
    if (found->state == WalkInState::Rejected)
        return makeError(ErrorCode::Conflict,
            WalkInText::tr("%1 was turned down at the desk; the registration is not changed.")
                .arg(found->person.fullName()));
    Attendee a = found->person;
    a.firstName = changed.firstName.simplified();
    a.lastName = changed.lastName.simplified();
    a.organisation = changed.organisation.simplified();
    a.role = changed.role.simplified();
    a.email = changed.email.trimmed();
    a.phone = changed.phone.trimmed();
    a.consent = changed.consent;
    if (a.firstName.isEmpty() || a.lastName.isEmpty())
        return makeError(
            ErrorCode::InvalidInput, WalkInText::tr("A walk-in needs a first name and a surname."));
    const Attendee &was = found->person;
    if (a.firstName == was.firstName && a.lastName == was.lastName && a.organisation == was.organisation
        && a.role == was.role && a.email == was.email && a.phone == was.phone && a.consent == was.consent)
        return a; // nothing to write
    if (auto s = upsertAttendees({ a }); !s.ok())
        return s.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    return a;
}

} // namespace oppmote
