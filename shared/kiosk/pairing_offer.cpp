#include "kiosk/pairing_offer.h"

#include "codes/token.h"
#include "store/store.h"
#include "sync/device_secret.h"
#include "sync/hub_certificate.h"

namespace oppmote {

Result<PairingOffer> offerPairing(Store &hub, const PairingRequest &request)
{
    PairingCode pairing;
    pairing.hubUrl = request.hubUrl;
    pairing.printerQueue = request.printerQueue;
    pairing.badgeTemplate = request.badgeTemplate;
    pairing.mode = request.mode;
    pairing.token = Token::generate(); // one-time: the hub exchanges it for the device's secret
    const QString certPath = request.certificatePath.isEmpty() ? sync::defaultCertificatePath(hub.path())
                                                               : request.certificatePath;
    const QString keyPath = request.keyPath.isEmpty() ? sync::defaultKeyPath(hub.path()) : request.keyPath;
    auto certificate = sync::loadOrCreateHubCertificate(certPath, keyPath);
    if (!certificate.ok())
        return certificate.error();
    pairing.fingerprint = certificate->fingerprint();
    const QString text = pairingCodeText(pairing);
    // The device refuses what it cannot use: check before anyone prints it.
    if (auto parsed = parsePairingCode(text); !parsed.ok())
        return parsed.error();
    const QString granted = request.admin ? QStringLiteral("admin") : pairing.mode.text();
    if (auto s = hub.addPairingToken(sync::secretHash(pairing.token), granted); !s.ok())
        return s.error();
    return PairingOffer { text, pairing.token };
}

} // namespace oppmote
