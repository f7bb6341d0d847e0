#include "store/walk_in_rows.h"

#include "store/store_private.h"

namespace oppmote::walkinrows {

using storeutil::kAttendeeColumns;
using storeutil::timeFromText;
using storeutil::timeText;

namespace {

// After the roster's columns (12 of them, storeutil::readAttendee).
constexpr const char *kWalkInColumns
    = "registered_by, (SELECT name FROM devices WHERE devices.id = attendees.registered_by), "
      "registered_at, decided_by, decided_at, rejected, rejection_reason";
constexpr int kFirst = 12;

QDateTime timeOrNone(const sql::Statement &st, int column)
{
    return st.isNull(column) ? QDateTime() : timeFromText(st.text(column));
}

} // namespace

QByteArray select(const char *where)
{
    return QByteArray("SELECT ") + kAttendeeColumns + ", " + kWalkInColumns
        + " FROM attendees WHERE type = 'walkin' " + where;
}

Result<QList<WalkIn>> read(sql::Statement &st)
{
    QList<WalkIn> list;
    while (st.step()) {
        WalkIn w;
        w.person = storeutil::readAttendee(st);
        w.deviceId = st.text(kFirst);
        w.deviceName = st.text(kFirst + 1);
        w.registeredAt = timeOrNone(st, kFirst + 2);
        w.decidedBy = st.text(kFirst + 3);
        w.decidedAt = timeOrNone(st, kFirst + 4);
        w.reason = st.text(kFirst + 6);
        if (st.integer(kFirst + 5) != 0)
            w.state = WalkInState::Rejected;
        else
            w.state = w.person.token.isEmpty() ? WalkInState::Pending : WalkInState::Approved;
        list.append(std::move(w));
    }
    if (st.error())
        return *st.error();
    return list;
}

Status sendAgain(sql::Connection &db, const QString &attendeeId)
{
    sql::Statement st(db,
        "INSERT INTO walkin_outbox(attendee_id) VALUES(?1) "
        "ON CONFLICT(attendee_id) DO UPDATE SET acked = 0, refused = NULL");
    st.bind(1, attendeeId);
    return st.exec();
}

Status insert(sql::Connection &db, const WalkIn &w)
{
    const Attendee &a = w.person;
    const QString now = storeutil::nowText();
    const bool approved = w.state == WalkInState::Approved && !a.token.isEmpty();
    const bool rejected = w.state == WalkInState::Rejected;
    sql::Statement st(db,
        "INSERT INTO attendees(id, first_name, last_name, organisation, role, email, phone, consent, type, "
        "token, updated_at, registered_by, registered_at, decided_by, decided_at, rejected, "
        "rejection_reason) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'walkin', ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    storeutil::bindPerson(st, a);
    st.bind(8, a.consent)
        .bindOptional(9, approved ? a.token : QString())
        .bind(10, now)
        .bindOptional(11, w.deviceId)
        .bindOptional(12, w.registeredAt.isValid() ? timeText(w.registeredAt) : now)
        .bindOptional(13, approved || rejected ? w.decidedBy : QString())
        .bindOptional(14, approved || rejected ? now : QString())
        .bind(15, rejected)
        .bind(16, rejected ? w.reason.simplified().left(500) : QString());
    if (auto s = st.exec(); !s.ok())
        return s;
    if (a.organisation.isEmpty())
        return Ok {};
    sql::Statement org(db, "INSERT OR IGNORE INTO organisations(name) VALUES(?1)");
    org.bind(1, a.organisation);
    return org.exec();
}

} // namespace oppmote::walkinrows
