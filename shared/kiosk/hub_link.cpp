#include "kiosk/hub_link.h"

#include "kiosk/device_session.h"

namespace oppmote {

HubLink::HubLink(DeviceSession *device, AsyncStore *store, QObject *parent)
    : QObject(parent), m_device(device), m_client(store)
{
    connect(&m_client, &sync::SyncClient::stateChanged, this, [this](sync::SyncClient::State state) {
        m_device->setOnline(state == sync::SyncClient::State::Online);
    });
    connect(&m_client, &sync::SyncClient::paired, this, [this](const QString &secret) {
        // First: the client that got the secret runs on, not restarted by the pairing change.
        m_running = settingsFromConfig().hubUrl.toString() + secret;
        m_device->keepDeviceSecret(secret);
    });
    connect(&m_client, &sync::SyncClient::refused, this, [this](const QString &reason) {
        if (reason == QLatin1String("revoked")) // SyncClient has logged why
            m_device->revoke();
    });
    connect(m_device, &DeviceSession::pairingChanged, this, &HubLink::start);
    connect(m_device, &DeviceSession::modeChanged, this, &HubLink::start);
}

sync::SyncSettings HubLink::settingsFromConfig() const
{
    const KioskConfig &config = m_device->config();
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
    if (!m_device->paired() || m_device->revoked())
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
