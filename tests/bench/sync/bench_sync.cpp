// Sync figures for docs/benchmarks.md: N kiosks and one hub. The hub is
// `oppmote hub` in its own process; the kiosks are SyncClients in this
// process, each with its own database on its own store thread, talking to the
// hub over TLS WebSockets. Reference: the same events inserted into SQLite
// files in one transaction each, in this process. Sizes are options
// (`bench_sync --help`): kiosks, backlog per kiosk, roster, check-in rates.

#include "bench_stats.h"
#include "hub_process.h"
#include "sample_store.h"
#include "store/async_store.h"
#include "store/sqlite.h"
#include "sync/device_secret.h"
#include "sync/hub_certificate.h"
#include "sync/sync_client.h"
#include "synced_device.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSslSocket>
#include <QTemporaryDir>

#include <algorithm>

using namespace oppmote;

namespace {

struct Config {
    int devices = 50;
    int perDevice = 200; // check-ins each kiosk made while the hub was away
    int rounds = 60; // one check-in at a time, each waited for at every other kiosk
    QList<int> rates; // then check-ins at these rates per second, from one kiosk
    int rateSeconds = 5;
    int roster = 0; // attendees; at least what the check-ins need
    bool rosterChange = true; // one attendee changed at the hub: until every kiosk has it
    int hostile = 0; // then the rounds again with this many hostile connections open

