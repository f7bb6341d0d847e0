// The kiosk's DeviceSession without QML: pairing keeps the hub's secret in
// the settings file; a revocation wipes the store's people and the settings'
// secret; a restart after a revocation stays out of service (and wipes
// again). A real SQLite store on its thread, in a temporary folder.

#include "kiosk/device_session.h"
#include "kiosk/kiosk_controller.h"
#include "sample_store.h"
#include "store/async_store.h"
#include "store/store.h"

#include <QSignalSpy>
#include <QTest>

using namespace oppmote;

namespace {

const QString kHub = QStringLiteral("wss://hub.example.no:8443");
const QString kToken = QStringLiteral("abcdefghijklmnopqrstuvwx");

PairingCode hubCode(const QString &hub = kHub, const QString &token = kToken)
{
    return PairingCode { hub, token, KioskMode { QStringLiteral("d1-1400-g2") }, QStringLiteral("badges"),
        QString(64, QLatin1Char('c')) };
}

} // namespace

class TestKioskDeviceSession : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SampleStore> m_sample;
    QString m_configPath;
    std::unique_ptr<AsyncStore> m_store;
    std::unique_ptr<DeviceSession> m_device;

    // A kiosk starting: the settings read from their file, the device session
    // built, then the store opened (as KioskApp does it).
    void start()
    {
        stop();
        auto config = KioskConfig::read(m_configPath);
        QVERIFY2(config.ok(), qPrintable(config.error().message));
        m_store = std::make_unique<AsyncStore>();
        m_device = std::make_unique<DeviceSession>(config.value(), m_configPath, m_store.get());
        QSignalSpy opened(m_store.get(), &AsyncStore::opened);
        m_store->open(m_sample->path);
        QVERIFY(opened.wait(10000));
        QVERIFY2(opened.at(0).at(0).toBool(), qPrintable(opened.at(0).at(1).toString()));
    }

    void stop()
    {
        if (m_store)
            m_store->drain();
        m_device.reset();
        m_store.reset();
    }

    qsizetype peopleInStore()
    {
        m_store->drain();
        auto store = Store::open(m_sample->path);
        if (!store.ok())
            return -1;
        auto people = store->attendees();
        return people.ok() ? people->size() : -1;
    }

    KioskConfig savedConfig()
    {
        auto saved = KioskConfig::read(m_configPath);
        return saved.ok() ? saved.value() : KioskConfig {};
    }

