#pragma once
// Attendance as an organiser reads it, per day at the venue and per session,
// derived from the check-in log (store_attendance.cpp, docs/checkin.md).

#include <QDate>
#include <QString>
#include <QTime>

namespace oppmote {

struct AttendanceFigures {
    // Who should come: everyone registered beforehand (walk-ins are not
    // expected); a group-work slot with an allocation: the people placed in it.
    int expected = 0;
    int arrived = 0; // checked in at the venue that day (walk-ins too)
    int walkIns = 0; // of those arrived, walk-ins
    int notYet = 0; // expected, not arrived, the day (or session) not over
    int noShows = 0; // expected, not arrived, the day (or session) is over
    int duplicates = 0; // admitted more than once on the list (kiosks that were offline)
    int present = 0; // the last entry or exit on the list is an entry
};

struct DayAttendance {
    int dayNumber = 0;
    QDate date; // invalid when the programme gives none: no arrivals can be told apart
    QString heading; // "Mandag 25. september"
    AttendanceFigures figures;
};

struct SessionAttendance {
    QString sessionKey; // empty = the venue, all days together
    QString title;
    QString day; // "Mandag 25. september"
    int dayNumber = 0;
    QString starts; // "14:00"
    int checkedIn = 0; // scanned at this session's own door (0 where no door scans)
    int present = 0; // at the door: last entry/exit there is an entry
    AttendanceFigures figures; // of the session's day, for the people it expects
};

// People arriving at the venue in one interval of a day (Store::arrivalCurve).
struct ArrivalInterval {
    QTime start; // local time on the hub's clock
    int arrivals = 0; // first entries of the day in [start, start + interval)
};

// One organisation on one day at the venue (Store::organisationAttendance).
struct OrganisationAttendance {
    QString organisation; // "" for people without one
    int expected = 0; // registered beforehand
    int arrived = 0; // checked in that day, walk-ins too
};

} // namespace oppmote
