#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace oppmote {

// What a device last told the hub about itself (protocol v4 `status`): the
// events it holds that the hub has not acknowledged, and its badge printer.
struct DeviceStatus {
    int unsent = 0; // its check-in events the hub has not acknowledged
    QString printer; // the CUPS queue; empty = no badge printer
    QString printerProblem; // printerProblemKey(): "" = ready, "out-of-labels" …
    int printQueue = 0; // badges waiting or printing
    bool operator==(const DeviceStatus &) const = default;
};

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
    // Hub side: what it last reported and when (ISO 8601 UTC), and whether it
    // is connected now (the hub notes when a connection ends).
    std::optional<DeviceStatus> status;
    QString statusAt;
    bool connected = false;

    bool operator==(const Device &) const = default;

    // A time this device's clock gave, on the hub's clock.
    QDateTime onHubClock(const QDateTime &deviceTime) const
    {
        return clockOffsetMs ? deviceTime.addMSecs(-*clockOffsetMs) : deviceTime;
    }
    // More than a minute off: its clock should be set (times are still shown corrected).
    bool clockIsOff() const;
    // Hub side: connected and heard from within the window (a device reports its
    // status every 30 s, so one whose hub died goes offline within it); never
    // when revoked.
    static constexpr int kOnlineWindowSeconds = 2 * 60;
    bool onlineAt(const QDateTime &nowUtc) const;
    // Its printer cannot print, as last reported.
    bool printerNeedsAttention() const;
};

// What a device last reported, in the UI language: "everything sent · printer
// ready", "3 not sent yet · printer: out of labels · 2 badges waiting"; while
// it is offline, "when last seen: …".
QString deviceStatusText(const DeviceStatus &status, bool online);

// "on time", "5 h 2 min behind", "3 min ahead", "unknown", in the UI language.
QString clockOffsetText(const Device &device);

} // namespace oppmote
