// Store: attendance per day and per session, derived from the check-in log.
// A venue entry belongs to the local day of its time on the hub's clock (its
// device's clock corrected by the offset the hub measured), so day 1 and day 2
// are counted apart; a session door counts once per session.

#include "store/store_private.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace oppmote {

using storeutil::kNotUndone;
using storeutil::liveWithDays;

QByteArray storeutil::liveWithDays()
{
    return QByteArray(R"sql(
live AS (
  SELECT e.attendee_id, coalesce(e.session_key, '') AS sk, e.kind, e.id, e.hub_seq, e.device_time, e.device_id,
         coalesce(date(e.device_time, printf('%+d seconds', -(coalesce(dv.clock_offset_ms, 0) / 1000)),
                       'localtime'), '') AS day,
         coalesce(time(e.device_time, printf('%+d seconds', -(coalesce(dv.clock_offset_ms, 0) / 1000)),
                       'localtime'), '') AS local_time
  FROM checkin_events e LEFT JOIN devices dv ON dv.id = e.device_id
  WHERE e.kind IN ('entry','exit')
    AND NOT EXISTS (SELECT 1 FROM attendees r WHERE r.id = e.attendee_id AND r.rejected <> 0)
    AND )sql")
        + kNotUndone + ")";
}

namespace {

struct ListDay {
    int arrived = 0;
    int arrivedExpected = 0; // of those, registered beforehand
    int walkIns = 0;
    int duplicates = 0;
    int present = 0;
};

struct LogFigures {
    QHash<QString, ListDay> perListDay; // "sk\x1fday"
    QHash<QString, QSet<QString>> venueArrivals; // day → attendee ids
    int everArrived = 0; // at the venue, any day
    int everArrivedExpected = 0;
    int everWalkIns = 0;
    int expected = 0; // registered beforehand
};

QString listDayKey(const QString &sessionKey, const QString &day)
{
    return sessionKey + QChar(0x1f) + day;
}

Result<LogFigures> readLog(sql::Connection &db, bool withVenueArrivals)
{
    LogFigures f;
    const QByteArray perListDay = "WITH " + liveWithDays() + R"sql(,
ranked AS (
  SELECT sk, day, attendee_id, kind,
         row_number() OVER (PARTITION BY sk, day, attendee_id
                            ORDER BY (hub_seq IS NULL) DESC, hub_seq DESC, device_time DESC, id DESC) AS rn,
         sum(kind = 'entry') OVER (PARTITION BY sk, day, attendee_id) AS entries
  FROM live)
SELECT r.sk, r.day, sum(r.entries > 0), sum(r.entries > 0 AND coalesce(a.type, '') <> 'walkin'),
       sum(r.entries > 0 AND a.type = 'walkin'), sum(r.entries > 1), sum(r.kind = 'entry')
FROM ranked r LEFT JOIN attendees a ON a.id = r.attendee_id WHERE r.rn = 1 GROUP BY r.sk, r.day
)sql";
    sql::Statement st(db, perListDay.constData());
    while (st.step())
        f.perListDay.insert(listDayKey(st.text(0), st.text(1)),
            ListDay { int(st.integer(2)), int(st.integer(3)), int(st.integer(4)), int(st.integer(5)),
                int(st.integer(6)) });
    if (st.error())
        return *st.error();

    const QByteArray ever = "WITH " + liveWithDays() + R"sql(
SELECT count(*), sum(coalesce(a.type, '') <> 'walkin'), sum(a.type = 'walkin')
FROM (SELECT DISTINCT attendee_id FROM live WHERE sk = '' AND kind = 'entry') v
LEFT JOIN attendees a ON a.id = v.attendee_id
)sql";
    sql::Statement all(db, ever.constData());
    if (all.step()) {
        f.everArrived = int(all.integer(0));
        f.everArrivedExpected = int(all.integer(1));
        f.everWalkIns = int(all.integer(2));
    }
    if (all.error())
        return *all.error();

    auto expected = db.scalar("SELECT count(*) FROM attendees WHERE type <> 'walkin'");
    if (!expected.ok())
        return expected.error();
    f.expected = int(expected.value());

    if (withVenueArrivals) {
        const QByteArray arrivals = "WITH " + liveWithDays()
            + " SELECT DISTINCT day, attendee_id FROM live WHERE sk = '' AND kind = 'entry'";
        sql::Statement a(db, arrivals.constData());
        while (a.step())
            f.venueArrivals[a.text(0)].insert(a.text(1));
        if (a.error())
            return *a.error();
    }
    return f;
}

// Expected people not arrived are no-shows once the day (or session) is over.
void splitMissing(AttendanceFigures &f, int arrivedExpected, bool over)
{
    const int missing = std::max(0, f.expected - arrivedExpected);
    (over ? f.noShows : f.notYet) = missing;
}