private Q_SLOTS:
    void init()
    {
        m_sample = std::make_unique<test::SampleStore>(test::makeSampleStore(40, QStringLiteral("Kiosk 4")));
        m_sample->store.reset(); // the kiosk's own connection is the only writer
        m_configPath = m_sample->dir->filePath(QStringLiteral("kiosk.json"));
        KioskConfig config;
        config.deviceName = QStringLiteral("Kiosk 4");
        QVERIFY(config.write(m_configPath).ok());
    }

    void cleanup() { stop(); }

    void pairingKeepsTheSecretInTheSettingsFile()
    {
        start();
        QVERIFY(!m_device->paired());
        QSignalSpy pairing(m_device.get(), &DeviceSession::pairingChanged);
        QSignalSpy mode(m_device.get(), &DeviceSession::modeChanged);
        const PairingCode code = hubCode();
        QVERIFY(m_device->pair(pairingCodeText(code), false).ok());
        QVERIFY(m_device->paired());
        QVERIFY(m_device->sessionDoor());
        QCOMPARE(pairing.size(), 1);
        QCOMPARE(mode.size(), 1);
        KioskConfig saved = savedConfig();
        QCOMPARE(saved.hubUrl, code.hubUrl);
        QCOMPARE(saved.deviceToken, code.token);
        QCOMPARE(saved.hubFingerprint, code.fingerprint);
        QCOMPARE(saved.mode.text(), QStringLiteral("session:d1-1400-g2"));
        QCOMPARE(saved.printerQueue, QStringLiteral("badges"));

        // The hub exchanged the one-time token for the device's secret.
        m_device->keepDeviceSecret(QStringLiteral("secret-from-the-hub"));
        saved = savedConfig();
        QCOMPARE(saved.deviceSecret, QStringLiteral("secret-from-the-hub"));
        QVERIFY(saved.deviceToken.isEmpty());
        QCOMPARE(m_device->config().deviceSecret, QStringLiteral("secret-from-the-hub"));

        // Paired: a stranger's code is refused outside staff mode, and nothing changes.
        const PairingCode other
            = hubCode(QStringLiteral("wss://evil.example"), QStringLiteral("zyxwvutsrqponmlkjihgfedc"));
        const Status refused = m_device->pair(pairingCodeText(other), false);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(savedConfig().hubUrl, code.hubUrl);
        QCOMPARE(savedConfig().deviceSecret, QStringLiteral("secret-from-the-hub"));
        // A damaged code is refused with its reason.
        QVERIFY(!m_device->pair(QStringLiteral("{\"oppmote\":\"pair\",\"v\":1}"), true).ok());
        // Staff may pair it again: a new hub, a new token, the old secret gone.
        QVERIFY(m_device->pair(pairingCodeText(other), true).ok());
        saved = savedConfig();
        QCOMPARE(saved.hubUrl, other.hubUrl);
        QCOMPARE(saved.deviceToken, other.token);
        QVERIFY(saved.deviceSecret.isEmpty());

        // A restart reads it all back.
        start();
        QVERIFY(m_device->paired());
        QCOMPARE(m_device->config().hubUrl, other.hubUrl);
    }

    void revocationWipesThePeopleAndTheSecret()
    {
        start();
        QVERIFY(m_device->pair(pairingCodeText(hubCode()), false).ok());
        m_device->keepDeviceSecret(QStringLiteral("secret-from-the-hub"));
        m_device->setOnline(true);
        QVERIFY(m_device->online());
        QCOMPARE(peopleInStore(), qsizetype(40));

        QSignalSpy wiped(m_device.get(), &DeviceSession::wiped);
        QSignalSpy revoked(m_device.get(), &DeviceSession::revokedChanged);
        m_device->revoke();
        QVERIFY(m_device->revoked());
        QVERIFY(!m_device->online());
        QCOMPARE(revoked.size(), 1);
        // Remembered before the wipe, without the secret.
        const KioskConfig saved = savedConfig();
        QVERIFY(saved.revoked);
        QVERIFY(saved.deviceSecret.isEmpty());
        QVERIFY(saved.deviceToken.isEmpty());
        QVERIFY(wiped.wait(10000));
        QCOMPARE(wiped.at(0).at(0).toBool(), true);
        QCOMPARE(peopleInStore(), qsizetype(0));

        // Nothing brings it back: not the hub, not a pairing code, not a second revocation.
        m_device->setOnline(true);
        QVERIFY(!m_device->online());
        m_device->keepDeviceSecret(QStringLiteral("another-secret"));
        QVERIFY(savedConfig().deviceSecret.isEmpty());
        QVERIFY(!m_device->pair(pairingCodeText(hubCode()), true).ok());
        m_device->revoke();
        QCOMPARE(revoked.size(), 1);
        QTest::qWait(50);
        QCOMPARE(wiped.size(), 1);
    }

    void aRestartAfterARevocationStaysOutOfService()
    {
        start();
        QSignalSpy firstWipe(m_device.get(), &DeviceSession::wiped);
        m_device->revoke();
        QVERIFY(firstWipe.wait(10000));
        stop();
        // The power went before the wipe was done: the people are back in the file.
        {
            auto store = Store::open(m_sample->path);
            QVERIFY(store.ok());
            QVERIFY(store->upsertAttendees(m_sample->attendees).ok());
        }
        QCOMPARE(qsizetype(Store::open(m_sample->path)->attendees()->size()), qsizetype(40));

        // The next start is out of service from the first moment and wipes again.
        auto config = KioskConfig::read(m_configPath);
        QVERIFY(config.ok());
        m_store = std::make_unique<AsyncStore>();
        m_device = std::make_unique<DeviceSession>(config.value(), m_configPath, m_store.get());
        QVERIFY(m_device->revoked());
        KioskController controller(m_device.get(), m_store.get());
        QSignalSpy ready(&controller, &KioskController::ready);
        QSignalSpy wiped(m_device.get(), &DeviceSession::wiped);
        m_store->open(m_sample->path);
        QVERIFY(wiped.wait(10000));
        QCOMPARE(wiped.at(0).at(0).toBool(), true);
        QCOMPARE(peopleInStore(), qsizetype(0));
        // Navigation follows the device: no roster, the loading screen says why.
        QTest::qWait(100);
        QCOMPARE(ready.size(), 0);
        QCOMPARE(controller.screen(), KioskController::Loading);
        QVERIFY(!controller.loadError().isEmpty());
        controller.goHome();
        QCOMPARE(controller.screen(), KioskController::Loading);
        controller.handleCode(m_sample->attendees.first().token, CheckinMethod::Wedge);
        QCOMPARE(controller.screen(), KioskController::Loading);
        m_device->setOnline(true);
        QVERIFY(!m_device->online());
        m_store->drain();
    }
};

QTEST_MAIN(TestKioskDeviceSession)
#include "test_kiosk_device_session.moc"
