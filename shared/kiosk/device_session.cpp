#include "kiosk/device_session.h"

#include "i18n/translations.h"
#include "platform/logging.h"
#include "store/async_store.h"

#include <QCoreApplication>

namespace oppmote {

DeviceSession::DeviceSession(KioskConfig config, QString configPath, AsyncStore *store, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_configPath(std::move(configPath)), m_store(store)
{
    m_language = languageCode(languageFromCode(m_config.language));
    QLocale::setDefault(localeFor(languageFromCode(m_language)));
    connect(m_store, &AsyncStore::opened, this, [this](bool ok) {
        if (ok && revoked())
            wipeStore(); // again: the last wipe may not have finished
    });
}

Status DeviceSession::pair(const QString &pairingCodeText, bool staffUnlocked)
{
    if (revoked())
        return makeError(
            ErrorCode::Conflict, tr("This kiosk is out of service. Please check in at the desk."));
    if (paired() && !staffUnlocked)
        return makeError(ErrorCode::Conflict,
            tr("This kiosk is already set up. Staff can pair it again from staff mode."));
    auto code = parsePairingCode(pairingCodeText);
    if (!code.ok())
        return code.error();
    const QString modeBefore = m_config.mode.text();
    applyPairing(m_config, code.value());
    save();
    Q_EMIT pairingChanged();
    if (m_config.mode.text() != modeBefore)
        Q_EMIT modeChanged();
    return Ok {};
}

void DeviceSession::keepDeviceSecret(const QString &secret)
{
    if (revoked())
        return;
    m_config.deviceSecret = secret;
    m_config.deviceToken.clear(); // spent
    save();
    Q_EMIT pairingChanged();
}

void DeviceSession::setOnline(bool online)
{
    online = online && !revoked();
    if (m_online == online)
        return;
    m_online = online;
    Q_EMIT onlineChanged();
}

void DeviceSession::setMode(const KioskMode &mode)
{
    if (mode.text() == m_config.mode.text())
        return;
    m_config.mode = mode;
    save();
    Q_EMIT modeChanged();
}

void DeviceSession::revoke()
{
    if (revoked())
        return;
    // Remembered first: if the power goes before the wipe is done, the next start wipes again.
    m_config.revoked = true;
    m_config.deviceSecret.clear();
    m_config.deviceToken.clear();
    save();
    wipeStore();
    setOnline(false); // and never again: setOnline refuses "online" once revoked
    Q_EMIT revokedChanged();
    Q_EMIT pairingChanged();
}

void DeviceSession::setLanguage(const QString &code)
{
    const QString normalised = languageCode(languageFromCode(code));
    if (normalised == m_language)
        return;
    m_language = normalised;
    QLocale::setDefault(localeFor(languageFromCode(normalised)));
    if (auto *app = QCoreApplication::instance())
        installTranslations(*app, languageFromCode(normalised));
    Q_EMIT languageChanged(); // the app calls QQmlEngine::retranslate()
}

void DeviceSession::wipeStore()
{
    m_store->run<Status>([](Store &store) { return store.wipeRevokedDevice(); }, this,
        [this](Status s) {
            if (!s.ok())
                qCCritical(lcStore) << "could not wipe the personal data after revocation:"
                                    << s.error().message;
            Q_EMIT wiped(s.ok());
        });
}

void DeviceSession::save()
{
    if (!m_configPath.isEmpty())
        if (auto s = m_config.write(m_configPath); !s.ok())
            qCWarning(lcStore) << "kiosk settings:" << s.error().message;
}

} // namespace oppmote
