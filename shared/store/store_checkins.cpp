// Store: the append-only check-in log. "Checked in" is derived: at least
// one entry event that no undo event cancels (../shared/design.md).

#include "store/store_private.h"
#include "store/walk_in.h"

#include <QCoreApplication>

namespace oppmote {

using storeutil::timeFromText;
using storeutil::timeText;

namespace storeutil {

CheckinEvent readEvent(const sql::Statement &st)
{
    CheckinEvent e;
    e.id = st.text(0);
    e.deviceId = st.text(1);
    e.deviceSeq = st.integer(2);
    e.attendeeId = st.text(3);
    e.sessionKey = st.text(4);
    e.kind = eventKindFromName(st.text(5)).value_or(EventKind::Entry);
    e.method = checkinMethodFromName(st.text(6)).value_or(CheckinMethod::Sync);
    e.deviceTime = timeFromText(st.text(7));
    if (!st.isNull(8))
        e.hubSeq = st.integer(8);
    e.undoes = st.text(9);
    e.note = st.text(10);
    return e;
}

Result<QList<CheckinEvent>> readEvents(sql::Statement &st)
{
    QList<CheckinEvent> list;
    while (st.step())
        list.append(readEvent(st));
    if (st.error())
        return *st.error();
    return list;
}

Status insertEvent(sql::Connection &db, const CheckinEvent &e, bool orIgnore)
{
    const QByteArray sql = QByteArray(orIgnore ? "INSERT OR IGNORE" : "INSERT") + " INTO checkin_events("
        + kEventColumns + ") VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)";
    sql::Statement st(db, sql.constData());
    st.bind(1, e.id)
        .bind(2, e.deviceId)
        .bind(3, e.deviceSeq)
        .bind(4, e.attendeeId)
        .bindOptional(5, e.sessionKey)
        .bind(6, eventKindName(e.kind))
        .bind(7, checkinMethodName(e.method))
        .bind(8, timeText(e.deviceTime))
        .bind(9, e.hubSeq)
        .bindOptional(10, e.undoes)
        .bindOptional(11, e.note);
    return st.exec();
}

} // namespace storeutil

namespace {

using storeutil::insertEvent;
using storeutil::kEventColumns;
using storeutil::readEvent;

// Which of a person's events came first is the hub's order, never device clocks:
// an entry at one kiosk and an exit at a kiosk whose clock is 5 h behind is an
// exit. An event the hub has not ordered yet (no hub_seq) comes after all it has.
constexpr const char *kHubOrder = "(hub_seq IS NULL), hub_seq, device_time, id";
constexpr const char *kHubOrderNewestFirst
    = "(hub_seq IS NULL) DESC, hub_seq DESC, device_time DESC, id DESC";

using storeutil::kNotUndone;

Result<std::optional<CheckinEvent>> eventById(sql::Connection &db, const QString &id)
{
    const QByteArray sql = QByteArray("SELECT ") + kEventColumns + " FROM checkin_events WHERE id = ?1";
    sql::Statement st(db, sql.constData());
    st.bind(1, id);
    if (st.step())
        return std::optional<CheckinEvent>(readEvent(st));
    if (st.error())
        return *st.error();
    return std::optional<CheckinEvent>();
}

// The name and measured clock offset of the device that wrote an event.
Result<Device> deviceOf(sql::Connection &db, const QString &deviceId)
{
    sql::Statement st(db, "SELECT name, clock_offset_ms FROM devices WHERE id = ?1");
    st.bind(1, deviceId);
    Device device;
    device.id = deviceId;
    if (st.step()) {
        device.name = st.text(0);
        if (!st.isNull(1))
            device.clockOffsetMs = st.integer(1);
    }
    if (st.error())
        return *st.error();
    return device;
}

struct CheckinText {
    Q_DECLARE_TR_FUNCTIONS(Checkin)
};
} // namespace

QString checkinStatusCode(CheckinStatus status)
{
    switch (status) {
    case CheckinStatus::CheckedIn:
        return QStringLiteral("checked-in");
    case CheckinStatus::AlreadyCheckedIn:
        return QStringLiteral("already-checked-in");
    case CheckinStatus::CheckedOut:
        return QStringLiteral("checked-out");
    case CheckinStatus::NotCheckedIn:
        return QStringLiteral("not-checked-in");
    case CheckinStatus::Undone:
        return QStringLiteral("undone");
    case CheckinStatus::UnknownAttendee:
        return QStringLiteral("unknown-attendee");
    case CheckinStatus::WrongRoom:
        return QStringLiteral("wrong-room");
    }
    return {};
}

QString CheckinOutcome::message() const
{
    switch (status) {
    case CheckinStatus::CheckedIn:
        return CheckinText::tr("Checked in.");
    case CheckinStatus::AlreadyCheckedIn: {
        const QString time
            = earlierAt.isValid() ? earlierAt.toLocalTime().toString(QStringLiteral("HH:mm")) : QString();
        if (earlierDeviceName.isEmpty())
            return CheckinText::tr("Already checked in at %1.").arg(time);
        return CheckinText::tr("Already checked in at %1 at %2.").arg(time, earlierDeviceName);
    }
    case CheckinStatus::CheckedOut:
        return CheckinText::tr("Checked out.");
    case CheckinStatus::NotCheckedIn:
        return CheckinText::tr("Not checked in.");
    case CheckinStatus::Undone:
        return CheckinText::tr("The check-in was undone.");
    case CheckinStatus::UnknownAttendee:
        return CheckinText::tr("Unknown attendee.");
    case CheckinStatus::WrongRoom:
        return CheckinText::tr("This is not your group's room.");
    }
    return {};
}

namespace {

// The span of the log a list's rule looks at: the venue counts once a day (the
// local day of `at`, so a day-2 arrival is new), a session once.
struct ListSpan {
    QString from; // device_time text bounds; empty = unbounded
    QString to;
};

ListSpan listSpan(const QString &sessionKey, const QDateTime &at)
{
    if (!sessionKey.isEmpty())
        return {};
    const QDate day = (at.isValid() ? at : QDateTime::currentDateTimeUtc()).toLocalTime().date();
    return { timeText(day.startOfDay()), timeText(day.addDays(1).startOfDay()) };
}

// The event's time on the hub's clock (its device's measured offset taken off)
// within [?3, ?4): a kiosk 5 h behind at 09:00 still checks in for today.
constexpr const char *kOnHubClockWithin
    = " AND strftime('%Y-%m-%dT%H:%M:%fZ', e.device_time, printf('%+.3f seconds', -coalesce((SELECT "
      "dv.clock_offset_ms FROM devices dv WHERE dv.id = e.device_id), 0) / 1000.0)) >= ?3 AND "
      "strftime('%Y-%m-%dT%H:%M:%fZ', e.device_time, printf('%+.3f seconds', -coalesce((SELECT "
      "dv.clock_offset_ms FROM devices dv WHERE dv.id = e.device_id), 0) / 1000.0)) < ?4";

// The first live event of an attendee on a list that matches `kinds` (an SQL
// condition on e.kind), in `order`.
Result<std::optional<CheckinEvent>> firstLiveEvent(sql::Connection &db, const QString &attendeeId,
    const QString &sessionKey, const ListSpan &span, const char *kinds, const char *order)
{
    const QByteArray sql = QByteArray("SELECT ") + kEventColumns
        + " FROM checkin_events e WHERE attendee_id = ?1 AND session_key IS ?2 AND " + kinds + " AND "
        + kNotUndone + (span.from.isEmpty() ? "" : kOnHubClockWithin) + " ORDER BY " + order + " LIMIT 1";
    sql::Statement st(db, sql.constData());
    st.bind(1, attendeeId).bindOptional(2, sessionKey);
    if (!span.from.isEmpty())
        st.bind(3, span.from).bind(4, span.to);
    if (st.step())
        return std::optional<CheckinEvent>(readEvent(st));
    if (st.error())
        return *st.error();
    return std::optional<CheckinEvent>();
}

// When the person's last badge was printed (invalid = never).
Result<QDateTime> lastBadgePrinted(sql::Connection &db, const QString &attendeeId)
{
    const QByteArray sql
        = QByteArray("SELECT max(device_time) FROM checkin_events e WHERE attendee_id = ?1 AND "
                     "kind = 'badge_printed' AND ")
        + kNotUndone;
    sql::Statement st(db, sql.constData());
    st.bind(1, attendeeId);
    if (st.step())
        return st.isNull(0) ? QDateTime() : timeFromText(st.text(0));
    if (st.error())
        return *st.error();
    return QDateTime();
}

} // namespace

Result<std::optional<CheckinEvent>> Store::activeEntry(
    const QString &attendeeId, const QString &sessionKey, const QDateTime &at)
{
    return firstLiveEvent(
        d->db, attendeeId, sessionKey, listSpan(sessionKey, at), "kind = 'entry'", kHubOrder);
}

Result<std::optional<CheckinEvent>> Store::latestLive(
    const QString &attendeeId, const QString &sessionKey, const QDateTime &at)
{
    return firstLiveEvent(d->db, attendeeId, sessionKey, listSpan(sessionKey, at), "kind IN ('entry','exit')",
        kHubOrderNewestFirst);
}

Result<CheckinOutcome> Store::writeEvent(const CheckinRequest &request, EventKind kind, const QString &undoes)
{
    auto &db = d->db;
    const QString note = request.note.simplified();
    if (note.size() > CheckinEvent::kMaxNoteLength)
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("Store", "A reason is at most %1 characters.")
                .arg(CheckinEvent::kMaxNoteLength));
    auto next = nextDeviceSeq();
    if (!next.ok())
        return next.error();
    const qint64 seq = next.value();
    CheckinEvent e;
    e.id = request.eventId.isEmpty() ? CheckinEvent::newId() : request.eventId;
    e.deviceId = d->local.id;
    e.deviceSeq = seq;
    e.attendeeId = request.attendeeId;
    e.sessionKey = request.sessionKey;
    e.kind = kind;
    e.method = request.method;
    e.deviceTime = request.at.isValid() ? request.at.toUTC() : QDateTime::currentDateTimeUtc();
    e.undoes = undoes;
    e.note = note;
    if (auto s = insertEvent(db, e, false); !s.ok())
        return s.error();
    sql::Statement outbox(db, "INSERT INTO outbox(event_id) VALUES(?1)");
    outbox.bind(1, e.id);
    if (auto s = outbox.exec(); !s.ok())
        return s.error();
    ++d->outboxWrites;
    CheckinOutcome out;
    out.event = e;
    return out;
}

