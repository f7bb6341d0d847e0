#pragma once
// Store internals shared by the store_*.cpp files.

#include "store/sqlite.h"
#include "store/store.h"

#include <QDateTime>

namespace oppmote {

struct Store::Private {
    sql::Connection db;
    Device local;
    qint64 outboxWrites = 0; // rows put in an outbox through this Store: something to send
};

namespace storeutil {

// ISO 8601 UTC with milliseconds: sorts as text, reads back exactly.
inline QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime timeFromText(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

inline QString nowText()
{
    return timeText(QDateTime::currentDateTimeUtc());
}

// A live event `e`: not cancelled by an undo.
inline constexpr const char *kNotUndone
    = "NOT EXISTS (SELECT 1 FROM checkin_events u WHERE u.kind = 'undo' AND u.undoes = e.id)";

// A CTE `live`: the live entries and exits with their list (`sk`, '' = the
// venue), their local day and local time on the hub's clock (`day`,
// `local_time`: the device's clock corrected by the offset the hub
// measured); a walk-in the desk turned down is never counted
// (store_attendance.cpp). Used as "WITH " + liveWithDays() + " SELECT …".
QByteArray liveWithDays();

// The roster's columns, and a person from the first of them (store_attendees.cpp).
extern const char *const kAttendeeColumns;
Attendee readAttendee(const sql::Statement &st);
// Binds a person's id, first and last name, organisation, role, e-mail and phone to ?1 … ?7.
void bindPerson(sql::Statement &st, const Attendee &a);

// The check-in log's columns and rows (store_checkins.cpp).
inline constexpr char kEventColumns[]
    = "id, device_id, device_seq, attendee_id, session_key, kind, method, device_time, hub_seq, undoes, note";
constexpr int columnCount(const char *columns)
{
    int n = 1;
    for (; *columns; ++columns)
        n += *columns == ',';
    return n;
}
// A column selected after them has this index; readEvent reads them all.
constexpr int kEventColumnCount = columnCount(kEventColumns);
static_assert(kEventColumnCount == 11, "readEvent and insertEvent know every column");
CheckinEvent readEvent(const sql::Statement &st);
// Every row of a bound SELECT of kEventColumns.
Result<QList<CheckinEvent>> readEvents(sql::Statement &st);
Status insertEvent(sql::Connection &db, const CheckinEvent &e, bool orIgnore);

} // namespace storeutil
} // namespace oppmote
