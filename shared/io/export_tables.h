#pragma once
// The tables organisers export, built from plain data the store hands over:
// attendees, attendance per session and per organisation, and group lists.
// "Present" is derived by the store from the check-in log (an entry not
// undone); these builders only count and sort.

#include "domain/allocation.h"
#include "domain/attendee.h"
#include "domain/program.h"
#include "io/export_table.h"

#include <QList>
#include <QString>

namespace oppmote::io {

// One attendee present at one session (empty sessionKey = the venue).
struct Presence {
    QString attendeeId;
    QString sessionKey;
};

// id, names, organisation, role, e-mail, phone, preferences, consent, type,
// fixed group — with Norwegian headers the importer maps back.
ExportTable attendeesTable(const QList<Attendee> &attendees);

// Per session of the programme (and the venue first): day, start, title,
// registered, present, share.
ExportTable sessionAttendanceTable(
    const Event &event, const QList<Attendee> &attendees, const QList<Presence> &presence);

// Per organisation: registered, present at the venue, share; sorted by name.
ExportTable organisationAttendanceTable(const QList<Attendee> &attendees, const QList<Presence> &presence);

// Every group-work slot's groups with their members: slot, group, room,
// name, organisation, role in the group; sorted by slot, group, last name.
ExportTable groupListsTable(
    const Event &event, const QList<Attendee> &attendees, const QList<Assignment> &assignments);

} // namespace oppmote::io
