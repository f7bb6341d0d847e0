#pragma once
// Connects a kiosk to its hub: runs the sync client with the kiosk's
// settings, shows online/offline, keeps the secret pairing gave, restarts
// after a new pairing, and wipes the kiosk when the hub says it was revoked.

#include "sync/sync_client.h"

#include <QObject>

namespace oppmote {

class KioskController;

class HubLink : public QObject
{
    Q_OBJECT
public:
    explicit HubLink(KioskController *controller, QObject *parent = nullptr);

    // Starts syncing when the kiosk is paired; again whenever pairing changes.
    void start();
    sync::SyncClient *client() { return &m_client; }

private:
    sync::SyncSettings settingsFromConfig() const;

    KioskController *m_controller;
    sync::SyncClient m_client;
    QString m_running; // the settings the client runs with, to notice a new pairing
};

} // namespace oppmote
