#pragma once
// Walk-ins: people who register at a kiosk on the day (docs/checkin.md). A
// walk-in is an attendee of type walk-in, pending until it is approved (it
// gets a code and is checked in at the venue) or rejected (never on the
// roster, never counted). A registration reaches the hub at once, without an
// event; the hub decides: the first approval or rejection it records stands.

#include "domain/attendee.h"

#include <QDateTime>
#include <QString>

namespace oppmote {

enum class WalkInState { Pending, Approved, Rejected };
QString walkInStateName(WalkInState state); // "pending", "approved", "rejected"
WalkInState walkInStateFromName(const QString &name); // unknown → Pending

struct WalkIn {
    Attendee person = {};
    WalkInState state = WalkInState::Pending;
    QString deviceId = {}; // where it was registered; empty when not known
    QString deviceName = {};
    QDateTime registeredAt = {}; // on the hub's clock where the hub has measured the device's
    QString decidedBy = {}; // the device that approved or rejected it
    QDateTime decidedAt = {};
    QString reason = {}; // rejected: why, in the desk's words
};

// The hub's answer to one pushed walk-in: taken (refusal empty) or why not,
// with the state it was sent in (a device acknowledges it only while the
// walk-in is still so: one approved after it was sent goes again).
struct WalkInAnswer {
    QString id = {};
    QString refusal = {};
    WalkInState state = WalkInState::Pending;
};
// A device's approval of a walk-in the desk rejected: the hub keeps the rejection.
inline constexpr const char *kWalkInRejected = "walk-in-rejected";
// A device's approval of a walk-in approved with another code first: the first code stands.
inline constexpr const char *kWalkInApproved = "walk-in-approved";
// The id is someone on the roster, not a walk-in: nothing about them changes.
inline constexpr const char *kNotAWalkIn = "not-a-walk-in";
// The code a device gave is someone else's already: the walk-in stays pending.
inline constexpr const char *kWalkInCodeTaken = "code-taken";
// The reason in words, for staff and the command line.
QString walkInRefusalText(const QString &reason);

} // namespace oppmote