Result<CheckinOutcome> Store::checkIn(const CheckinRequest &request)
{
    auto &db = d->db;
    sql::WriteTransaction tx(db);
    if (!tx.begun().ok())
        return tx.begun().error();

    if (!request.eventId.isEmpty()) { // a retry of a check-in that may have committed
        auto existing = eventById(db, request.eventId);
        if (!existing.ok())
            return existing.error();
        if (existing.value()) {
            CheckinOutcome out;
            out.status = CheckinStatus::CheckedIn;
            out.event = existing.value();
            return out;
        }
    }

    auto who = attendee(request.attendeeId);
    if (!who.ok())
        return who.error();
    if (!who.value())
        return CheckinOutcome::of(CheckinStatus::UnknownAttendee);
    // A walk-in the desk turned down is not on the roster: refused as unknown,
    // at a kiosk's name search and at the command line alike.
    if (who.value()->type == AttendeeType::WalkIn) {
        auto registration = walkIn(request.attendeeId);
        if (!registration.ok())
            return registration.error();
        if (registration.value() && registration.value()->state == WalkInState::Rejected)
            return CheckinOutcome::of(CheckinStatus::UnknownAttendee);
    }

    // What the confirmation and the badge show, read in this transaction.
    CheckinOutcome facts;
    auto groups = assignmentsOf(request.attendeeId);
    if (!groups.ok())
        return groups.error();
    facts.assignments = groups.value();
    auto badge = lastBadgePrinted(db, request.attendeeId);
    if (!badge.ok())
        return badge.error();
    facts.badgePrintedAt = badge.value();

    // A group-work room admits its own group; someone placed elsewhere in the
    // session is sent on (someone not placed at all may come in).
    if (!request.groupKey.isEmpty())
        for (const GroupAssignment &g : std::as_const(facts.assignments))
            if (g.slotKey == request.sessionKey && g.groupKey != request.groupKey) {
                CheckinOutcome out = facts;
                out.status = CheckinStatus::WrongRoom;
                out.placedGroupKey = g.groupKey;
                return out;
            }

    auto active = activeEntry(request.attendeeId, request.sessionKey, request.at);
    if (!active.ok())
        return active.error();
    if (active.value()) {
        CheckinOutcome out = facts;
        out.status = CheckinStatus::AlreadyCheckedIn;
        out.earlier = active.value();
        auto where = deviceOf(db, out.earlier->deviceId);
        if (!where.ok())
            return where.error();
        out.earlierDeviceName = where->name;
        out.earlierAt = where->onHubClock(out.earlier->deviceTime);
        return out;
    }

    auto written = writeEvent(request, EventKind::Entry, {});
    if (!written.ok())
        return written.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    CheckinOutcome out = facts;
    out.status = CheckinStatus::CheckedIn;
    out.event = written->event;
    return out;
}

