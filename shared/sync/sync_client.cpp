#include "sync/sync_client.h"

#include "platform/logging.h"
#include "store/async_store.h"
#include "sync/hub_certificate.h"
#include "sync/walk_in_messages.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QSslConfiguration>
#include <QWebSocket>
#include <QtConcurrent/QtConcurrentRun>

namespace oppmote::sync {

namespace {

constexpr int kFirstBackoffMs = 1000;
constexpr int kMaxBackoffMs = 15000;
constexpr int kPollMs = 3000; // the outbox is looked at this often even without a poke
// The status goes when it changes and this often besides: the hub's sign that
// a quiet device is still there (the desk's "online").
constexpr int kStatusMs = 30 * 1000;
constexpr qsizetype kParseOffThreadChars = 256 * 1024;

struct Outgoing {
    QList<CheckinEvent> events;
    QList<WalkIn> walkIns; // registered, approved or rejected here, not acknowledged
    int unsent = 0;
    QString error; // the outbox could not be read: nothing is "caught up"
};

bool permanent(const QString &reason)
{
    return reason == QLatin1String("revoked") || reason == QLatin1String("unknown")
        || reason == QLatin1String("secret") || reason == QLatin1String("pairing")
        || reason == QLatin1String("version") || reason == QLatin1String("certificate");
}

} // namespace

SyncClient::SyncClient(AsyncStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &SyncClient::connectToHub);
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &SyncClient::poke);
    m_heartbeat.setInterval(kStatusMs);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] { sendStatus(true); });
    // Whatever this device writes for the hub (a check-in, an undo, a badge print, a
    // walk-in registered or decided) goes at once; what it takes from the hub does not poke.
    connect(m_store, &AsyncStore::outboxWritten, this, &SyncClient::poke);
}

SyncClient::~SyncClient()
{
    stop();
}

void SyncClient::start(const SyncSettings &settings)
{
    m_settings = settings;
    m_running = true;
    m_backoffMs = 0;
    m_lastError.clear();
    if (m_state == State::Refused)
        setState(State::Offline); // new settings (a new pairing) deserve a new try
    m_store->run<std::pair<Device, Result<qint64>>>(
        [](Store &s) {
            return std::pair { s.localDevice(), s.syncCursor() };
        },
        this,
        [this](std::pair<Device, Result<qint64>> local) {
            m_deviceId = local.first.id;
            m_deviceName = local.first.name;
            if (!local.second.ok()) { // this device's database failed: say so, try again later
                m_lastError = local.second.error().message;
                setState(State::Offline);
                return scheduleReconnect();
            }
            m_cursor = local.second.value();
            connectToHub();
        });
}

void SyncClient::stop()
{
    m_running = false;
    m_pushing = false;
    m_rosterPending = false;
    m_outboxEmpty = false;
    m_reconnect.stop();
    m_poll.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
        m_socket->deleteLater();
    }
    if (m_state != State::Refused)
        setState(State::Offline);
}

void SyncClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (state != State::Online)
        m_heartbeat.stop();
    qCInfo(lcSync) << "hub link:" << int(state) << m_lastError;
    Q_EMIT stateChanged(state);
}

void SyncClient::connectToHub()
{
    if (!m_running || m_state == State::Refused)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(quint64(kMaxDeviceMessage));
    connect(m_socket, &QWebSocket::connected, this, &SyncClient::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &SyncClient::onDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &SyncClient::onMessage);
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // A venue hub's own certificate: trusted when it is the one the pairing code named.
        const QString seen = certificateFingerprint(m_socket->sslConfiguration().peerCertificate());
        if (!m_settings.fingerprint.isEmpty()
            && seen.compare(m_settings.fingerprint, Qt::CaseInsensitive) == 0)
            m_socket->ignoreSslErrors(errors);
        else
            onWrongHub();
    });
    setState(State::Connecting);
    m_socket->open(m_settings.hubUrl);
}

void SyncClient::onWrongHub()
{
    // Another server answers where the hub should be (a second hub, or someone in
    // between): nothing is sent to it. The device keeps trying with its back-off, as
    // the real hub may come back at that address.
    m_lastError = tr("This is not the hub this device was paired with: its certificate is another one.");
    Q_EMIT wrongHub(m_lastError);
}

void SyncClient::scheduleReconnect()
{
    if (!m_running || m_state == State::Refused)
        return;
    m_backoffMs = m_backoffMs == 0 ? kFirstBackoffMs : std::min(m_backoffMs * 2, kMaxBackoffMs);
    m_reconnect.start(m_backoffMs);
}

