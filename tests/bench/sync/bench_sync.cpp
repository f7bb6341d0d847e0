// Sync figures for docs/benchmarks.md: 50 kiosks and one hub. The hub is
// `oppmote hub` in its own process; the 50 kiosks are SyncClients in this
// process, each with its own database on its own store thread, talking to the
// hub over TLS WebSockets. Reference: the same events inserted into one SQLite
// file in one transaction, in this process.

#include "bench_stats.h"
#include "hub_process.h"
#include "sample_store.h"
#include "store/async_store.h"
#include "store/sqlite.h"
#include "sync/device_secret.h"
#include "sync/hub_certificate.h"
#include "sync/sync_client.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace oppmote;

namespace {

constexpr int kDevices = 50;
constexpr int kPerDevice = 200; // check-ins each kiosk made while the hub was away
constexpr int kFanOutRounds = 60;
constexpr int kOffline = kDevices * kPerDevice; // events made while the hub was away
constexpr int kRoster = kOffline + kFanOutRounds;

struct Kiosk {
    QString path;
    std::unique_ptr<AsyncStore> store;
    std::unique_ptr<sync::SyncClient> client;
    int received = 0;
};

bool waitUntil(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

double hubPeakMiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

// The reference: the same events, one transaction, one file, no network.
double bareInsertMs(const QList<CheckinEvent> &events, const QString &path)
{
    sql::Connection db;
    if (!db.open(path, true).ok())
        return -1;
    db.exec(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE e(id TEXT PRIMARY KEY, device TEXT, "
        "seq INTEGER, attendee TEXT, kind TEXT, method TEXT, time TEXT, hub_seq INTEGER)");
    bench::Stopwatch sw;
    db.exec("BEGIN IMMEDIATE");
    sql::Statement st(db, "INSERT OR IGNORE INTO e VALUES(?1,?2,?3,?4,'entry','qr',?5,?6)");
    qint64 seq = 1;
    for (const CheckinEvent &e : events) {
        st.bind(1, e.id).bind(2, e.deviceId).bind(3, e.deviceSeq).bind(4, e.attendeeId);
        st.bind(5, e.deviceTime.toString(Qt::ISODateWithMs)).bind(6, seq++);
        st.exec();
    }
    db.exec("COMMIT");
    return sw.elapsedMs();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString hubPath = dir.filePath(QStringLiteral("hub.sqlite"));
    {
        test::SampleStore sample = test::makeSampleStore(kRoster, QStringLiteral("Hub"));
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
            hub->writeDeviceCopy(k.path, QStringLiteral("Kiosk %1").arg(d + 1), QStringLiteral("entrance"));
            const QString token = QStringLiteral("OP1-BENCH-%1").arg(d);
            hub->addPairingToken(sync::secretHash(token), QStringLiteral("entrance"));
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
    hubReader.open(hubPath, false);
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
    bench::report(QStringLiteral("sync.converge50x200"),
        QStringLiteral(
            "devices=%1 events=%2 hub_has_all_ms=%3 hub_ingest_per_s=%4 all_devices_have_all_ms=%5 "
            "bare_51_files_ms=%6 ratio_to_bare=%7")
            .arg(kDevices)
            .arg(kOffline)
            .arg(hubHasAllMs, 0, 'f', 0)
            .arg(kOffline / (hubHasAllMs / 1000.0), 0, 'f', 0)
            .arg(convergeMs, 0, 'f', 0)
            .arg(bareMs, 0, 'f', 0)
            .arg(convergeMs / bareMs, 0, 'f', 1));

    // Steady state: one kiosk checks someone in; how long until all 49 others have it.
    std::vector<double> fanOut, firstArrival;
    for (int round = 0; round < kFanOutRounds; ++round) {
        Kiosk &from = kiosks[std::size_t(round % kDevices)];
        std::vector<int> before;
        for (const Kiosk &k : kiosks)
            before.push_back(k.received);
        bench::Stopwatch sw;
        double first = -1;
        CheckinRequest r;
        r.attendeeId = people[kOffline + round].id; // someone not here yet
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
                return have == kDevices - 1;
            },
            30000);
        if (!all) {
            int have = 0;
            for (std::size_t i = 0; i < kiosks.size(); ++i)
                have += kiosks[i].received > before[i] ? 1 : 0;
            qFatal("round %d reached %d kiosks; sender unsent=%d state=%d: %s", round, have,
                from.client->unsent(), int(from.client->state()), qPrintable(hub.log().right(600)));
        }
        fanOut.push_back(sw.elapsedMs());
        firstArrival.push_back(first);
    }
    bench::report(QStringLiteral("sync.fanout49"),
        QStringLiteral("rounds=%1 all49 ").arg(kFanOutRounds) + bench::format(bench::summarize(fanOut))
            + QStringLiteral(" first ") + bench::format(bench::summarize(firstArrival)));
    bench::report(QStringLiteral("sync.memory"),
        QStringLiteral("hub_peak_rss=%1MiB bench_process_rss=%2MiB (50 kiosk stores and clients)")
            .arg(hubPeakMiB(hub.pid()), 0, 'f', 0)
            .arg(bench::residentMiB(), 0, 'f', 0));
    for (Kiosk &k : kiosks)
        k.client->stop();
    hub.stop();
    return 0;
}
