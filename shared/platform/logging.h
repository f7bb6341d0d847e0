#pragma once
// Logging categories of the core (enable with QT_LOGGING_RULES, e.g.
// "oppmote.sync.debug=true") and a log file for kiosks, where no one reads
// stderr: what went wrong at 09:30 is there to read at 10:00.

#include <QLoggingCategory>
#include <QString>

namespace oppmote {

Q_DECLARE_LOGGING_CATEGORY(lcStore) // oppmote.store
Q_DECLARE_LOGGING_CATEGORY(lcSync) // oppmote.sync
Q_DECLARE_LOGGING_CATEGORY(lcPrint) // oppmote.print
Q_DECLARE_LOGGING_CATEGORY(lcScan) // oppmote.scan

// Every message from now on is also appended to `path` (UTC time, level,
// category, text; mode 0600, it may name people). False if it cannot be opened.
bool logToFile(const QString &path);

} // namespace oppmote