void SyncClient::onConnected()
{
    // A certificate a CA vouches for must still be the pinned one.
    const QString seen = certificateFingerprint(m_socket->sslConfiguration().peerCertificate());
    if (!m_settings.fingerprint.isEmpty() && seen.compare(m_settings.fingerprint, Qt::CaseInsensitive) != 0) {
        onWrongHub();
        m_socket->abort();
        return;
    }
    if (!m_settings.secret.isEmpty()) {
        sendHello();
    } else if (!m_settings.pairingToken.isEmpty()) {
        send(QStringLiteral("pair"),
            { { QStringLiteral("token"), m_settings.pairingToken },
                { QStringLiteral("device"),
                    QJsonObject { { QStringLiteral("id"), m_deviceId },
                        { QStringLiteral("name"), m_deviceName },
                        { QStringLiteral("mode"), m_settings.mode } } } });
    } else {
        onRefused({ { QStringLiteral("reason"), QStringLiteral("unknown") },
            { QStringLiteral("message"), tr("This device has neither a pairing code nor a secret.") } });
    }
}

void SyncClient::sendHello()
{
    send(QStringLiteral("hello"),
        withClock({ { QStringLiteral("v"), kProtocolVersion }, { QStringLiteral("device"), m_deviceId },
            { QStringLiteral("secret"), m_settings.secret }, { QStringLiteral("cursor"), m_cursor } }));
}

void SyncClient::onDisconnected()
{
    m_pushing = false;
    m_rosterPending = false;
    m_poll.stop();
    if (m_state == State::Refused)
        return;
    if (m_socket && m_lastError.isEmpty() && m_socket->error() != QAbstractSocket::UnknownSocketError)
        m_lastError = m_socket->errorString();
    setState(State::Offline);
    scheduleReconnect();
}

void SyncClient::send(const QString &type, const QJsonObject &body)
{
    if (m_socket)
        m_socket->sendTextMessage(messageText(type, body));
}

void SyncClient::onMessage(const QString &text)
{
    // The roster is megabytes of JSON: parsed off the GUI thread. Only the roster is
    // this large, and it does not depend on the order of the event batches around it.
    if (text.size() > kParseOffThreadChars) {
        auto *watcher = new QFutureWatcher<Result<Message>>(this);
        connect(watcher, &QFutureWatcher<Result<Message>>::finished, this, [this, watcher] {
            watcher->deleteLater();
            if (m_socket && m_state == State::Online)
                handle(watcher->result());
        });
        watcher->setFuture(QtConcurrent::run([text] { return parseMessage(text, kMaxDeviceMessage); }));
        return;
    }
    handle(parseMessage(text, kMaxDeviceMessage));
}

void SyncClient::handle(const Result<Message> &message)
{
    if (!message.ok()) {
        m_lastError = message.error().message;
        m_socket->close(QWebSocketProtocol::CloseCodeProtocolError);
        return;
    }
    const QString &type = message->type;
    if (type == QLatin1String("refused"))
        return onRefused(message->body);
    if (type == QLatin1String("paired")) {
        m_settings.secret = message->body.value(QLatin1String("secret")).toString();
        m_settings.pairingToken.clear();
        Q_EMIT paired(m_settings.secret);
        return sendHello();
    }
    if (type == QLatin1String("welcome"))
        return onWelcome(message->body);
    if (type == QLatin1String("ack"))
        return onAck(message->body);
    if (type == QLatin1String("events"))
        return onEvents(message->body);
    if (type == QLatin1String("rosterVersion"))
        return checkRoster(message->body.value(QLatin1String("version")).toInteger(0));
    if (type == QLatin1String("roster"))
        return onRoster(message->body);
}

void SyncClient::checkRoster(qint64 hubVersion)
{
    m_rosterPending = true;
    m_store->run<Result<qint64>>([](Store &s) { return s.appliedRosterVersion(); }, this,
        [this, hubVersion](Result<qint64> applied) {
            if (!applied.ok())
                m_lastError = applied.error().message; // asking for the roster again is harmless
            if ((applied.ok() && applied.value() == hubVersion) || m_state != State::Online) {
                m_rosterPending = false;
                checkCaughtUp();
                return;
            }
            send(QStringLiteral("rosterRequest"), {});
        });
}

void SyncClient::onRoster(const QJsonObject &body)
{
    m_store->run<Status>([snapshot = body.value(QLatin1String("snapshot")).toObject()](
                             Store &s) { return s.applyRosterSnapshot(snapshot); },
        this,
        [this](Status applied) {
            m_rosterPending = false;
            if (!applied.ok()) {
                m_lastError = applied.error().message;
                return resync(); // the hello asks again
            }
            Q_EMIT rosterUpdated();
            checkCaughtUp();
        });
}

