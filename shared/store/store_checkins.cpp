// Store: the append-only check-in log. "Checked in" is derived: at least
// one entry event that no undo event cancels (../shared/design.md).

#include "store/store_private.h"

#include <QCoreApplication>

namespace oppmote {

using storeutil::timeFromText;
using storeutil::timeText;

namespace storeutil {

const char *const kEventColumns
    = "id, device_id, device_seq, attendee_id, session_key, kind, method, device_time, hub_seq, undoes";

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
        + kEventColumns + ") VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)";
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
        .bindOptional(10, e.undoes);
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

// A live event: not cancelled by an undo.
constexpr const char *kNotUndone
    = "NOT EXISTS (SELECT 1 FROM checkin_events u WHERE u.kind = 'undo' AND u.undoes = e.id)";

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

} // namespace

QString CheckinOutcome::message() const
{
    auto tr = [](const char *s) { return QCoreApplication::translate("Checkin", s); };
    switch (status) {
    case CheckinStatus::CheckedIn:
        return tr("Checked in.");
    case CheckinStatus::AlreadyCheckedIn: {
        const QString time
            = earlier ? earlier->deviceTime.toLocalTime().toString(QStringLiteral("HH:mm")) : QString();
        if (earlierDeviceName.isEmpty())
            return tr("Already checked in at %1.").arg(time);
        return tr("Already checked in at %1 at %2.").arg(time, earlierDeviceName);
    }
    case CheckinStatus::CheckedOut:
        return tr("Checked out.");
    case CheckinStatus::NotCheckedIn:
        return tr("Not checked in.");
    case CheckinStatus::Undone:
        return tr("The check-in was undone.");
    case CheckinStatus::UnknownAttendee:
        return tr("Unknown attendee.");
    }
    return {};
}

namespace {
// The first live event of an attendee at a session (or the venue) that
// matches `kinds` (an SQL condition on e.kind), in `order`.
Result<std::optional<CheckinEvent>> firstLiveEvent(sql::Connection &db, const QString &attendeeId,
    const QString &sessionKey, const char *kinds, const char *order)
{
    const QByteArray sql = QByteArray("SELECT ") + kEventColumns
        + " FROM checkin_events e WHERE attendee_id = ?1 AND session_key IS ?2 AND " + kinds + " AND "
        + kNotUndone + " ORDER BY " + order + " LIMIT 1";
    sql::Statement st(db, sql.constData());
    st.bind(1, attendeeId).bindOptional(2, sessionKey);
    if (st.step())
        return std::optional<CheckinEvent>(readEvent(st));
    if (st.error())
        return *st.error();
    return std::optional<CheckinEvent>();
}
} // namespace

Result<std::optional<CheckinEvent>> Store::activeEntry(const QString &attendeeId, const QString &sessionKey)
{
    return firstLiveEvent(d->db, attendeeId, sessionKey, "kind = 'entry'", kHubOrder);
}

Result<std::optional<CheckinEvent>> Store::latestLive(const QString &attendeeId, const QString &sessionKey)
{
    return firstLiveEvent(d->db, attendeeId, sessionKey, "kind IN ('entry','exit')", kHubOrderNewestFirst);
}

Result<CheckinOutcome> Store::writeEvent(const CheckinRequest &request, EventKind kind, const QString &undoes)
{
    auto &db = d->db;
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
    if (auto s = insertEvent(db, e, false); !s.ok())
        return s.error();
    sql::Statement outbox(db, "INSERT INTO outbox(event_id) VALUES(?1)");
    outbox.bind(1, e.id);
    if (auto s = outbox.exec(); !s.ok())
        return s.error();
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
        return CheckinOutcome { CheckinStatus::UnknownAttendee, {}, {}, {} };

    auto active = activeEntry(request.attendeeId, request.sessionKey);
    if (!active.ok())
        return active.error();
    if (active.value()) {
        CheckinOutcome out;
        out.status = CheckinStatus::AlreadyCheckedIn;
        out.earlier = active.value();
        auto name = deviceName(out.earlier->deviceId);
        if (name.ok())
            out.earlierDeviceName = name.value();
        return out;
    }

    auto written = writeEvent(request, EventKind::Entry, {});
    if (!written.ok())
        return written.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    written.value().status = CheckinStatus::CheckedIn;
    return written;
}

Result<CheckinOutcome> Store::checkOut(const CheckinRequest &request)
{
    sql::WriteTransaction tx(d->db);
    if (!tx.begun().ok())
        return tx.begun().error();
    auto last = latestLive(request.attendeeId, request.sessionKey);
    if (!last.ok())
        return last.error();
    if (!last.value())
        return CheckinOutcome { CheckinStatus::NotCheckedIn, {}, {}, {} };
    if (last.value()->kind == EventKind::Exit)
        return CheckinOutcome { CheckinStatus::CheckedOut, {}, last.value(), {} };
    auto written = writeEvent(request, EventKind::Exit, {});
    if (!written.ok())
        return written.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    written.value().status = CheckinStatus::CheckedOut;
    return written;
}

Result<CheckinOutcome> Store::undoCheckIn(const QString &attendeeId, const QString &sessionKey)
{
    sql::WriteTransaction tx(d->db);
    if (!tx.begun().ok())
        return tx.begun().error();
    // Undo every live entry: offline kiosks may both have admitted the person.
    CheckinOutcome out { CheckinStatus::NotCheckedIn, {}, {}, {} };
    for (;;) {
        auto active = activeEntry(attendeeId, sessionKey);
        if (!active.ok())
            return active.error();
        if (!active.value())
            break;
        CheckinRequest req;
        req.attendeeId = attendeeId;
        req.sessionKey = sessionKey;
        req.method = CheckinMethod::Staff;
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

Result<QList<SessionAttendance>> Store::attendance()
{
    // Sessions in programme order, then the counts for each.
    QList<SessionAttendance> rows;
    rows.append(SessionAttendance {
        QString(), QCoreApplication::translate("Checkin", "Venue"), QString(), QString(), 0, 0 });
    {
        sql::Statement st(d->db,
            "SELECT s.key, s.title, d.heading, s.starts FROM sessions s JOIN days d ON "
            "d.number = s.day_number ORDER BY s.day_number, s.position");
        while (st.step())
            rows.append(SessionAttendance { st.text(0), st.text(1), st.text(2), st.text(3), 0, 0 });
        if (st.error())
            return *st.error();
    }
    const QByteArray countsSql = QByteArray(R"sql(
WITH live AS (
  SELECT attendee_id, coalesce(session_key, '') AS sk, kind, device_time, id, hub_seq
  FROM checkin_events e WHERE kind IN ('entry','exit') AND )sql")
        + kNotUndone + R"sql(),
latest AS (
  SELECT sk, attendee_id, kind,
         row_number() OVER (PARTITION BY sk, attendee_id
                            ORDER BY (hub_seq IS NULL) DESC, hub_seq DESC, device_time DESC, id DESC) AS rn
  FROM live)
SELECT l.sk,
       (SELECT count(DISTINCT attendee_id) FROM live v WHERE v.sk = l.sk AND v.kind = 'entry'),
       sum(l.kind = 'entry')
FROM latest l WHERE l.rn = 1 GROUP BY l.sk
)sql";
    sql::Statement st(d->db, countsSql.constData());
    while (st.step()) {
        const QString key = st.text(0);
        bool found = false;
        for (auto &row : rows) {
            if (row.sessionKey == key) {
                row.checkedIn = int(st.integer(1));
                row.present = int(st.integer(2));
                found = true;
            }
        }
        if (!found) // a session no longer in the programme keeps its figures
            rows.append(
                SessionAttendance { key, key, QString(), QString(), int(st.integer(1)), int(st.integer(2)) });
    }
    if (st.error())
        return *st.error();
    return rows;
}

} // namespace oppmote