    int offline() const { return devices * perDevice; }
    int needed() const
    {
        int n = offline() + 2 * rounds;
        for (int r : rates)
            n += r * rateSeconds;
        return n;
    }
};

Config parseConfig(const QCoreApplication &app)
{
    QCommandLineParser cli;
    cli.setApplicationDescription(
        QStringLiteral("Kiosks against the hub process: catch-up, fan-out, memory."));
    cli.addHelpOption();
    const QCommandLineOption devices(
        QStringLiteral("devices"), QStringLiteral("Kiosks."), QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption backlog(QStringLiteral("backlog"),
        QStringLiteral("Check-ins each kiosk made while the hub was away."), QStringLiteral("N"),
        QStringLiteral("200"));
    const QCommandLineOption rounds(QStringLiteral("rounds"),
        QStringLiteral("Single check-ins timed until every other kiosk has each."), QStringLiteral("N"),
        QStringLiteral("60"));
    const QCommandLineOption rates(QStringLiteral("rates"),
        QStringLiteral("Check-in rates per second to hold for --rate-seconds each, e.g. 10,50,100."),
        QStringLiteral("LIST"));
    const QCommandLineOption rateSeconds(QStringLiteral("rate-seconds"),
        QStringLiteral("How long each rate is held."), QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption roster(QStringLiteral("roster"),
        QStringLiteral("Attendees in the roster (default: as many as the check-ins need)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption hostile(QStringLiteral("hostile"),
        QStringLiteral("Repeat the rounds with this many hostile connections held open."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption noRosterChange(
        QStringLiteral("no-roster-change"), QStringLiteral("Skip the one-attendee roster change."));
    cli.addOptions({ devices, backlog, rounds, rates, rateSeconds, roster, hostile, noRosterChange });
    cli.process(app);
    Config c;
    c.devices = qMax(2, cli.value(devices).toInt());
    c.perDevice = qMax(0, cli.value(backlog).toInt());
    c.rounds = qMax(0, cli.value(rounds).toInt());
    for (const QString &r : cli.value(rates).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (r.toInt() > 0)
            c.rates << r.toInt();
    c.rateSeconds = qMax(1, cli.value(rateSeconds).toInt());
    c.roster = qMax(c.needed() + 1, cli.value(roster).toInt());
    c.rosterChange = !cli.isSet(noRosterChange);
    c.hostile = qMax(0, cli.value(hostile).toInt());
    return c;
}

using Kiosk = test::SyncedDevice;
using test::waitUntil;

// The reference: the same events, one transaction, one file, no network.
double bareInsertMs(const QList<CheckinEvent> &events, const QString &path)
{
    sql::Connection db;
    if (!db.open(path, true).ok())
        return -1;
    if (!db.exec(
               "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE e(id TEXT PRIMARY KEY, "
               "device TEXT, seq INTEGER, attendee TEXT, kind TEXT, method TEXT, time TEXT, hub_seq INTEGER)")
             .ok())
        return -1;
    bench::Stopwatch sw;
    if (!db.exec("BEGIN IMMEDIATE").ok())
        return -1;
    sql::Statement st(db, "INSERT OR IGNORE INTO e VALUES(?1,?2,?3,?4,'entry','qr',?5,?6)");
    qint64 seq = 1;
    for (const CheckinEvent &e : events) {
        st.bind(1, e.id).bind(2, e.deviceId).bind(3, e.deviceSeq).bind(4, e.attendeeId);
        st.bind(5, e.deviceTime.toString(Qt::ISODateWithMs)).bind(6, seq++);
        if (!st.exec().ok())
            return -1;
    }
    if (!db.exec("COMMIT").ok())
        return -1;
    return sw.elapsedMs();
}

} // namespace

struct FanOut {
    std::vector<double> all, first; // ms until every other kiosk / the first one has the check-in
};

// `rounds` single check-ins, each from the next kiosk, each waited for at every other kiosk.
FanOut fanOutRounds(
    std::vector<Kiosk> &kiosks, const QList<Attendee> &people, int &next, int rounds, test::HubProcess &hub)
{
    FanOut out;
    for (int round = 0; round < rounds; ++round) {
        Kiosk &from = kiosks[std::size_t(round % kiosks.size())];
        std::vector<int> before;
        for (const Kiosk &k : kiosks)
            before.push_back(k.received);
        bench::Stopwatch sw;
        double first = -1;
        CheckinRequest r;
        r.attendeeId = people[next++].id;
        r.method = CheckinMethod::Qr;
        from.store->checkIn(r, from.client.get(), [](Result<CheckinOutcome> o) {
            if (!o.ok() || o->status != CheckinStatus::CheckedIn)
                qWarning("check-in: %s", o.ok() ? qPrintable(o->message()) : qPrintable(o.error().message));
        });
        const bool all = waitUntil(
            [&] {
                int have = 0;
                for (std::size_t i = 0; i < kiosks.size(); ++i)
                    if (&kiosks[i] != &from && kiosks[i].received > before[i])
                        ++have;
                if (have > 0 && first < 0)
                    first = sw.elapsedMs();
                return have == int(kiosks.size()) - 1;
            },
            30000);
        if (!all) {
            int have = 0;
            for (std::size_t i = 0; i < kiosks.size(); ++i)
                have += kiosks[i].received > before[i] ? 1 : 0;
            qFatal("round %d reached %d kiosks; sender unsent=%d state=%d: %s", round, have,
                from.client->unsent(), int(from.client->state()), qPrintable(hub.log().right(600)));
        }
        out.all.push_back(sw.elapsedMs());
        out.first.push_back(first);
    }
    return out;
}

// Strangers holding connections to the hub: a third idle TCP, a third a TLS
// handshake begun and left, a third upgraded WebSockets that never say hello.
class HostileCrowd : public QObject
{
public:
    HostileCrowd(quint16 port, int count) : m_port(port), m_wanted(count)
    {
        for (int i = 0; i < count; ++i)
            openOne(i % 3);
    }
    ~HostileCrowd() override
    {
        for (QSslSocket *s : m_sockets)
            s->disconnect(this); // closing them must not open new ones
    }
    int wanted() const { return m_wanted; }
    int open() const
    {
        int n = 0;
        for (const auto &s : m_sockets)
            n += s->state() == QAbstractSocket::ConnectedState ? 1 : 0;
        return n;
    }
    qint64 opened() const { return m_opened; }

private:
    void openOne(int kind)
    {
        auto *socket = new QSslSocket(this);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        m_sockets.push_back(socket);
        ++m_opened;
        QObject::connect(socket, &QAbstractSocket::disconnected, this, [this, socket, kind] {
            m_sockets.erase(std::remove(m_sockets.begin(), m_sockets.end(), socket), m_sockets.end());
            socket->deleteLater();
            openOne(kind);
        });
        if (kind == 0) {
            socket->connectToHost(QHostAddress::LocalHost, m_port);
        } else if (kind == 1) {
            QObject::connect(socket, &QAbstractSocket::connected, socket,
                [socket] { socket->write(QByteArray("\x16\x03\x01\x02\x00", 5)); });
            socket->connectToHost(QHostAddress::LocalHost, m_port);
        } else {
            QObject::connect(socket, &QSslSocket::encrypted, socket, [socket, this] {
                socket->write(QStringLiteral("GET / HTTP/1.1\r\nHost: 127.0.0.1:%1\r\nUpgrade: websocket\r\n"
                                             "Connection: Upgrade\r\nSec-WebSocket-Key: "
                                             "dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                                  .arg(m_port)
                                  .toLatin1());
            });
            socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
        }
    }

    quint16 m_port;
    int m_wanted;
    qint64 m_opened = 0;
    std::vector<QSslSocket *> m_sockets;
};

// The rate runs: one kiosk checks people in at `rate` per second for a while;
// each event's time until all other kiosks have it. One sender keeps the hub's
// order equal to the sending order, so a kiosk's count of received events
// says exactly which of them it has.
std::vector<double> atRate(
    std::vector<Kiosk> &kiosks, const QList<Attendee> &people, int &next, int rate, int seconds)
{
    Kiosk &from = kiosks.front();
    const int total = rate * seconds;
    std::vector<int> base;
    for (const Kiosk &k : kiosks)
        base.push_back(k.received);
    std::vector<double> sentAt(std::size_t(total), -1), seenAt(std::size_t(total), -1);
    bench::Stopwatch clock;
    int sent = 0;
    const bool done = waitUntil(
        [&] {
            const double now = clock.elapsedMs();
            while (sent < total && now >= sent * 1000.0 / rate) {
                CheckinRequest r;
                r.attendeeId = people[next++].id;
                r.method = CheckinMethod::Qr;
                sentAt[std::size_t(sent++)] = clock.elapsedMs();
                // The store's checkedIn signal makes the client push at once.
                from.store->checkIn(r, from.client.get(), [](Result<CheckinOutcome> o) {
                    if (!o.ok() || o->status != CheckinStatus::CheckedIn)
                        qWarning("check-in refused at the sending kiosk");
                });
            }
            int everywhere = total;
            for (std::size_t i = 1; i < kiosks.size(); ++i)
                everywhere = std::min(everywhere, kiosks[i].received - base[i]);
            for (int e = 0; e < everywhere; ++e)
                if (seenAt[std::size_t(e)] < 0)
                    seenAt[std::size_t(e)] = clock.elapsedMs();
            return everywhere == total;
        },
        seconds * 1000 + 60000);
    if (!done)
        qFatal("at %d/s the kiosks did not get every check-in", rate);
    std::vector<double> latency;
    for (int e = 0; e < total; ++e)
        latency.push_back(seenAt[std::size_t(e)] - sentAt[std::size_t(e)]);
    return latency;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Config config = parseConfig(app);
    const int kDevices = config.devices;
    const int kPerDevice = config.perDevice;
    const int kOffline = config.offline();
    QTemporaryDir dir;
    const QString hubPath = dir.filePath(QStringLiteral("hub.sqlite"));
    {
        test::SampleStore sample = test::makeSampleStore(config.roster, QStringLiteral("Hub"));
        sample.store.reset();
        QFile::copy(sample.path, hubPath);
    }
    QList<QString> tokens;
    std::vector<Kiosk> kiosks(kDevices);
    QList<CheckinEvent> allEvents;
    QList<Attendee> people;
    {
        auto hub = Store::open(hubPath);
        people = hub->attendees().value();
        for (int d = 0; d < kDevices; ++d) {
            Kiosk &k = kiosks[std::size_t(d)];
            k.path = dir.filePath(QStringLiteral("kiosk%1.sqlite").arg(d));
            if (!hub->writeDeviceCopy(
                        k.path, QStringLiteral("Kiosk %1").arg(d + 1), QStringLiteral("entrance"))
                     .ok())
                qFatal("could not make kiosk %d's database", d + 1);
            const QString token = QStringLiteral("OP1-BENCH-%1").arg(d);
            if (!hub->addPairingToken(sync::secretHash(token), QStringLiteral("entrance")).ok())
                qFatal("could not add a pairing code");
            tokens << token;
            // The doors opened while the hub was away: every kiosk checked its share in.
            auto store = Store::open(k.path);
            for (int i = 0; i < kPerDevice; ++i) {
                CheckinRequest r;
                r.attendeeId = people[d * kPerDevice + i].id;
                r.method = CheckinMethod::Qr;
                allEvents << *store->checkIn(r)->event;
            }
        }
    }
    test::HubProcess hub;
    QString why;
    if (!hub.start(hubPath, &why))
        qFatal("%s", qPrintable(why));
    QFile certFile(sync::defaultCertificatePath(hubPath));
    certFile.open(QIODevice::ReadOnly);
    const QString fingerprint = sync::certificateFingerprint(QSslCertificate(&certFile));

    // All 50 come online at once with 200 check-ins each: until every kiosk has all 10,000.
    bench::Stopwatch converge;
    for (int d = 0; d < kDevices; ++d) {
        Kiosk &k = kiosks[std::size_t(d)];
        k.store = std::make_unique<AsyncStore>();
        k.store->open(k.path);
        k.client = std::make_unique<sync::SyncClient>(k.store.get());
        QObject::connect(k.client.get(), &sync::SyncClient::eventsReceived, k.client.get(),
            [&k](int n) { k.received += n; });
        sync::SyncSettings s;
        s.hubUrl = QUrl(hub.url());
        s.fingerprint = fingerprint;
        s.pairingToken = tokens[d];
        k.client->start(s);
    }
    double hubHasAllMs = -1;
    sql::Connection hubReader;
    if (!hubReader.open(hubPath, false).ok())
        qFatal("cannot read the hub's database");
    QElapsedTimer lastLook;
    lastLook.start();
    const bool converged = waitUntil(
        [&] {
            if (hubHasAllMs < 0 && lastLook.elapsed() > 50) {
                lastLook.restart();
                if (hubReader.scalar("SELECT count(*) FROM checkin_events WHERE hub_seq IS NOT NULL")
                        .value_or(0)
                    >= kOffline)
                    hubHasAllMs = converge.elapsedMs();
            }
            for (const Kiosk &k : kiosks)
                if (k.received < kOffline - kPerDevice || k.client->unsent() != 0)
                    return false;
            return true;
        },
        600000);
    const double convergeMs = converge.elapsedMs();
    if (!converged)
        qFatal("the kiosks did not converge: %s", qPrintable(hub.log().right(2000)));
    // The reference: the same rows into the hub's and every kiosk's file, no network, one transaction each.
    double bareMs = 0;
    for (int f = 0; f <= kDevices; ++f)
        bareMs += bareInsertMs(allEvents, dir.filePath(QStringLiteral("bare%1.sqlite").arg(f)));
    bench::report(QStringLiteral("sync.converge%1x%2").arg(kDevices).arg(kPerDevice),
        QStringLiteral(
            "devices=%1 events=%2 hub_has_all_ms=%3 hub_ingest_per_s=%4 all_devices_have_all_ms=%5 "
            "bare_%8_files_ms=%6 ratio_to_bare=%7")
            .arg(kDevices)
            .arg(kOffline)
            .arg(hubHasAllMs, 0, 'f', 0)
            .arg(kOffline / (hubHasAllMs / 1000.0), 0, 'f', 0)
            .arg(convergeMs, 0, 'f', 0)
            .arg(bareMs, 0, 'f', 0)
            .arg(convergeMs / bareMs, 0, 'f', 1)
            .arg(kDevices + 1));

    // Steady state: one kiosk checks someone in; how long until all the others have it.
    int next = kOffline; // the next person not here yet
    const FanOut quiet = fanOutRounds(kiosks, people, next, config.rounds, hub);
    if (config.rounds > 0)
        bench::report(QStringLiteral("sync.fanout%1").arg(kDevices - 1),
            QStringLiteral("rounds=%1 hub_rss=%2MiB all ")
                    .arg(config.rounds)
                    .arg(hub.residentMiB(), 0, 'f', 0)
                + bench::format(bench::summarize(quiet.all)) + QStringLiteral(" first ")
                + bench::format(bench::summarize(quiet.first)));
    if (config.hostile > 0 && config.rounds > 0) {
        // The same rounds while strangers hold connections open: idle TCP, stalled TLS
        // handshakes and upgraded WebSockets that never say hello, each reopened when
        // the hub closes it, so `hostile` are open all the time.
        HostileCrowd crowd(quint16(hub.port()), config.hostile);
        waitUntil([&crowd] { return crowd.open() >= crowd.wanted() * 9 / 10; }, 30000);
        const FanOut attacked = fanOutRounds(kiosks, people, next, config.rounds, hub);
        bench::report(QStringLiteral("sync.fanout%1_hostile%2").arg(kDevices - 1).arg(config.hostile),
            QStringLiteral("rounds=%1 open_now=%2 opened=%3 hub_rss=%4MiB all ")
                    .arg(config.rounds)
                    .arg(crowd.open())
                    .arg(crowd.opened())
                    .arg(hub.residentMiB(), 0, 'f', 0)
                + bench::format(bench::summarize(attacked.all)) + QStringLiteral(" first ")
                + bench::format(bench::summarize(attacked.first)));
    }
    for (int rate : config.rates)
        bench::report(QStringLiteral("sync.rate%1").arg(rate),
            QStringLiteral("devices=%1 seconds=%2 visible_at_all_others ")
                    .arg(kDevices)
                    .arg(config.rateSeconds)
                + bench::format(bench::summarize(atRate(kiosks, people, next, rate, config.rateSeconds))));
    if (config.rosterChange) {
        // The desk corrects one attendee's organisation at the hub.
        std::vector<char> has(kiosks.size(), 0);
        int updated = 0;
        for (std::size_t i = 0; i < kiosks.size(); ++i)
            QObject::connect(kiosks[i].client.get(), &sync::SyncClient::rosterUpdated, kiosks[i].client.get(),
                [&has, &updated, i] {
                    if (!has[i]) {
                        has[i] = 1;
                        ++updated;
                    }
                });
        bench::Stopwatch sw;
        {
            auto store = Store::open(hubPath);
            Attendee changed = people.front();
            changed.organisation = QStringLiteral("Endret organisasjon");
            if (!store.ok() || !store->upsertAttendees({ changed }).ok())
                qFatal("could not change an attendee at the hub");
        }
        if (!waitUntil([&] { return updated >= kDevices; }, 600000))
            qFatal("only %d of %d kiosks took the changed roster", updated, kDevices);
        bench::report(QStringLiteral("sync.roster_change"),
            QStringLiteral("devices=%1 roster=%2 all_devices_have_it_ms=%3 hub_peak_rss=%4MiB")
                .arg(kDevices)
                .arg(config.roster)
                .arg(sw.elapsedMs(), 0, 'f', 0)
                .arg(hub.peakMiB(), 0, 'f', 0));
    }
    bench::report(QStringLiteral("sync.memory"),
        QStringLiteral("hub_peak_rss=%1MiB bench_process_rss=%2MiB (%3 kiosk stores and clients)")
            .arg(hub.peakMiB(), 0, 'f', 0)
            .arg(bench::residentMiB(), 0, 'f', 0)
            .arg(kDevices));
    for (Kiosk &k : kiosks)
        k.client->stop();
    hub.stop();
    return 0;
}