void SyncClient::onRefused(const QJsonObject &body)
{
    const QString reason = body.value(QLatin1String("reason")).toString();
    m_lastError = body.value(QLatin1String("message")).toString();
    if (!permanent(reason))
        return; // the hub closes; we come back after the back-off
    qCWarning(lcSync) << "the hub refused this device:" << reason << m_lastError;
    setState(State::Refused);
    m_reconnect.stop();
    m_poll.stop();
    Q_EMIT refused(reason, m_lastError);
    if (m_socket)
        m_socket->close();
}

// The devices' names, for "already checked in at Kiosk 2", and their clock
// offsets, so their times are shown on the hub's clock (this device's own too).
QList<Device> SyncClient::hubDevices(const QJsonObject &body) const
{
    QList<Device> devices;
    for (const QJsonValue &v : body.value(QLatin1String("devices")).toArray()) {
        Device d = deviceFromJson(v.toObject());
        if (!d.id.isEmpty() && !d.name.isEmpty())
            devices.append(d);
    }
    return devices;
}

void SyncClient::onWelcome(const QJsonObject &body)
{
    // The back-off is not reset here but when the hub takes what this device
    // sends (onAck) or it has caught up: a device the hub keeps refusing backs off.
    m_lastError.clear();
    m_hubSeqAtHello = body.value(QLatin1String("hubSeq")).toInteger(0);
    checkRoster(body.value(QLatin1String("rosterVersion")).toInteger(0));
    const QList<Device> devices = hubDevices(body);
    m_store->run<Status>(
        [devices](Store &s) -> Status {
            for (const Device &d : devices)
                if (auto r = s.rememberDevice(d); !r.ok())
                    return r;
            return Ok {};
        },
        this,
        [](Status s) {
            if (!s.ok()) // only names and clocks: the next welcome brings them again
                qCWarning(lcStore) << "could not keep the devices' names:" << s.error().message;
        });
    setState(State::Online);
    m_outboxEmpty = false;
    m_poll.start();
    sendStatus(true);
    m_heartbeat.start();
    // New numbers go on after the hub's last one from this device, so a database
    // restored from an old backup does not reuse them (docs/sync.md). Unsent events
    // keep theirs until the hub says one is taken: the hub may have one already
    // (its ack got lost), under that very number.
    const qint64 deviceSeq = body.value(QLatin1String("deviceSeq")).toInteger(0);
    m_pushing = true;
    m_store->run<Status>([deviceSeq](Store &s) { return s.raiseSequenceFloor(deviceSeq); }, this,
        [this](Status status) {
            m_pushing = false;
            if (!status.ok()) {
                m_lastError = status.error().message;
                return resync();
            }
            pushOutbox();
        });
}

void SyncClient::setPrinterStatus(const QString &printer, const QString &problemKey, int queue)
{
    m_status.printer = printer;
    m_status.printerProblem = problemKey;
    m_status.printQueue = queue;
    sendStatus(false);
}

void SyncClient::sendStatus(bool always)
{
    if (m_state != State::Online || !m_socket)
        return;
    if (!always && m_statusSent == m_status)
        return;
    send(QStringLiteral("status"), withClock(statusToJson(m_status)));
    m_statusSent = m_status;
}

void SyncClient::poke()
{
    if (m_state == State::Online)
        pushOutbox();
}

void SyncClient::pushOutbox()
{
    if (m_state != State::Online)
        return;
    if (m_pushing) { // written after the outbox was read: look again when this push is done
        m_pushAgain = true;
        return;
    }
    m_pushing = true;
    m_pushAgain = false;
    m_store->run<Outgoing>(
        [](Store &s) {
            Outgoing out;
            auto events = s.outboxEvents(kBatch);
            auto unsent = s.unsentEventCount();
            auto walkIns = s.unsentWalkIns(kBatch);
            for (const Error *e : { events.ok() ? nullptr : &events.error(),
                     unsent.ok() ? nullptr : &unsent.error(), walkIns.ok() ? nullptr : &walkIns.error() })
                if (e && out.error.isEmpty())
                    out.error = e->message;
            if (!out.error.isEmpty())
                return out;
            out.events = events.value();
            out.unsent = unsent.value();
            out.walkIns = walkIns.value(); // before the events that name them, in the same push
            return out;
        },
        this,
        [this](Outgoing out) {
            if (!out.error.isEmpty()) {
                m_lastError = out.error;
                m_pushing = false; // the poll tries again
                return;
            }
            if (m_unsent != out.unsent) {
                m_unsent = out.unsent;
                Q_EMIT unsentChanged(m_unsent);
                m_status.unsent = m_unsent;
                sendStatus(false);
            }
            if (m_state != State::Online) {
                m_pushing = false;
                return;
            }
            if (out.events.isEmpty() && out.walkIns.isEmpty()) {
                m_pushing = false;
                if (m_pushAgain)
                    return pushOutbox();
                m_outboxEmpty = true;
                checkCaughtUp();
                return;
            }
            m_outboxEmpty = false;
            // m_pushing until the ack
            send(QStringLiteral("push"), withClock(pushBody(out.events, out.walkIns)));
        });
}

