#include "sync/hub_server.h"

#include "platform/logging.h"
#include "store/async_store.h"
#include "sync/device_secret.h"
#include "sync/sync_messages.h"
#include "sync/walk_in_messages.h"

#include <QJsonArray>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QWebSocket>

namespace oppmote::sync {

namespace {

constexpr int kHelloTimeoutMs = 5000; // a connection that never says who it is
constexpr int kUpgradeTimeoutMs = 5000; // TLS done, but no WebSocket upgrade request
constexpr int kAdoptIntervalMs = 2000;
// Until a device has said who it is, it may send only small messages (pair,
// hello): the limits apply to the frame header, before any payload is
// buffered, so an unauthenticated connection costs kilobytes.
constexpr quint64 kStrangerMessage = 16 * 1024;
constexpr quint64 kDeviceFrame = 1024 * 1024; // Qt sends 512 KiB frames
constexpr int kMaxStrangers = 512; // WebSockets that have not said hello yet

// A batch for a device: the events, and the walk-ins they name, without
// contact details (a kiosk needs the name, never the e-mail).
struct Batch {
    QList<CheckinEvent> events;
    QList<Attendee> walkIns;
    QList<Device> devices; // the names of the devices the events come from
    QString error;
};

Batch readBatch(Store &store, qint64 after)
{
    Batch batch;
    auto events = store.eventsAfter(after, kBatch);
    if (!events.ok()) {
        batch.error = events.error().message;
        return batch;
    }
    batch.events = events.value();
    QSet<QString> devices;
    for (const CheckinEvent &e : std::as_const(batch.events))
        if (!devices.contains(e.deviceId)) {
            devices.insert(e.deviceId);
            auto name = store.deviceName(e.deviceId);
            if (!name.ok()) {
                batch.error = name.error().message;
                return batch;
            }
            Device d;
            d.id = e.deviceId;
            d.name = name.value();
            batch.devices.append(d);
        }
    QSet<QString> seen;
    for (const CheckinEvent &e : std::as_const(batch.events)) {
        if (seen.contains(e.attendeeId))
            continue;
        seen.insert(e.attendeeId);
        auto a = store.attendee(e.attendeeId);
        if (a.ok() && a.value() && a.value()->type == AttendeeType::WalkIn) {
            Attendee w = *a.value();
            w.email.clear();
            w.phone.clear();
            batch.walkIns.append(w);
        }
    }
    return batch;
}

QString peerKey(const QHostAddress &address, quint16 port)
{
    return address.toString() + QLatin1Char('/') + QString::number(port);
}

} // namespace

HubServer::HubServer(AsyncStore *store, QObject *parent)
    : QObject(parent),
      m_store(store),
      m_server(QStringLiteral("Oppmøte hub"), QWebSocketServer::NonSecureMode)
{
    m_server.setMaxPendingConnections(std::numeric_limits<int>::max()); // taken at once in onNewConnection
    connect(&m_listener, &TlsListener::ready, this, [this](QSslSocket *socket) {
        // The listener gave up ownership; the WebSocket server takes it. Its own
        // handshake timeout does not cover sockets handed to it, so a client that
        // never finishes the upgrade request is closed here.
        // Until then it may hold 16 KiB (the listener's read-ahead) and at most
        // kMaxStrangers wait at once.
        if (m_upgrading.size() >= kMaxStrangers) {
            socket->abort();
            socket->deleteLater();
            return;
        }
        const QString peer = peerKey(socket->peerAddress(), socket->peerPort());
        m_upgrading.insert(peer, QPointer<QSslSocket>(socket));
        QTimer::singleShot(kUpgradeTimeoutMs, this, [this, peer] {
            if (QPointer<QSslSocket> waiting = m_upgrading.take(peer); waiting)
                waiting->abort();
        });
        m_server.handleConnection(socket);
    });
    connect(&m_server, &QWebSocketServer::newConnection, this, &HubServer::onNewConnection);
    m_adoptTimer.setInterval(kAdoptIntervalMs);
    connect(&m_adoptTimer, &QTimer::timeout, this, &HubServer::adoptLocalEvents);
}

void HubServer::adoptLocalEvents()
{
    // Also the revocations an organiser made with `oppmote devices --revoke`
    // while the device was connected: it is refused at once, not at its next hello.
    struct Sweep {
        int adopted = 0;
        QSet<QString> revoked;
        qint64 rosterVersion = 0;
        QString error; // the store failed: this sweep changes nothing, the next one tries again
    };
    m_store->run<Sweep>(
        [](Store &s) {
            Sweep sweep;
            auto adopted = s.adoptLocalEvents();
            auto version = s.rosterVersion();
            auto devices = s.devices();
            for (const Error *e : { adopted.ok() ? nullptr : &adopted.error(),
                     version.ok() ? nullptr : &version.error(), devices.ok() ? nullptr : &devices.error() })
                if (e && sweep.error.isEmpty())
                    sweep.error = e->message;
            if (!sweep.error.isEmpty())
                return sweep;
            sweep.adopted = adopted.value();
            sweep.rosterVersion = version.value();
            for (const Device &d : devices.value())
                if (d.revoked)
                    sweep.revoked.insert(d.id);
            return sweep;
        },
        this,
        [this](Sweep sweep) {
            if (!sweep.error.isEmpty()) {
                qCWarning(lcStore) << "hub sweep:" << sweep.error;
                Q_EMIT storeFailed(sweep.error);
                return;
            }
            const auto sockets = m_peers.keys();
            for (QWebSocket *socket : sockets)
                if (m_peers.contains(socket) && m_peers[socket].authenticated
                    && sweep.revoked.contains(m_peers[socket].deviceId))
                    refuse(
                        socket, QStringLiteral("revoked"), tr("This device was revoked by the organisers."));
            if (sweep.adopted > 0)
                pumpAll();
            // A re-import, a reissued code, a new allocation: tell every device.
            if (sweep.rosterVersion != m_rosterVersion) {
                const bool first = m_rosterVersion < 0;
                m_rosterVersion = sweep.rosterVersion;
                for (RosterCache &cache : m_rosters)
                    if (!cache.building)
                        cache = RosterCache {};
                if (!first)
                    for (auto it = m_peers.begin(); it != m_peers.end(); ++it)
                        if (it->authenticated)
                            send(it.key(), QStringLiteral("rosterVersion"),
                                { { QStringLiteral("version"), m_rosterVersion } });
            }
        });
}

HubServer::~HubServer()
{
    m_listener.close();
    m_server.close();
}

Status HubServer::listen(const HubCertificate &certificate, const QHostAddress &address, quint16 port)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate.certificate);
    tls.setPrivateKey(certificate.key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // devices prove themselves with their secret
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_listener.setTls(tls);
    if (!m_listener.listen(address, port))
        return makeError(ErrorCode::Io,
            tr("The hub cannot listen on %1:%2: %3")
                .arg(address.toString())
                .arg(port)
                .arg(m_listener.errorString()));
    // Connections end with the process that held them: none is open at the start.
    noteInStore([](Store &store) { return store.noteNoDeviceConnected(); });
    m_adoptTimer.start();
    adoptLocalEvents();
    return Ok {};
}

