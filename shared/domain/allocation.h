#pragma once

#include <QString>

namespace oppmote {

// One person's place in one group-work slot.
struct Assignment {
    QString slotKey; // the group-work session
    QString attendeeId;
    QString groupKey;
    bool locked = false; // kept on re-runs
    bool fixed = false; // facilitator / case presenter
};

} // namespace oppmote