void SyncClient::onAck(const QJsonObject &body)
{
    // [id, hub_seq]: in the hub's order. [id, 0, reason]: put aside by the hub (kept
    // here with the reason, for staff and `oppmote sync`, and not sent again), or
    // "sequence-taken": this database was restored from a backup and numbers anew,
    // so its unsent events go on after the hub's last number for it and are sent again.
    QList<std::pair<QString, qint64>> acks;
    QList<std::pair<QString, QString>> refused;
    QList<QString> taken;
    for (const QJsonValue &v : body.value(QLatin1String("seqs")).toArray()) {
        const QJsonArray entry = v.toArray();
        if (entry.size() == 2 && entry[1].toInteger(0) > 0)
            acks.append({ entry[0].toString(), entry[1].toInteger() });
        else if (entry.size() == 3 && entry[2].toString() == QLatin1String(kSequenceTaken))
            taken.append(entry[0].toString());
        else if (entry.size() == 3 && !entry[2].toString().isEmpty())
            refused.append({ entry[0].toString(), entry[2].toString().left(64) });
    }
    const qint64 deviceSeq = body.value(QLatin1String("deviceSeq")).toInteger(0);
    // Walk-ins the hub has now, or will not take as this device sent them (the roster
    // brings the hub's version): either way they are not sent again.
    const QList<WalkInAnswer> walkIns = walkInAnswersFrom(body);
    for (const WalkInAnswer &w : walkIns)
        if (!w.refusal.isEmpty())
            qCInfo(lcSync) << "the hub refused walk-in" << w.id << w.refusal;
    if (!acks.isEmpty() || !walkIns.isEmpty())
        m_backoffMs = 0; // the hub takes what this device sends: no reason to wait if it drops
    m_store->run<Status>(
        [acks, refused, taken, deviceSeq, walkIns](Store &s) -> Status {
            if (auto r = s.acknowledgeWalkIns(walkIns); !r.ok())
                return r;
            if (auto r = s.acknowledgeEvents(acks); !r.ok())
                return r;
            if (auto r = s.markRefused(refused); !r.ok())
                return r;
            return taken.isEmpty() ? Status(Ok {}) : s.renumberTaken(taken, deviceSeq);
        },
        this,
        [this](Status status) {
            m_pushing = false;
            if (!status.ok()) {
                m_lastError = status.error().message;
                return resync();
            }
            pushOutbox();
        });
}

void SyncClient::onEvents(const QJsonObject &body)
{
    auto events = eventsFrom(body);
    auto walkIns = walkInsFrom(body);
    if (!events.ok() || !walkIns.ok()) {
        m_lastError = events.ok() ? walkIns.error().message : events.error().message;
        return resync();
    }
    const qint64 upTo = body.value(QLatin1String("upTo")).toInteger(0);
    m_store->run<Result<int>>(
        [events = events.value(), walkIns = walkIns.value(), devices = hubDevices(body), upTo](
            Store &s) -> Result<int> {
            for (const Device &d : devices)
                if (auto r = s.rememberDevice(d); !r.ok())
                    return r.error();
            if (auto r = s.addRelayedWalkIns(walkIns); !r.ok())
                return r.error();
            // The hub's order has no gaps: a batch that does not follow on means one was
            // lost here, and taking it would move the cursor past the lost one.
            auto cursor = s.syncCursor();
            if (!cursor.ok())
                return cursor.error();
            if (!events.isEmpty() && *events.constFirst().hubSeq != cursor.value() + 1)
                return makeError(ErrorCode::InvalidInput,
                    QStringLiteral("events from %1 on, but this device has only up to %2")
                        .arg(*events.constFirst().hubSeq)
                        .arg(cursor.value()));
            return s.applyHubEvents(events, upTo);
        },
        this,
        [this, upTo](Result<int> added) {
            if (!added.ok()) {
                m_lastError = added.error().message;
                return resync();
            }
            m_cursor = std::max(m_cursor, upTo);
            Q_EMIT eventsReceived(added.value());
            checkCaughtUp();
        });
}

// Something from the hub could not be taken: start over from what is stored here.
// The next hello resends from the saved cursor and offers the roster again.
void SyncClient::resync()
{
    if (m_socket)
        m_socket->abort();
}

void SyncClient::checkCaughtUp()
{
    if (m_state == State::Online && m_outboxEmpty && !m_pushing && !m_rosterPending
        && m_cursor >= m_hubSeqAtHello) {
        m_backoffMs = 0;
        Q_EMIT caughtUp();
    }
}

} // namespace oppmote::sync
