#pragma once
// A device's side of the hub (kiosk, `oppmote sync`): connects over TLS,
// pins the hub's certificate, pairs once with the one-time token, then
// pushes its outbox and applies everyone's events from its cursor on. When
// the network is gone it keeps trying with a back-off; the device keeps
// working on its own store meanwhile. docs/sync.md.

#include "sync/sync_messages.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace oppmote {
class AsyncStore;
}

namespace oppmote::sync {

struct SyncSettings {
    QUrl hubUrl; // wss://host:port
    QString fingerprint; // hex SHA-256 of the hub's certificate; empty = trust the system's CAs
    QString pairingToken; // one-time, used while there is no secret
    QString secret; // from pairing
    QString mode; // what the device does: "entrance", "session:KEY", "admin"
};

class SyncClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Offline, Connecting, Online, Refused };
    Q_ENUM(State)

    explicit SyncClient(AsyncStore *store, QObject *parent = nullptr);
    ~SyncClient() override;

    void start(const SyncSettings &settings);
    void stop();
    // Local events were written: push them now rather than at the next poll.
    void poke();
    // This device's badge printer as the hub should know it (the CUPS queue,
    // printerProblemKey(), badges waiting): sent with the unsent count in a
    // `status` when it changes, at every welcome and every 30 s while online.
    void setPrinterStatus(const QString &printer, const QString &problemKey, int queue);

    State state() const { return m_state; }
    bool online() const { return m_state == State::Online; }
    int unsent() const { return m_unsent; }
    qint64 cursor() const { return m_cursor; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void stateChanged(oppmote::sync::SyncClient::State state);
    void paired(const QString &secret); // keep it: the token worked once
    // The hub will not talk to this device (revoked, unknown, wrong secret,
    // a used pairing code). No retries follow.
    void refused(const QString &reason, const QString &message);
    void unsentChanged(int count);
    void eventsReceived(int added);
    // The hub's roster (programme, attendees, allocations, codes) replaced this
    // device's: a kiosk reloads its roster in memory.
    void rosterUpdated();
    // Nothing left to push, and everything the hub had at hello is here.
    void caughtUp();
    // The server at the hub's address showed another certificate than the pinned one.
    void wrongHub(const QString &message);

private:
    void connectToHub();
    void scheduleReconnect();
    void onWrongHub();
    void setState(State state);
    void onConnected();
    void onDisconnected();
    void onMessage(const QString &text);
    void handle(const Result<Message> &message);
    void onRefused(const QJsonObject &body);
    void onWelcome(const QJsonObject &body);
    void onAck(const QJsonObject &body);
    void onEvents(const QJsonObject &body);
    void checkRoster(qint64 hubVersion);
    void onRoster(const QJsonObject &body);
    QList<Device> hubDevices(const QJsonObject &body) const;
    void sendHello();
    void pushOutbox();
    void checkCaughtUp();
    void resync();
    void send(const QString &type, const QJsonObject &body);
    void sendStatus(bool always); // else only when it changed since the last one sent

    AsyncStore *m_store;
    SyncSettings m_settings;
    QString m_deviceId, m_deviceName;
    QPointer<QWebSocket> m_socket;
    State m_state = State::Offline;
    bool m_running = false;
    bool m_pushing = false;
    bool m_pushAgain = false; // a poke came while the outbox was being read
    bool m_outboxEmpty = false;
    int m_unsent = 0;
    qint64 m_cursor = 0;
    qint64 m_hubSeqAtHello = 0;
    bool m_rosterPending = false; // asked for the roster, not applied yet
    int m_backoffMs = 0;
    QString m_lastError;
    QTimer m_reconnect;
    QTimer m_poll;
    QTimer m_heartbeat;
    DeviceStatus m_status, m_statusSent;
};

} // namespace oppmote::sync
