#pragma once
// Store internals: walk-ins as rows (store_walk_ins.cpp, store_walk_in_sync.cpp,
// store_roster_sync.cpp).

#include "store/sqlite.h"
#include "store/walk_in.h"

#include <QByteArray>
#include <QList>

namespace oppmote::walkinrows {

// SELECT of the roster's columns and a walk-in's, for the walk-ins `where`
// narrows ("AND id = ?1 …", then ORDER BY / LIMIT).
QByteArray select(const char *where);
Result<QList<WalkIn>> read(sql::Statement &st);

// The walk-in waits for the hub (again): registered, approved or rejected here.
Status sendAgain(sql::Connection &db, const QString &attendeeId);

// A walk-in as the hub or a relay tells it, new here: its row, no outbox row.
Status insert(sql::Connection &db, const WalkIn &walkIn);

} // namespace oppmote::walkinrows
