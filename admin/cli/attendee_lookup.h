#pragma once
// The person a command means, the one resolver of the command line
// (allocate, checkin, badges, reissue, tickets, attendees edit): an attendee
// id, a code from an invitation or badge (judged as a kiosk judges it), or a
// name found as the kiosk's search finds it (the roster's NameIndex: typo-
// and accent-tolerant, the one best match). A name that matches nobody is
// NotFound; one that several people match equally well is Conflict, and the
// message lists the candidates with their organisation and id.

#include "command.h"
#include "store/store.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace oppmote::cli {

// "Kari Nordmann (Vestland fylkeskommune)", or the name alone; as plain text.
QString personLabel(const Attendee &attendee);

// Whether `text` starts like an Oppmøte code ("OP1-…", a signed "OS1-…").
bool looksLikeCode(const QString &text);

// The best match for `name` among `people`, or why there is none.
Result<Attendee> findAttendeeByName(const QList<Attendee> &people, const QString &name);

// The attendee whose code this is. The code is judged as a kiosk judges it
// (tokenVerifierFor): damaged or another system's code is InvalidInput, a
// replaced, cancelled or other event's code Conflict, an unknown one NotFound.
Result<Attendee> findAttendeeByCode(Store &store, const QString &code);

// `who`: an attendee's id, else a code (looksLikeCode), else a name.
Result<Attendee> findAttendee(Store &store, const QString &who);

// Each of `who` (findAttendee), in order, each person once.
Result<QList<Attendee>> findAttendees(Store &store, const QStringList &who);

} // namespace oppmote::cli
