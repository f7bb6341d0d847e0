#pragma once

#include <QString>

namespace oppmote {

// A kiosk, the admin tool or the hub: anything that writes check-in events.
struct Device {
    QString id; // UUID
    QString name; // "Kiosk 2", shown to attendees in "checked in at kiosk 2"
    QString mode; // "entrance", "session:<key>", "admin", "hub"
    bool revoked = false;
    bool paired = false; // has a secret from the hub (hub side)
    QString lastSeen; // ISO 8601 UTC of the last hello (hub side); empty = never
};

} // namespace oppmote
