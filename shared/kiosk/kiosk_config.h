#pragma once
// A kiosk's settings: a small JSON file written by the installer or by
// pairing (scanning the admin tool's pairing QR code), read at start.
//   {"hub": "wss://hub.example:8443", "deviceName": "Kiosk 2",
//    "deviceToken": "…", "hubFingerprint": "…", "deviceSecret": "…", "mode": "entrance" |
//    "session:d1-1400-g2", "printer": "badges", "badgeTemplate": "ql-62x100",
//    "staffPinHash": "$argon2id$…", "idleTimeoutSeconds": 45,
//    "confirmSeconds": 6, "reprintNeedsStaff": true, "language": "nb", "eventDate": "2017-09-25",
//    "scannerDevice": "/dev/input/by-id/usb-…-event-kbd", "scannerPrefix": "", "scannerSuffix": "",
//    "scannerNeedsEnter": false}

#include "domain/result.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace oppmote {

struct KioskMode {
    QString sessionKey; // empty = the entrance (venue check-in)
    bool isEntrance() const { return sessionKey.isEmpty(); }
    QString text() const; // "entrance" or "session:KEY"
    static std::optional<KioskMode> fromText(const QString &text);
};

struct KioskConfig {
    QString hubUrl; // empty = not paired
    QString deviceName = QStringLiteral("Kiosk");
    QString deviceToken; // one-time pairing token, exchanged with the hub for deviceSecret
    QString hubFingerprint; // hex SHA-256 of the hub's TLS certificate (pinned)
    QString deviceSecret; // from the hub at pairing; proves this kiosk on every connection
    bool revoked = false; // the organisers revoked this kiosk: it stays wiped and out of service
    KioskMode mode;
    QString printerQueue;
    // The labels or sheets in that printer: a built-in badge template
    // (builtInBadgeTemplates(): "ql-62x100", "a6" …); empty = the default.
    QString badgeTemplate;
    QString staffPinHash; // libsodium crypto_pwhash_str
    int idleTimeoutSeconds = 45;
    int confirmSeconds = 6; // the confirmation returns to the welcome screen by itself
    bool reprintNeedsStaff = true;
    QString language = QStringLiteral("nb");
    QDate eventDate; // "today" for the programme; invalid = the real date
    // The hand scanner (docs/codes.md). Its input device, read directly and
    // grabbed so its keys never reach the window; empty = its keys come
    // through the window's key filter like a keyboard's.
    QString scannerDevice;
    QString scannerPrefix; // configured in the scanner: required and stripped; empty = none
    QString scannerSuffix; // ditto, before the Enter
    bool scannerNeedsEnter = false; // a burst counts only when Enter ends it

    QJsonObject toJson() const;
    static Result<KioskConfig> fromJson(const QJsonObject &json);
    static Result<KioskConfig> read(const QString &path);
    Status write(const QString &path) const;

    bool paired() const { return !hubUrl.isEmpty(); }
};

// The admin tool's pairing QR code: {"oppmote": "pair", "v": 1, "hub": URL,
// "token": one-time token, "mode": "entrance"|"session:KEY", "printer": queue,
// "template": badge template, "fp": the hub certificate's SHA-256}.
// "printer" and "template" are optional: the kiosk keeps its own then.
struct PairingCode {
    QString hubUrl;
    QString token;
    KioskMode mode;
    QString printerQueue;
    QString fingerprint; // "fp": hex SHA-256 of the hub's certificate
    QString badgeTemplate = {};
};

bool looksLikePairingCode(const QString &text);
Result<PairingCode> parsePairingCode(const QString &text);
QString pairingCodeText(const PairingCode &code); // what the admin tool encodes
void applyPairing(KioskConfig &config, const PairingCode &code);

// Staff PIN: Argon2id via crypto_pwhash_str (interactive limits, ~50 ms).
QString hashStaffPin(const QString &pin);
bool verifyStaffPin(const QString &hash, const QString &pin);

} // namespace oppmote
