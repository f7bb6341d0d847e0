#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace oppmote {

// A kiosk, the admin tool or the hub: anything that writes check-in events.
struct Device {
    QString id; // UUID
    QString name; // "Kiosk 2", shown to attendees in "checked in at kiosk 2"
    QString mode; // "entrance", "session:<key>", "admin", "hub"
    bool revoked = false;
    bool paired = false; // has a secret from the hub (hub side)
    QString lastSeen; // ISO 8601 UTC of the last hello (hub side); empty = never
    // The device's clock minus the hub's, measured by the hub; unknown until it syncs.
    std::optional<qint64> clockOffsetMs;

    // A time this device's clock gave, on the hub's clock.
    QDateTime onHubClock(const QDateTime &deviceTime) const
    {
        return clockOffsetMs ? deviceTime.addMSecs(-*clockOffsetMs) : deviceTime;
    }
    // More than a minute off: its clock should be set (times are still shown corrected).
    bool clockIsOff() const;
};

// "on time", "5 h 2 min behind", "3 min ahead", "unknown", in the UI language.
QString clockOffsetText(const Device &device);

} // namespace oppmote