quint16 HubServer::port() const
{
    return m_listener.serverPort();
}

int HubServer::unauthenticatedConnections() const
{
    int n = 0;
    for (const Peer &p : m_peers)
        n += p.authenticated ? 0 : 1;
    return n;
}

int HubServer::connectedDevices() const
{
    int n = 0;
    for (const Peer &p : m_peers)
        n += p.authenticated ? 1 : 0;
    return n;
}

void HubServer::onNewConnection()
{
    while (QWebSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        // Upgraded: the frame and message limits below take over from the read-ahead.
        if (QPointer<QSslSocket> tls = m_upgrading.take(peerKey(socket->peerAddress(), socket->peerPort()));
            tls)
            tls->setReadBufferSize(0);
        socket->setMaxAllowedIncomingFrameSize(kStrangerMessage);
        socket->setMaxAllowedIncomingMessageSize(kStrangerMessage);
        if (unauthenticatedConnections() >= kMaxStrangers) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        Peer peer;
        peer.socket = socket;
        m_peers.insert(socket, peer);
        connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &text) { onMessage(socket, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket](const QByteArray &) {
            refuse(socket, QStringLiteral("bad-message"), tr("The hub speaks JSON text messages only."));
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            forget(socket);
            socket->deleteLater();
        });
        armHelloDeadline(socket);
    }
}

void HubServer::armHelloDeadline(QWebSocket *socket)
{
    QPointer<QWebSocket> guard(socket);
    QTimer::singleShot(kHelloTimeoutMs, this, [this, guard] {
        if (!guard || !m_peers.contains(guard) || m_peers[guard].authenticated)
            return;
        if (m_peers[guard].checking) // its hello is being checked: give it the time
            return armHelloDeadline(guard);
        refuse(guard, QStringLiteral("timeout"), tr("The device did not say who it is."));
    });
}

