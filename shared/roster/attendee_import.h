#pragma once
// An attendee list imported from a CSV or XLSX file, the same from the
// command line and the desk: the plan made against the roster as stored
// (io::planImportFromFile: every row added, updated, a duplicate or refused,
// with the reason), then the added and updated written in one transaction,
// everyone new given a code. A file that cannot be read changes nothing.

#include "domain/result.h"
#include "io/attendee_file.h"

namespace oppmote {
class Store;
}

namespace oppmote::roster {

// The plan only (a dry run, the desk's preview). An error: nothing can be imported from the file.
Result<io::FilePlan> planAttendeeFile(Store &store, const QString &path, const io::ImportOptions &options);

// The plan's added and updated people written, those without a code given
// one (counted in the result); nothing written when it fails.
Result<int> writeAttendeeImport(Store &store, io::ImportPlan &plan);

} // namespace oppmote::roster