Result<CheckinOutcome> Store::checkOut(const CheckinRequest &request)
{
    sql::WriteTransaction tx(d->db);
    if (!tx.begun().ok())
        return tx.begun().error();
    auto last = latestLive(request.attendeeId, request.sessionKey, request.at);
    if (!last.ok())
        return last.error();
    if (!last.value())
        return CheckinOutcome::of(CheckinStatus::NotCheckedIn);
    if (last.value()->kind == EventKind::Exit) {
        CheckinOutcome out = CheckinOutcome::of(CheckinStatus::CheckedOut);
        out.earlier = last.value();
        return out;
    }
    auto written = writeEvent(request, EventKind::Exit, {});
    if (!written.ok())
        return written.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    written.value().status = CheckinStatus::CheckedOut;
    return written;
}

Result<CheckinOutcome> Store::undoCheckIn(
    const QString &attendeeId, const QString &sessionKey, const QString &note)
{
    sql::WriteTransaction tx(d->db);
    if (!tx.begun().ok())
        return tx.begun().error();
    // Undo every live entry: offline kiosks may both have admitted the person.
    CheckinOutcome out = CheckinOutcome::of(CheckinStatus::NotCheckedIn);
    for (;;) {
        auto active = activeEntry(attendeeId, sessionKey); // today's at the venue
        if (!active.ok())
            return active.error();
        if (!active.value())
            break;
        CheckinRequest req;
        req.attendeeId = attendeeId;
        req.sessionKey = sessionKey;
        req.method = CheckinMethod::Staff;
        req.note = note;
        auto written = writeEvent(req, EventKind::Undo, active.value()->id);
        if (!written.ok())
            return written.error();
        out.status = CheckinStatus::Undone;
        out.event = written.value().event;
        out.earlier = active.value();
    }
    if (out.status == CheckinStatus::Undone)
        if (auto s = tx.commit(); !s.ok())
            return s.error();
    return out;
}