AttendanceFigures dayFigures(const LogFigures &log, const QDate &date, bool over)
{
    AttendanceFigures f;
    f.expected = log.expected;
    const ListDay venue
        = date.isValid() ? log.perListDay.value(listDayKey({}, date.toString(Qt::ISODate))) : ListDay {};
    f.arrived = venue.arrived;
    f.walkIns = venue.walkIns;
    f.duplicates = venue.duplicates;
    f.present = venue.present;
    splitMissing(f, venue.arrivedExpected, over);
    return f;
}

bool sessionIsOver(const QDate &day, const Session &session)
{
    const QDate today = QDate::currentDate();
    if (!day.isValid() || day > today)
        return false;
    if (day < today)
        return true;
    const QTime last = session.end.isValid() ? session.end : session.start;
    return last.isValid() && QTime::currentTime() > last;
}

} // namespace

Result<QList<DayAttendance>> Store::dayAttendance()
{
    auto event = program();
    if (!event.ok())
        return event.error();
    auto log = readLog(d->db, false);
    if (!log.ok())
        return log.error();
    QList<DayAttendance> days;
    for (const Day &day : std::as_const(event->days))
        days.append({ day.number, day.date, day.heading,
            dayFigures(log.value(), day.date, day.date.isValid() && day.date < QDate::currentDate()) });
    return days;
}

Result<QList<SessionAttendance>> Store::attendance()
{
    auto event = program();
    if (!event.ok())
        return event.error();
    auto placed = assignments();
    if (!placed.ok())
        return placed.error();
    QHash<QString, QSet<QString>> placedIn; // slot → attendee ids
    for (const Assignment &a : std::as_const(placed.value()))
        placedIn[a.slotKey].insert(a.attendeeId);
    auto read = readLog(d->db, !placedIn.isEmpty());
    if (!read.ok())
        return read.error();
    const LogFigures &log = read.value();
    const QDate today = QDate::currentDate();

    QList<SessionAttendance> rows;
    SessionAttendance venue;
    venue.title = QCoreApplication::translate("Checkin", "Venue");
    venue.checkedIn = log.everArrived;
    venue.present = log.perListDay.value(listDayKey({}, today.toString(Qt::ISODate))).present;
    venue.figures.expected = log.expected;
    venue.figures.arrived = log.everArrived;
    venue.figures.walkIns = log.everWalkIns;
    venue.figures.present = venue.present;
    bool allDaysOver = !event->days.isEmpty();
    for (const Day &day : std::as_const(event->days)) {
        allDaysOver = allDaysOver && day.date.isValid() && day.date < today;
        if (day.date.isValid())
            venue.figures.duplicates
                += log.perListDay.value(listDayKey({}, day.date.toString(Qt::ISODate))).duplicates;
    }
    splitMissing(venue.figures, log.everArrivedExpected, allDaysOver);
    rows.append(venue);

    QSet<QString> known;
    for (const Day &day : std::as_const(event->days)) {
        const QString dayText = day.date.isValid() ? day.date.toString(Qt::ISODate) : QString();
        for (const Session &s : day.sessions) {
            known.insert(s.key);
            SessionAttendance row;
            row.sessionKey = s.key;
            row.title = s.title;
            row.day = day.heading;
            row.dayNumber = day.number;
            row.starts = s.start.toString(QStringLiteral("HH:mm"));
            const bool over = sessionIsOver(day.date, s);
            row.figures = dayFigures(log, day.date, over);
            if (const auto it = placedIn.constFind(s.key); it != placedIn.cend()) {
                // Group work that was allocated expects the people placed in it.
                const QSet<QString> arrivedThatDay = log.venueArrivals.value(dayText);
                row.figures.expected = int(it->size());
                row.figures.arrived = 0;
                for (const QString &id : *it)
                    row.figures.arrived += arrivedThatDay.contains(id) ? 1 : 0;
                row.figures.walkIns = 0;
                row.figures.notYet = row.figures.noShows = 0;
                splitMissing(row.figures, row.figures.arrived, over);
            }
            // The session's own door, if one is scanned.
            ListDay door;
            for (auto it = log.perListDay.cbegin(); it != log.perListDay.cend(); ++it)
                if (it.key().startsWith(s.key + QChar(0x1f))) {
                    door.arrived += it->arrived;
                    door.duplicates += it->duplicates;
                    door.present += it->present;
                }
            row.checkedIn = door.arrived;
            row.present = door.present;
            row.figures.duplicates = door.duplicates;
            row.figures.present = door.present;
            rows.append(row);
        }
    }
    // A door no longer in the programme keeps its figures.
    QHash<QString, ListDay> orphans;
    for (auto it = log.perListDay.cbegin(); it != log.perListDay.cend(); ++it) {
        const QString key = it.key().section(QChar(0x1f), 0, 0);
        if (!key.isEmpty() && !known.contains(key)) {
            orphans[key].arrived += it->arrived;
            orphans[key].present += it->present;
        }
    }
    for (auto it = orphans.cbegin(); it != orphans.cend(); ++it) {
        SessionAttendance row;
        row.sessionKey = row.title = it.key();
        row.checkedIn = it->arrived;
        row.present = it->present;
        rows.append(row);
    }
    return rows;
}

} // namespace oppmote
