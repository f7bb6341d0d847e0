// The hub against hostile clients and bad luck, while five paired devices
// keep syncing: the hub is `oppmote hub` in its own process; the devices are
// SyncClients on their own databases in this process; the attackers are raw
// TCP, TLS and WebSocket sockets. Each test asserts that the devices' check-ins
// still reach each other quickly, that the hub's memory stays bounded, and
// that every acknowledged check-in is on every device exactly once.

#include "hub_process.h"
#include "required_tool.h"
#include "sample_store.h"
#include "store/async_store.h"
#include "store/sqlite.h"
#include "sync/device_secret.h"
#include "sync/hub_certificate.h"
#include "sync/sync_client.h"
#include "sync/sync_messages.h"
#include "synced_device.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtEndian>
#include <QtTest>

using namespace oppmote;
using namespace oppmote::test;

namespace {

constexpr int kDevices = 5;

using Kiosk = test::SyncedDevice;
using test::waitUntil;

QList<QString> eventIds(const QString &db)
{
    sql::Connection raw;
    QList<QString> ids;
    if (!raw.open(db, false).ok())
        return ids;
    sql::Statement st(raw, "SELECT id FROM checkin_events WHERE hub_seq IS NOT NULL ORDER BY id");
    while (st.step())
        ids << st.text(0);
    return ids;
}

// A TLS connection to the hub that trusts its self-made certificate.
std::unique_ptr<QSslSocket> tlsTo(quint16 port)
{
    auto socket = std::make_unique<QSslSocket>();
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    if (!socket->waitForEncrypted(10000))
        return {};
    return socket;
}

// The WebSocket upgrade by hand, so the test can then send what no real client would.
bool upgrade(QSslSocket &socket, quint16 port)
{
    socket.write(QStringLiteral("GET / HTTP/1.1\r\nHost: 127.0.0.1:%1\r\nUpgrade: websocket\r\n"
                                "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                "Sec-WebSocket-Version: 13\r\n\r\n")
                     .arg(port)
                     .toLatin1());
    QByteArray reply;
    QElapsedTimer t;
    t.start();
    while (!reply.contains("\r\n\r\n") && t.elapsed() < 10000) {
        socket.waitForReadyRead(100);
        reply += socket.readAll();
    }
    return reply.startsWith("HTTP/1.1 101");
}

} // namespace

class TestHubHostile : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_hubDb;
    QString m_fingerprint;
    QList<Attendee> m_people;
    int m_nextPerson = 0;
    std::unique_ptr<HubProcess> m_hub;
    std::vector<Kiosk> m_devices;
    int m_acknowledged = 0;

    void startDevice(Kiosk &d, const QString &token)
    {
        d.store = std::make_unique<AsyncStore>();
        d.store->open(d.path);
        d.client = std::make_unique<sync::SyncClient>(d.store.get());
        connect(d.client.get(), &sync::SyncClient::eventsReceived, d.client.get(),
            [&d](int n) { d.received += n; });
        sync::SyncSettings s;
        s.hubUrl = QUrl(m_hub->url());
        s.fingerprint = m_fingerprint;
        s.pairingToken = token;
        connect(d.client.get(), &sync::SyncClient::paired, d.client.get(), [&d](const QString &secret) {
            // What a kiosk keeps in its settings after pairing: restarts say hello with it.
            d.client->setProperty("secret", secret);
        });
        d.client->start(s);
    }

    bool allOnline()
    {
        return waitUntil(
            [this] {
                for (const Kiosk &d : m_devices)
                    if (!d.client->online())
                        return false;
                return true;
            },
            20000);
    }

    // One check-in at device `from`; milliseconds until every other device has it (-1: not in 10 s).
    double checkInEverywhere(int from)
    {
        Kiosk &sender = m_devices[std::size_t(from)];
        std::vector<int> before;
        for (const Kiosk &d : m_devices)
            before.push_back(d.received);
        QElapsedTimer t;
        t.start();
        CheckinRequest r;
        r.attendeeId = m_people[m_nextPerson++].id;
        r.method = CheckinMethod::Qr;
        bool acknowledged = false;
        sender.store->checkIn(r, sender.client.get(), [&acknowledged](Result<CheckinOutcome> o) {
            acknowledged = o.ok() && o->status == CheckinStatus::CheckedIn;
        });
        const bool all = waitUntil(
            [&] {
                for (std::size_t i = 0; i < m_devices.size(); ++i)
                    if (int(i) != from && m_devices[i].received <= before[i])
                        return false;
                return acknowledged;
            },
            10000);
        if (acknowledged)
            ++m_acknowledged;
        return all ? double(t.nsecsElapsed()) / 1e6 : -1;
    }

