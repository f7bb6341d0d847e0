#pragma once
// The hub: the shared attendance store as a service (`oppmote hub`). Devices
// connect over a TLS WebSocket, prove who they are with their secret (or pair
// with a one-time token), push their events and receive everyone's, in hub
// order, from their own cursor on. A new event is sent to every connected
// device at once. docs/sync.md.

#include "domain/result.h"
#include "sync/hub_certificate.h"
#include "sync/tls_listener.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QWebSocketServer>

#include <functional>

class QSslSocket;
class QWebSocket;

namespace oppmote {
class AsyncStore;
class Store;
} // namespace oppmote

namespace oppmote::sync {

class HubServer : public QObject
{
    Q_OBJECT
public:
    explicit HubServer(AsyncStore *store, QObject *parent = nullptr);
    ~HubServer() override;

    // Port 0 picks a free port (tests); port() tells which.
    Status listen(const HubCertificate &certificate, const QHostAddress &address, quint16 port);
    quint16 port() const;
    int connectedDevices() const;
    int unauthenticatedConnections() const;

Q_SIGNALS:
    void deviceConnected(const QString &deviceId, const QString &name);
    void deviceRefused(const QString &reason);
    void eventsAccepted(int count);
    void storeFailed(const QString &message); // the hub's database failed (a full disk …)

private:
    struct Peer {
        QWebSocket *socket = nullptr;
        QString deviceId;
        QString mode; // "admin" devices get contact details with the roster
        bool authenticated = false;
        qint64 sentUpTo = 0; // the device has every event up to this hub_seq
        bool pumping = false; // a read for this device is on the store thread
        bool again = false; // more arrived while pumping
        bool checking = false; // a pair or hello is on the store thread: one at a time
        bool rosterWanted = false; // asked for the roster; it is being built or sent
        bool rosterAgain = false; // asked again meanwhile: answered after this one
        qint64 rosterWantedVersion = -1; // the store's version when it asked
        qint64 rosterSent = -1; // the roster version this connection has been sent
    };
    // The roster is built once per version and kind (with or without contact
    // details) and the same message sent to every device that asks.
    struct RosterCache {
        qint64 version = -1;
        QString message;
        bool building = false;
    };

    void onNewConnection();
    void onMessage(QWebSocket *socket, const QString &text);
    void onPair(Peer &peer, const QJsonObject &body);
    void onHello(Peer &peer, const QJsonObject &body);
    void onPush(Peer &peer, const QJsonObject &body);
    void onRosterRequest(Peer &peer);
    void onStatus(Peer &peer, const QJsonObject &body);
    // The peer is gone (closed or refused); its device is no longer connected
    // unless it has another connection.
    void forget(QWebSocket *socket);
    // A note about the devices on the store's thread; a failure is reported.
    void noteInStore(std::function<Status(Store &)> note);
    void buildRoster(bool contacts);
    void sendRoster(QWebSocket *socket);
    void answerRosterAgain(QWebSocket *socket);
    void armHelloDeadline(QWebSocket *socket);
    void pump(QWebSocket *socket);
    void pumpAll();
    void adoptLocalEvents();
    void refuse(QWebSocket *socket, const QString &reason, const QString &message);
    void send(QWebSocket *socket, const QString &type, const QJsonObject &body);

    AsyncStore *m_store;
    TlsListener m_listener; // TCP and TLS with deadlines; then the WebSocket upgrade in m_server
    QWebSocketServer m_server;
    RosterCache m_rosters[2]; // [0] kiosks (no contact details), [1] admin devices
    // TLS sockets waiting for their WebSocket upgrade, by "address/port".
    QHash<QString, QPointer<QSslSocket>> m_upgrading;
    QHash<QWebSocket *, Peer> m_peers;
    QTimer m_adoptTimer; // events written on the hub's own database join the order
    qint64 m_rosterVersion = -1; // last announced
};

} // namespace oppmote::sync
