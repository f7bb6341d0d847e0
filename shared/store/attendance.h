#pragma once

#include <QDateTime>
#include <QString>

namespace oppmote {

// Attendance of one session (or the venue, empty key), derived from the log.
struct SessionAttendance {
    QString sessionKey; // empty = the venue
    QString title;
    QString day; // "Mandag 25. september"
    QString starts; // "14:00"
    int checkedIn = 0; // at least one entry not undone
    int present = 0; // last entry/exit (not undone) is an entry
};

} // namespace oppmote
