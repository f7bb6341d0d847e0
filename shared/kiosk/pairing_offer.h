#pragma once
// Offering a new device a place at the hub: a one-time token registered in
// the hub's store (kept only as its hash) and the pairing code the device
// scans: the hub's address, the token, the mode, the printer and the hub
// certificate's fingerprint (pinned by the device). The certificate is made
// if the hub has not started yet; the hub uses the same files. For every
// front end: `oppmote pair`, the desk app's Kiosks page.

#include "domain/result.h"
#include "kiosk/kiosk_config.h"

#include <QString>

namespace oppmote {

class Store;

struct PairingRequest {
    QString hubUrl; // wss://host:port
    KioskMode mode; // the entrance or a session's door
    QString printerQueue = {}; // the kiosk's badge printer (CUPS queue)
    QString badgeTemplate = {}; // what is in it: a built-in template's name; empty = the kiosk's own
    bool admin = false; // an organiser's laptop: gets contact details with the roster
    QString certificatePath = {}; // empty: beside the hub's database
    QString keyPath = {};
};

struct PairingOffer {
    QString text; // the code as text (what the QR code holds)
    QString token; // the one-time token in it
};

// `hub` is the hub's store (its path locates the certificate by default).
// InvalidInput when the code would not be accepted by a kiosk (no address …).
Result<PairingOffer> offerPairing(Store &hub, const PairingRequest &request);

} // namespace oppmote
