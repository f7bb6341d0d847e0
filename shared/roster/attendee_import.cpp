#include "roster/attendee_import.h"

#include "codes/token.h"
#include "store/store.h"

namespace oppmote::roster {

Result<io::FilePlan> planAttendeeFile(Store &store, const QString &path, const io::ImportOptions &options)
{
    auto existing = store.attendees();
    if (!existing.ok())
        return existing.error();
    return io::planImportFromFile(path, existing.value(), options);
}

Result<int> writeAttendeeImport(Store &store, io::ImportPlan &plan)
{
    if (!plan.hasChanges())
        return 0;
    int codes = 0;
    for (Attendee &a : plan.upserts)
        if (a.token.isEmpty()) {
            a.token = Token::generate();
            ++codes;
        }
    if (auto stored = store.upsertAttendees(plan.upserts); !stored.ok())
        return stored.error();
    return codes;
}

} // namespace oppmote::roster