void HubServer::send(QWebSocket *socket, const QString &type, const QJsonObject &body)
{
    socket->sendTextMessage(messageText(type, body));
}

void HubServer::refuse(QWebSocket *socket, const QString &reason, const QString &message)
{
    qCInfo(lcSync) << "refused a connection:" << reason;
    Q_EMIT deviceRefused(reason);
    send(socket, QStringLiteral("refused"),
        { { QStringLiteral("reason"), reason }, { QStringLiteral("message"), message } });
    socket->flush();
    forget(socket);
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated, reason);
}

void HubServer::onMessage(QWebSocket *socket, const QString &text)
{
    auto it = m_peers.find(socket);
    if (it == m_peers.end())
        return;
    auto message = parseMessage(text);
    if (!message.ok())
        return refuse(socket, QStringLiteral("bad-message"), message.error().message);
    Peer &peer = it.value();
    const QString &type = message->type;
    // One pair or hello at a time: a stranger cannot queue work on the store thread.
    if (!peer.authenticated && peer.checking)
        return refuse(socket, QStringLiteral("bad-message"), tr("One request at a time, please."));
    if (!peer.authenticated && type == QLatin1String("pair"))
        return onPair(peer, message->body);
    if (!peer.authenticated && type == QLatin1String("hello"))
        return onHello(peer, message->body);
    if (peer.authenticated && type == QLatin1String("push"))
        return onPush(peer, message->body);
    if (peer.authenticated && type == QLatin1String("rosterRequest"))
        return onRosterRequest(peer);
    if (peer.authenticated && type == QLatin1String("status"))
        return onStatus(peer, message->body);
    refuse(socket, QStringLiteral("bad-message"), tr("The hub did not expect «%1» now.").arg(type));
}

void HubServer::forget(QWebSocket *socket)
{
    const auto it = m_peers.constFind(socket);
    if (it == m_peers.cend())
        return;
    const QString deviceId = it->authenticated ? it->deviceId : QString();
    m_peers.erase(it);
    if (deviceId.isEmpty())
        return;
    // A device that came back on a new connection before the old one closed stays connected.
    for (const Peer &p : std::as_const(m_peers))
        if (p.authenticated && p.deviceId == deviceId)
            return;
    noteInStore([deviceId](Store &store) { return store.noteDeviceConnected(deviceId, false); });
}

void HubServer::noteInStore(std::function<Status(Store &)> note)
{
    m_store->run<Status>(std::move(note), this, [this](Status s) {
        if (!s.ok())
            Q_EMIT storeFailed(s.error().message);
    });
}

void HubServer::onStatus(Peer &peer, const QJsonObject &body)
{
    // Only what the desk shows: a status that makes no sense is dropped, and the
    // device goes on syncing its check-ins.
    auto status = statusFromJson(body);
    if (!status.ok()) {
        qCWarning(lcSync) << "ignored a status from" << peer.deviceId << ":" << status.error().message;
        return;
    }
    noteInStore([deviceId = peer.deviceId, status = status.value(), clockOffset = clockOffsetOf(body)](
                    Store &store) { return store.noteDeviceStatus(deviceId, status, clockOffset); });
}

void HubServer::onPair(Peer &peer, const QJsonObject &body)
{
    const QJsonObject device = body.value(QLatin1String("device")).toObject();
    Device d;
    d.id = device.value(QLatin1String("id")).toString();
    d.name = device.value(QLatin1String("name")).toString().left(80);
    d.mode = device.value(QLatin1String("mode")).toString().left(120);
    const QString token = body.value(QLatin1String("token")).toString();
    if (d.id.isEmpty() || d.id.size() > 64 || token.isEmpty())
        return refuse(
            peer.socket, QStringLiteral("pairing"), tr("A pairing request needs a token and a device."));
    const QString secret = makeDeviceSecret();
    QPointer<QWebSocket> socket(peer.socket);
    peer.checking = true;
    m_store->run<Status>(
        [d, token, secret](
            Store &store) { return store.pairDevice(secretHash(token), d, secretHash(secret)); },
        this,
        [this, socket, secret, d](Status s) {
            if (!socket || !m_peers.contains(socket))
                return;
            m_peers[socket].checking = false;
            if (!s.ok())
                return refuse(socket, QStringLiteral("pairing"), s.error().message);
            send(socket, QStringLiteral("paired"),
                { { QStringLiteral("device"), d.id }, { QStringLiteral("secret"), secret } });
        });
}

