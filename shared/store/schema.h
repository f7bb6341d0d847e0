#pragma once
// The store's schema as an ordered list of migrations; PRAGMA user_version
// holds how many have run. A database newer than this program is refused.

#include "domain/result.h"

namespace oppmote::sql {
class Connection;
}

namespace oppmote::schema {

int currentVersion();

// Brings the database to currentVersion(). Before migrating a database that
// already holds data (0 < version < current) a copy is written next to it
// (<file>.before-v<N>.bak) with VACUUM INTO.
Status migrate(sql::Connection &db);

} // namespace oppmote::schema
