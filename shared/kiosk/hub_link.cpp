#include "kiosk/hub_link.h"

#include "kiosk/kiosk_controller.h"

namespace oppmote {

HubLink::HubLink(KioskController *controller, QObject *parent)
    : QObject(parent), m_controller(controller), m_client(controller->store())
{
    connect(&m_client, &sync::SyncClient::stateChanged, this, [this](sync::SyncClient::State state) {
        m_controller->setOnline(state == sync::SyncClient::State::Online);
    });
    connect(&m_client, &sync::SyncClient::paired, this, [this](const QString &secret) {
        m_controller->keepDeviceSecret(secret);
        m_running = settingsFromConfig().hubUrl.toString() + m_controller->config().deviceSecret;
    });
    connect(&m_client, &sync::SyncClient::refused, this, [this](const QString &reason) {
        if (reason == QLatin1String("revoked")) // SyncClient has logged why
            m_controller->wipeAfterRevocation();
    });
    connect(m_controller, &KioskController::modeChanged, this, &HubLink::start);
    connect(&m_client, &sync::SyncClient::rosterUpdated, m_controller, &KioskController::reloadRoster);
    // A check-in goes to the hub at once, not at the next poll.
    connect(m_controller->confirm(), &ConfirmController::changed, &m_client, &sync::SyncClient::poke);
}

sync::SyncSettings HubLink::settingsFromConfig() const
{
    const KioskConfig &config = m_controller->config();
    sync::SyncSettings settings;
    settings.hubUrl = QUrl(config.hubUrl);
    settings.fingerprint = config.hubFingerprint;
    settings.pairingToken = config.deviceToken;
    settings.secret = config.deviceSecret;
    settings.mode = config.mode.text();
    return settings;
}

void HubLink::start()
{
    if (!m_controller->config().paired() || m_controller->revoked())
        return;
    const sync::SyncSettings settings = settingsFromConfig();
    const QString key = settings.hubUrl.toString() + settings.secret + settings.pairingToken;
    if (key == m_running)
        return;
    m_running = key;
    m_client.stop();
    m_client.start(settings);
}

} // namespace oppmote