void HubServer::onHello(Peer &peer, const QJsonObject &body)
{
    const QString deviceId = body.value(QLatin1String("device")).toString();
    const QString secret = body.value(QLatin1String("secret")).toString();
    const qint64 cursor = body.value(QLatin1String("cursor")).toInteger(0);
    if (body.value(QLatin1String("v")).toInt() != kProtocolVersion)
        return refuse(peer.socket, QStringLiteral("version"),
            tr("This device speaks another version of the hub protocol: update Oppmøte on it."));
    struct Hello {
        Result<Store::DeviceCheck> check = Store::DeviceCheck::Unknown;
        QList<Device> devices;
        qint64 hubSeq = 0;
        qint64 rosterVersion = 0;
        qint64 deviceSeq = 0; // the highest number the hub has from this device
    };
    QPointer<QWebSocket> socket(peer.socket);
    peer.checking = true;
    m_store->run<Hello>(
        [deviceId, secret, clockOffset = clockOffsetOf(body)](Store &store) {
            Hello h;
            h.check = store.checkDevice(deviceId, secretHash(secret));
            if (!h.check.ok() || h.check.value() != Store::DeviceCheck::Known)
                return h;
            // A welcome from a store that failed would send the device wrong
            // numbers: the device is refused (and tries again) instead.
            auto touched = store.touchDevice(deviceId, clockOffset);
            auto devices = store.devices();
            auto hubSeq = store.lastHubSeq();
            auto version = store.rosterVersion();
            auto deviceSeq = store.lastDeviceSeq(deviceId);
            for (const Error *e :
                { touched.ok() ? nullptr : &touched.error(), devices.ok() ? nullptr : &devices.error(),
                    hubSeq.ok() ? nullptr : &hubSeq.error(), version.ok() ? nullptr : &version.error(),
                    deviceSeq.ok() ? nullptr : &deviceSeq.error() })
                if (e) {
                    h.check = *e;
                    return h;
                }
            h.devices = devices.value();
            h.hubSeq = hubSeq.value();
            h.rosterVersion = version.value();
            h.deviceSeq = deviceSeq.value();
            return h;
        },
        this,
        [this, socket, deviceId, cursor](Hello h) {
            if (!socket || !m_peers.contains(socket))
                return;
            m_peers[socket].checking = false;
            if (!h.check.ok())
                return refuse(socket, QStringLiteral("error"), h.check.error().message);
            switch (h.check.value()) {
            case Store::DeviceCheck::Revoked:
                return refuse(
                    socket, QStringLiteral("revoked"), tr("This device was revoked by the organisers."));
            case Store::DeviceCheck::Unknown:
                return refuse(
                    socket, QStringLiteral("unknown"), tr("This device is not paired with the hub."));
            case Store::DeviceCheck::WrongSecret:
                return refuse(socket, QStringLiteral("secret"), tr("This device's secret is wrong."));
            case Store::DeviceCheck::Known:
                break;
            }
            Peer &known = m_peers[socket];
            known.authenticated = true;
            socket->setMaxAllowedIncomingFrameSize(kDeviceFrame);
            socket->setMaxAllowedIncomingMessageSize(quint64(kMaxHubMessage));
            known.deviceId = deviceId;
            known.sentUpTo = std::max<qint64>(0, cursor);
            // Noted here, after the peer counts as connected, so that the end of an older
            // connection, noted in order on the store's thread, cannot undo it.
            noteInStore([deviceId](Store &store) { return store.noteDeviceConnected(deviceId, true); });
            QJsonArray devices;
            QString name;
            for (const Device &d : std::as_const(h.devices)) {
                devices.append(deviceToJson(d));
                if (d.id == deviceId) {
                    name = d.name;
                    known.mode = d.mode;
                }
            }
            send(socket, QStringLiteral("welcome"),
                { { QStringLiteral("hubSeq"), h.hubSeq }, { QStringLiteral("devices"), devices },
                    { QStringLiteral("rosterVersion"), h.rosterVersion },
                    { QStringLiteral("deviceSeq"), h.deviceSeq } });
            Q_EMIT deviceConnected(deviceId, name);
            pump(socket);
        });
}

