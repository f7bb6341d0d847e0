#pragma once
// Files that hold personal data or secrets (databases with their -wal and
// -shm, migration backups, kiosk.json with the device secret) are readable by
// their owner only: mode 0600, whatever the umask.

#include <QString>

namespace oppmote {

// Sets 0600 on `path` if it exists; true when it does not exist or was set.
bool keepPrivate(const QString &path);
// The database file and the files SQLite keeps beside it.
void keepDatabasePrivate(const QString &databasePath);

} // namespace oppmote
