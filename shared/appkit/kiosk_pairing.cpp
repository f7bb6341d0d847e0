#include "appkit/kiosk_pairing.h"

#include "kiosk/pairing_offer.h"

#include <QCoreApplication>

namespace oppmote {

KioskPairing::KioskPairing(AsyncStore *store, QString hubUrl, QObject *parent)
    : QObject(parent), m_store(store), m_hubUrl(std::move(hubUrl))
{ }

void KioskPairing::setHubUrl(const QString &url)
{
    if (url == m_hubUrl)
        return;
    m_hubUrl = url;
    Q_EMIT hubUrlChanged();
}

void KioskPairing::offer(const QString &mode, bool admin)
{
    if (!m_store || m_busy)
        return;
    const auto kioskMode = KioskMode::fromText(mode);
    if (!kioskMode) {
        m_error = QCoreApplication::translate("KioskPairing", "The mode is entrance or session:KEY.");
        Q_EMIT changed();
        return;
    }
    PairingRequest request;
    request.hubUrl = m_hubUrl.trimmed();
    request.mode = *kioskMode;
    request.admin = admin;
    m_busy = true;
    m_code.clear();
    m_error.clear();
    Q_EMIT changed();
    m_store->run<Result<PairingOffer>>([request](Store &store) { return offerPairing(store, request); }, this,
        [this](Result<PairingOffer> offer) {
            m_busy = false;
            if (offer.ok())
                m_code = offer->text;
            else
                m_error = offer.error().message;
            Q_EMIT changed();
        });
}

void KioskPairing::clear()
{
    m_code.clear();
    m_error.clear();
    Q_EMIT changed();
}

} // namespace oppmote