Result<int> Store::recordEvents(const QList<CheckinEvent> &events)
{
    sql::WriteTransaction tx(d->db);
    if (!tx.begun().ok())
        return tx.begun().error();
    int added = 0;
    for (const CheckinEvent &e : events) {
        if (auto s = insertEvent(d->db, e, true); !s.ok())
            return s.error();
        added += int(d->db.changes());
    }
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    return added;
}

Result<QList<CheckinEvent>> Store::events(const QString &attendeeId)
{
    QByteArray sql = QByteArray("SELECT ") + kEventColumns + " FROM checkin_events e ";
    if (!attendeeId.isEmpty())
        sql += "WHERE attendee_id = ?1 ";
    sql += "ORDER BY device_time, device_id, device_seq";
    sql::Statement st(d->db, sql.constData());
    if (!attendeeId.isEmpty())
        st.bind(1, attendeeId);
    return storeutil::readEvents(st);
}

Result<QList<QString>> Store::checkedInAttendeeIds(const QString &sessionKey)
{
    const QByteArray sql = QByteArray("SELECT DISTINCT attendee_id FROM checkin_events e WHERE "
                                      "session_key IS ?1 AND kind = 'entry' AND ")
        + kNotUndone + " ORDER BY attendee_id";
    sql::Statement st(d->db, sql.constData());
    st.bindOptional(1, sessionKey);
    QList<QString> ids;
    while (st.step())
        ids.append(st.text(0));
    if (st.error())
        return *st.error();
    return ids;
}

} // namespace oppmote