    // Every acknowledged check-in is at the hub and at every device, exactly once.
    void everythingIsEverywhereOnce()
    {
        QVERIFY(waitUntil(
            [this] {
                for (const Kiosk &d : m_devices)
                    if (d.client->unsent() != 0)
                        return false;
                return true;
            },
            10000));
        const QList<QString> hub = eventIds(m_hubDb);
        QCOMPARE(hub.size(), m_acknowledged);
        QCOMPARE(QSet<QString>(hub.begin(), hub.end()).size(), hub.size());
        // A device that was away catches up by itself.
        for (const Kiosk &d : m_devices)
            QVERIFY2(
                waitUntil([&] { return eventIds(d.path).size() >= hub.size(); }, 10000), qPrintable(d.path));
        for (const Kiosk &d : m_devices)
            QCOMPARE(eventIds(d.path), hub);
    }

private Q_SLOTS:
    void initTestCase()
    {
        OPPMOTE_REQUIRE_TOOL("openssl", "openssl"); // the hub makes its certificate with it
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_hubDb = m_dir->filePath(QStringLiteral("hub.sqlite"));
        m_nextPerson = 0;
        m_acknowledged = 0;
        {
            SampleStore sample = makeSampleStore(200, QStringLiteral("Hub"));
            m_people = sample.attendees;
            sample.store.reset();
            QVERIFY(QFile::copy(sample.path, m_hubDb));
        }
        QStringList tokens;
        m_devices = std::vector<Kiosk>(kDevices);
        {
            auto hub = Store::open(m_hubDb);
            QVERIFY(hub.ok());
            for (int i = 0; i < kDevices; ++i) {
                m_devices[std::size_t(i)].path = m_dir->filePath(QStringLiteral("kiosk%1.sqlite").arg(i));
                QVERIFY(hub->writeDeviceCopy(m_devices[std::size_t(i)].path,
                               QStringLiteral("Kiosk %1").arg(i + 1), QStringLiteral("entrance"))
                            .ok());
                tokens << QStringLiteral("OP1-HOSTILE-TEST-%1").arg(i);
                QVERIFY(
                    hub->addPairingToken(sync::secretHash(tokens.last()), QStringLiteral("entrance")).ok());
            }
        }
        m_hub = std::make_unique<HubProcess>();
        QString why;
        QVERIFY2(m_hub->start(m_hubDb, &why), qPrintable(why));
        QFile cert(sync::defaultCertificatePath(m_hubDb));
        QVERIFY(cert.open(QIODevice::ReadOnly));
        m_fingerprint = sync::certificateFingerprint(QSslCertificate(&cert));
        for (int i = 0; i < kDevices; ++i)
            startDevice(m_devices[std::size_t(i)], tokens[i]);
        QVERIFY(allOnline());
    }

    void cleanup()
    {
        for (Kiosk &d : m_devices)
            if (d.client)
                d.client->stop();
        m_devices.clear();
        if (!m_hub)
            return; // init() failed before the hub existed
        m_hub->stop();
        QCOMPARE(m_hub->exitCode(), 0);
        m_hub.reset();
        m_dir.reset();
    }

