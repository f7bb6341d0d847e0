#pragma once
// What the kiosk's controllers share: the store on its thread, the roster
// snapshot in memory and the device's settings (read-only here: DeviceSession
// changes them). Owned by KioskController.

#include "kiosk/device_session.h"
#include "kiosk/kiosk_roster.h"

#include <QDate>
#include <QSet>

#include <memory>

namespace oppmote {

class AsyncStore;

struct KioskContext {
    AsyncStore *store = nullptr;
    std::shared_ptr<KioskRoster> roster; // null until loaded
    const DeviceSession *device = nullptr; // the settings, pairing, revocation; set before any use
    // Whose badge is queued or printing now (KioskController follows the print
    // queue): no second one is asked for, and a screen shows that one.
    QSet<QString> badgesInFlight;

    const KioskConfig &config() const { return device->config(); }
    QDate today() const { return config().eventDate.isValid() ? config().eventDate : QDate::currentDate(); }
    const Day *day() const { return roster ? roster->dayFor(today()) : nullptr; }
};

// The door a session-door kiosk stands at: a plain session, or one group's
// room of a group-work slot. Empty for the entrance.
struct Door {
    QString sessionKey; // what attendance is recorded for ("d1-1400")
    QString groupKey; // the room's group, "d1-1400-g2"; empty = any attendee of the session
};

Door doorFor(const Event &event, const KioskMode &mode);

} // namespace oppmote
