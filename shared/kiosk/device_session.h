#pragma once
// This kiosk as a device: its settings and the file they are kept in
// (KioskConfig), pairing with a hub, whether it is connected, whether the
// organisers revoked it, its mode (the entrance or a session's door) and the
// language on screen. Pairing keeps the hub's secret in the settings file; a
// revocation is written to the settings file first and then wipes the
// store's personal data, again at every start (the last wipe may not have
// finished). No screens here: KioskController follows the signals, HubLink
// reports to it (../../docs/kiosk.md).

#include "domain/result.h"
#include "kiosk/kiosk_config.h"

#include <QObject>

namespace oppmote {

class AsyncStore;

class DeviceSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString deviceName READ deviceName CONSTANT)
    Q_PROPERTY(bool paired READ paired NOTIFY pairingChanged)
    Q_PROPERTY(bool online READ online NOTIFY onlineChanged)
    Q_PROPERTY(bool revoked READ revoked NOTIFY revokedChanged)
    Q_PROPERTY(bool sessionDoor READ sessionDoor NOTIFY modeChanged)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
public:
    // `configPath` empty: changes are kept in memory only. The store is the
    // kiosk's (not opened here); a revoked kiosk wipes it whenever it opens.
    DeviceSession(KioskConfig config, QString configPath, AsyncStore *store, QObject *parent = nullptr);

    const KioskConfig &config() const { return m_config; }
    QString configPath() const { return m_configPath; }
    AsyncStore *store() const { return m_store; }

    QString deviceName() const { return m_config.deviceName; }
    bool paired() const { return m_config.paired(); }
    bool online() const { return m_online; }
    bool revoked() const { return m_config.revoked; }
    bool sessionDoor() const { return !m_config.mode.isEntrance(); }
    QString language() const { return m_language; } // on screen now; config().language is the kiosk's own

    // A scanned pairing code: hub, one-time token, pinned certificate, mode and
    // printer go into the settings file. A kiosk already paired takes a new
    // code only when `staffUnlocked`; a revoked one takes none. The error's
    // message is for the screen.
    Status pair(const QString &pairingCodeText, bool staffUnlocked);
    // The hub exchanged the one-time token for this device's secret.
    void keepDeviceSecret(const QString &secret);
    void setOnline(bool online);
    void setMode(const KioskMode &mode);
    // The organisers revoked this kiosk: remembered in the settings (without
    // the secret), then the store's personal data are wiped.
    void revoke();

    Q_INVOKABLE void setLanguage(const QString &code);
    void resetLanguage() { setLanguage(m_config.language); } // the next person starts in the kiosk's language

Q_SIGNALS:
    void pairingChanged(); // hub, token or secret
    void modeChanged();
    void onlineChanged();
    void revokedChanged();
    void languageChanged();
    // The store's personal data are gone (after a revocation; or not: ok false, logged).
    void wiped(bool ok);

private:
    void wipeStore();
    void save();

    KioskConfig m_config;
    QString m_configPath;
    AsyncStore *m_store;
    QString m_language;
    bool m_online = false;
};

} // namespace oppmote