    void connectionBurstsNeverStopTheHub()
    {
        // The reported attack: 30 plain TCP connections that say nothing, closed 2 s later.
        for (int round = 0; round < 2; ++round) {
            std::vector<std::unique_ptr<QTcpSocket>> burst;
            for (int i = 0; i < 30; ++i) {
                burst.push_back(std::make_unique<QTcpSocket>());
                burst.back()->connectToHost(QHostAddress::LocalHost, quint16(m_hub->port()));
            }
            QVERIFY(waitUntil(
                [&] {
                    for (const auto &s : burst)
                        if (s->state() != QAbstractSocket::ConnectedState)
                            return false;
                    return true;
                },
                5000));
            const double during = checkInEverywhere(round);
            QVERIFY2(during >= 0 && during < 2000, qPrintable(QString::number(during)));
            QTest::qWait(2000);
            burst.clear(); // closed by the client
            // A device that connects anew after the burst gets in (the listen queue is not full).
            Kiosk &d = m_devices[4];
            d.client->stop();
            sync::SyncSettings s;
            s.hubUrl = QUrl(m_hub->url());
            s.fingerprint = m_fingerprint;
            s.secret = d.client->property("secret").toString();
            QVERIFY(!s.secret.isEmpty());
            d.client->start(s);
            QVERIFY(waitUntil([&d] { return d.client->online(); }, 5000));
        }
        // Half-open TLS (a record header and then silence) and idle TCP: closed by the hub's deadline.
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 100; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QHostAddress::LocalHost, quint16(m_hub->port()));
        }
        QVERIFY(waitUntil(
            [&] {
                for (const auto &s : idle)
                    if (s->state() != QAbstractSocket::ConnectedState)
                        return false;
                return true;
            },
            5000));
        for (std::size_t i = 0; i < idle.size(); i += 2)
            idle[i]->write(QByteArray("\x16\x03\x01\x02\x00", 5)); // a ClientHello that never comes
        for (int i = 0; i < 5; ++i) {
            const double during = checkInEverywhere(i);
            QVERIFY2(during >= 0 && during < 2000, qPrintable(QString::number(during)));
        }
        QVERIFY2(waitUntil(
                     [&] {
                         for (const auto &s : idle)
                             if (s->state() == QAbstractSocket::ConnectedState)
                                 return false;
                         return true;
                     },
                     15000),
            "the hub keeps idle connections open");
        everythingIsEverywhereOnce();
    }

    void slowAndHugeFramesCostKilobytes()
    {
        const double before = m_hub->residentMiB();
        QVERIFY(before > 0);
        // Two clients announce a 1 GiB frame before saying who they are, and start streaming it.
        std::vector<std::unique_ptr<QSslSocket>> huge;
        for (int i = 0; i < 2; ++i) {
            auto socket = tlsTo(quint16(m_hub->port()));
            QVERIFY(socket);
            QVERIFY(upgrade(*socket, quint16(m_hub->port())));
            QByteArray header("\x81\xFF", 2);
            QByteArray length(8, 0);
            qToBigEndian<quint64>(quint64(1) << 30, length.data());
            header += length + QByteArray("\x01\x02\x03\x04", 4);
            socket->write(header);
            huge.push_back(std::move(socket));
        }
        const QByteArray chunk(256 * 1024, 'x');
        qint64 sent = 0;
        double peakGrowth = 0;
        QElapsedTimer t;
        t.start();
        while (sent < 200LL * 1024 * 1024 && t.elapsed() < 20000) {
            bool open = false;
            for (auto &s : huge)
                if (s->state() == QAbstractSocket::ConnectedState) {
                    open = true;
                    if (s->bytesToWrite() < 2 * chunk.size()) {
                        s->write(chunk);
                        sent += chunk.size();
                    }
                }
            if (!open)
                break;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            peakGrowth = std::max(peakGrowth, m_hub->residentMiB() - before);
        }
        // The hub closed both as soon as it read the frame header.
        QVERIFY2(waitUntil(
                     [&] {
                         for (auto &s : huge)
                             if (s->state() == QAbstractSocket::ConnectedState)
                                 return false;
                         return true;
                     },
                     10000),
            "a 1 GiB frame from a stranger was not refused");
        QVERIFY2(peakGrowth < 20, qPrintable(QStringLiteral("hub grew %1 MiB").arg(peakGrowth)));
        qInfo("hub RSS before %.1f MiB, largest growth %.1f MiB while %lld bytes were offered", before,
            peakGrowth, sent);

        // A slow client: the upgrade request a byte at a time, never finished, is closed.
        auto slow = tlsTo(quint16(m_hub->port()));
        QVERIFY(slow);
        const QByteArray request("GET / HTTP/1.1\r\nHost: x\r\n");
        QElapsedTimer slowClock;
        slowClock.start();
        for (int i = 0; slow->state() == QAbstractSocket::ConnectedState && slowClock.elapsed() < 15000;
             ++i) {
            slow->write(request.mid(i % request.size(), 1));
            waitUntil([] { return false; }, 200);
        }
        QVERIFY2(slow->state() != QAbstractSocket::ConnectedState, "a slow upgrade was never closed");
        QVERIFY(checkInEverywhere(0) >= 0);
        everythingIsEverywhereOnce();
    }

    void aRosterFloodBuildsNothing()
    {
        // A paired device (the pairing gave it a secret) that asks for the roster 2,000 times.
        const QString secret = m_devices[4].client->property("secret").toString();
        QVERIFY(!secret.isEmpty());
        QString deviceId;
        {
            sql::Connection raw;
            QVERIFY(raw.open(m_devices[4].path, false).ok());
            sql::Statement st(raw, "SELECT value FROM meta WHERE key = 'device_id'");
            QVERIFY(st.step());
            deviceId = st.text(0);
        }
        m_devices[4].client->stop(); // the attacker has its identity now
        QWebSocket flood;
        connect(&flood, &QWebSocket::sslErrors, &flood, [&flood] { flood.ignoreSslErrors(); });
        int rosters = 0;
        int welcomes = 0;
        connect(&flood, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
            auto m = sync::parseMessage(text);
            if (m.ok() && m->type == QLatin1String("roster"))
                ++rosters;
            if (m.ok() && m->type == QLatin1String("welcome"))
                ++welcomes;
        });
        QSignalSpy connected(&flood, &QWebSocket::connected);
        flood.open(QUrl(m_hub->url()));
        QVERIFY(connected.wait(10000));
        flood.sendTextMessage(sync::messageText(QStringLiteral("hello"),
            { { QStringLiteral("v"), sync::kProtocolVersion }, { QStringLiteral("device"), deviceId },
                { QStringLiteral("secret"), secret }, { QStringLiteral("cursor"), 0 } }));
        QVERIFY(waitUntil([&] { return welcomes == 1; }, 10000));
        const double before = m_hub->residentMiB();
        for (int i = 0; i < 2000; ++i)
            flood.sendTextMessage(sync::messageText(QStringLiteral("rosterRequest"), {}));
        flood.flush();
        // Meanwhile the other kiosks go on.
        for (int i = 0; i < 4; ++i) {
            const double ms = [&] {
                // checkInEverywhere waits for all devices; device 4 is offline now.
                Kiosk &sender = m_devices[std::size_t(i)];
                std::vector<int> before4;
                for (const Kiosk &d : m_devices)
                    before4.push_back(d.received);
                QElapsedTimer t;
                t.start();
                CheckinRequest r;
                r.attendeeId = m_people[m_nextPerson++].id;
                r.method = CheckinMethod::Qr;
                sender.store->checkIn(r, sender.client.get(), [](Result<CheckinOutcome>) {});
                ++m_acknowledged;
                const bool all = waitUntil(
                    [&] {
                        for (int k = 0; k < 4; ++k)
                            if (k != i && m_devices[std::size_t(k)].received <= before4[std::size_t(k)])
                                return false;
                        return true;
                    },
                    10000);
                return all ? double(t.nsecsElapsed()) / 1e6 : -1;
            }();
            QVERIFY2(ms >= 0 && ms < 1000, qPrintable(QString::number(ms)));
        }
        QTest::qWait(500);
        const double growth = m_hub->residentMiB() - before;
        QVERIFY2(rosters == 1, qPrintable(QStringLiteral("%1 rosters sent").arg(rosters)));
        QVERIFY2(growth < 30, qPrintable(QStringLiteral("hub grew %1 MiB").arg(growth)));
        flood.close();
        // Device 4 returns with its own secret and catches up.
        sync::SyncSettings s;
        s.hubUrl = QUrl(m_hub->url());
        s.fingerprint = m_fingerprint;
        s.secret = secret;
        m_devices[4].client->start(s);
        QVERIFY(allOnline());
        everythingIsEverywhereOnce();
    }

    void noCodeTakesAnIdentity()
    {
        // The hub's own id (sent to every device, no secret) and a paired kiosk's id.
        QString hubId, kioskId;
        {
            sql::Connection raw;
            QVERIFY(raw.open(m_hubDb, false).ok());
            sql::Statement st(raw, "SELECT value FROM meta WHERE key = 'device_id'");
            QVERIFY(st.step());
            hubId = st.text(0);
            sql::Statement kiosk(raw, "SELECT id FROM devices WHERE secret_hash IS NOT NULL LIMIT 1");
            QVERIFY(kiosk.step());
            kioskId = kiosk.text(0);
        }
        for (const QString &id : { hubId, kioskId }) {
            const QString token = QStringLiteral("OP1-FRESH-CODE-") + id.left(8);
            {
                auto hub = Store::open(m_hubDb);
                QVERIFY(hub->addPairingToken(sync::secretHash(token), QStringLiteral("admin")).ok());
            }
            QWebSocket socket;
            connect(&socket, &QWebSocket::sslErrors, &socket, [&socket] { socket.ignoreSslErrors(); });
            QSignalSpy received(&socket, &QWebSocket::textMessageReceived);
            QSignalSpy connected(&socket, &QWebSocket::connected);
            socket.open(QUrl(m_hub->url()));
            QVERIFY(connected.wait(10000));
            socket.sendTextMessage(sync::messageText(QStringLiteral("pair"),
                { { QStringLiteral("token"), token },
                    { QStringLiteral("device"),
                        QJsonObject { { QStringLiteral("id"), id },
                            { QStringLiteral("name"), QStringLiteral("Hub") },
                            { QStringLiteral("mode"), QStringLiteral("admin") } } } }));
            QVERIFY(received.wait(10000));
            auto reply = sync::parseMessage(received.first().first().toString());
            QVERIFY(reply.ok());
            QCOMPARE(reply->type, QStringLiteral("refused"));
            QCOMPARE(reply->body.value(QLatin1String("reason")).toString(), QStringLiteral("pairing"));
        }
        QVERIFY(checkInEverywhere(1) >= 0);
        everythingIsEverywhereOnce();
    }
};

QTEST_GUILESS_MAIN(TestHubHostile)
#include "tst_hub_hostile.moc"