void HubServer::onPush(Peer &peer, const QJsonObject &body)
{
    auto events = eventsFrom(body);
    if (!events.ok())
        return refuse(peer.socket, QStringLiteral("bad-message"), events.error().message);
    auto walkIns = registrationsFrom(body);
    if (!walkIns.ok())
        return refuse(peer.socket, QStringLiteral("bad-message"), walkIns.error().message);
    for (const CheckinEvent &e : std::as_const(events.value()))
        if (e.deviceId != peer.deviceId)
            return refuse(
                peer.socket, QStringLiteral("bad-message"), tr("A device may push only its own events."));
    QPointer<QWebSocket> socket(peer.socket);
    // The answers, and the highest number the hub has from the device (so a restored
    // device knows where to go on from), in one store job.
    struct Pushed {
        Result<QList<EventAcceptance>> answers = QList<EventAcceptance> {};
        QList<WalkInAnswer> walkIns = {};
        qint64 deviceSeq = 0;
    };
    m_store->run<Pushed>(
        [events = events.value(), walkIns = walkIns.value(), deviceId = peer.deviceId,
            clockOffset = clockOffsetOf(body)](Store &store) {
            Pushed out;
            // Measured before the events are judged: their times are judged corrected.
            if (clockOffset)
                if (auto s = store.touchDevice(deviceId, clockOffset); !s.ok()) {
                    out.answers = s.error();
                    return out;
                }
            // Walk-ins first: an event names its walk-in, and a rejected one's are put aside.
            if (!walkIns.isEmpty()) {
                auto taken = store.receiveWalkIns(deviceId, walkIns);
                if (!taken.ok()) {
                    out.answers = taken.error();
                    return out;
                }
                out.walkIns = taken.value();
            }
            out.answers = store.acceptEvents(events);
            if (!out.answers.ok())
                return out;
            auto deviceSeq = store.lastDeviceSeq(deviceId);
            if (!deviceSeq.ok())
                out.answers = deviceSeq.error();
            else
                out.deviceSeq = deviceSeq.value();
            return out;
        },
        this,
        [this, socket, ids = events.value()](Pushed pushed) {
            const auto &answers = pushed.answers;
            if (!answers.ok()) {
                if (socket && m_peers.contains(socket))
                    refuse(socket, QStringLiteral("error"), answers.error().message);
                return;
            }
            // [id, hub_seq] for an event in the order; [id, 0, reason] for one put aside
            // (the device keeps it and shows why) or numbered anew by a restored device.
            QJsonArray acks;
            int accepted = 0;
            for (qsizetype i = 0; i < ids.size(); ++i) {
                const EventAcceptance &a = answers.value()[i];
                if (a.refusal.isEmpty()) {
                    acks.append(QJsonArray { ids[i].id, a.hubSeq });
                    ++accepted;
                } else {
                    acks.append(QJsonArray { ids[i].id, 0, a.refusal });
                }
            }
            if (socket && m_peers.contains(socket))
                send(socket, QStringLiteral("ack"),
                    { { QStringLiteral("seqs"), acks }, { QStringLiteral("deviceSeq"), pushed.deviceSeq },
                        { QStringLiteral("walkIns"), walkInAnswersToJson(pushed.walkIns) } });
            Q_EMIT eventsAccepted(accepted);
            pumpAll();
            if (!pushed.walkIns.isEmpty())
                adoptLocalEvents(); // the roster's new version goes out now, not at the next sweep
        });
}

void HubServer::onRosterRequest(Peer &peer)
{
    // A device asks when the hub announces a new version, or when it has none.
    // Asking again while one is on its way, or for the version already sent,
    // costs the hub one small query: a flood of requests builds nothing and sends
    // no snapshot. The version is read from the store, not from the last
    // announcement, so a change made a moment ago is never answered with the old roster.
    if (peer.rosterWanted) {
        peer.rosterAgain = true; // answered once this one is out: one more at most
        return;
    }
    peer.rosterWanted = true;
    peer.rosterWantedVersion = -1; // known once the store has said
    QPointer<QWebSocket> socket(peer.socket);
    m_store->run<Result<qint64>>([](Store &store) { return store.rosterVersion(); }, this,
        [this, socket](Result<qint64> read) {
            if (!socket || !m_peers.contains(socket))
                return;
            if (!read.ok()) // the device asks again after its reconnect
                return refuse(socket, QStringLiteral("error"), read.error().message);
            const qint64 version = read.value();
            Peer &p = m_peers[socket];
            p.rosterWantedVersion = version;
            const bool contacts = p.mode == QLatin1String("admin");
            const RosterCache &cache = m_rosters[contacts ? 1 : 0];
            if (p.rosterSent == version) {
                p.rosterWanted = false;
                send(socket, QStringLiteral("rosterVersion"), { { QStringLiteral("version"), version } });
                answerRosterAgain(socket);
            } else if (!cache.message.isEmpty() && cache.version >= version) {
                sendRoster(socket);
            } else {
                buildRoster(contacts);
            }
        });
}

