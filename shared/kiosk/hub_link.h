#pragma once
// Connects a kiosk to its hub: runs the sync client with the device's
// settings (DeviceSession), reports online/offline to it, hands it the
// secret pairing gave, restarts after a new pairing, and tells it when the
// hub says the kiosk was revoked (the device session wipes the kiosk).

#include "sync/sync_client.h"

#include <QObject>

namespace oppmote {

class AsyncStore;
class DeviceSession;

class HubLink : public QObject
{
    Q_OBJECT
public:
    // Both built by the app and outliving the link.
    HubLink(DeviceSession *device, AsyncStore *store, QObject *parent = nullptr);

    // Starts syncing when the kiosk is paired; again whenever pairing changes.
    void start();
    sync::SyncClient *client() { return &m_client; }

private:
    sync::SyncSettings settingsFromConfig() const;

    DeviceSession *m_device;
    sync::SyncClient m_client;
    QString m_running; // the settings the client runs with, to notice a new pairing
};

} // namespace oppmote
