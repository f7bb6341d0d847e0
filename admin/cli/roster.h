#pragma once
// Roster helpers shared by commands: the name index built from the store,
// and giving attendees without a code a fresh token.

#include "domain/attendee.h"
#include "search/name_index.h"

#include <QList>

namespace oppmote::cli {

NameIndex buildNameIndex(const QList<Attendee> &attendees);
int assignMissingTokens(QList<Attendee> &attendees); // returns how many got one

} // namespace oppmote::cli