void HubServer::buildRoster(bool contacts)
{
    RosterCache &cache = m_rosters[contacts ? 1 : 0];
    if (cache.building)
        return; // the devices that asked get it when it is done
    cache.building = true;
    struct Built {
        Result<QJsonObject> snapshot = QJsonObject {};
        qint64 version = 0;
    };
    m_store->run<Built>(
        [contacts](Store &store) {
            Built b;
            auto version = store.rosterVersion();
            if (!version.ok()) {
                b.snapshot = version.error();
                return b;
            }
            b.version = version.value();
            b.snapshot = store.rosterSnapshot(contacts);
            return b;
        },
        this,
        [this, contacts](Built built) {
            RosterCache &done = m_rosters[contacts ? 1 : 0];
            done.building = false;
            const auto waiting = m_peers.keys();
            if (!built.snapshot.ok()) {
                for (QWebSocket *socket : waiting)
                    if (m_peers.contains(socket) && m_peers[socket].rosterWanted
                        && (m_peers[socket].mode == QLatin1String("admin")) == contacts)
                        refuse(socket, QStringLiteral("error"), built.snapshot.error().message);
                return;
            }
            done.version = built.version;
            done.message = messageText(
                QStringLiteral("roster"), { { QStringLiteral("snapshot"), built.snapshot.value() } });
            // Who asked for a newer version than this build read waits for the next one.
            bool again = false;
            for (QWebSocket *socket : waiting) {
                if (!m_peers.contains(socket) || !m_peers[socket].rosterWanted
                    || m_peers[socket].rosterWantedVersion < 0
                    || (m_peers[socket].mode == QLatin1String("admin")) != contacts)
                    continue;
                if (m_peers[socket].rosterWantedVersion <= built.version)
                    sendRoster(socket);
                else
                    again = true;
            }
            if (again)
                buildRoster(contacts);
        });
}

void HubServer::sendRoster(QWebSocket *socket)
{
    Peer &peer = m_peers[socket];
    const RosterCache &cache = m_rosters[peer.mode == QLatin1String("admin") ? 1 : 0];
    peer.rosterWanted = false;
    peer.rosterSent = cache.version;
    socket->sendTextMessage(cache.message);
    answerRosterAgain(socket);
}

void HubServer::answerRosterAgain(QWebSocket *socket)
{
    Peer &peer = m_peers[socket];
    if (!peer.rosterAgain)
        return;
    peer.rosterAgain = false;
    onRosterRequest(peer);
}

void HubServer::pumpAll()
{
    for (auto it = m_peers.begin(); it != m_peers.end(); ++it)
        if (it->authenticated)
            pump(it.key());
}

void HubServer::pump(QWebSocket *socket)
{
    Peer &peer = m_peers[socket];
    if (peer.pumping) {
        peer.again = true;
        return;
    }
    peer.pumping = true;
    peer.again = false;
    QPointer<QWebSocket> guard(socket);
    const qint64 after = peer.sentUpTo;
    m_store->run<Batch>([after](Store &store) { return readBatch(store, after); }, this,
        [this, guard](Batch batch) {
            if (!guard || !m_peers.contains(guard))
                return;
            Peer &p = m_peers[guard];
            p.pumping = false;
            if (!batch.error.isEmpty())
                return refuse(guard, QStringLiteral("error"), batch.error);
            if (!batch.events.isEmpty()) {
                const qint64 upTo = *batch.events.constLast().hubSeq;
                // Why something was done by hand is about a person: for organisers' devices only.
                if (p.mode != QLatin1String("admin"))
                    for (CheckinEvent &e : batch.events)
                        e.note.clear();
                QJsonObject body = eventsBody(batch.events, batch.walkIns);
                QJsonArray devices;
                for (const Device &d : std::as_const(batch.devices))
                    devices.append(deviceToJson(d));
                body.insert(QStringLiteral("devices"), devices);
                body.insert(QStringLiteral("upTo"), upTo);
                send(guard, QStringLiteral("events"), body);
                p.sentUpTo = upTo;
            }
            if (p.again || batch.events.size() == kBatch)
                pump(guard);
        });
}

} // namespace oppmote::sync
