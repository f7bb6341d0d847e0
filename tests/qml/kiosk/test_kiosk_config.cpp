// Kiosk settings, pairing codes and the staff PIN hash.

#include "kiosk/kiosk_config.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace oppmote;

class TestKioskConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        KioskConfig c;
        c.hubUrl = QStringLiteral("wss://hub:8443");
        c.deviceName = QStringLiteral("Kiosk 3");
        c.mode = KioskMode { QStringLiteral("d1-1400-g2") };
        c.printerQueue = QStringLiteral("badges");
        c.badgeTemplate = QStringLiteral("ql-62x100");
        c.idleTimeoutSeconds = 30;
        c.reprintNeedsStaff = false;
        c.language = QStringLiteral("nn");
        c.eventDate = QDate(2017, 9, 25);
        c.scannerDevice = QStringLiteral("/dev/input/by-id/usb-Scanner-event-kbd");
        c.scannerPrefix = QStringLiteral("]Q");
        c.scannerNeedsEnter = true;
        const QString path = dir.filePath(QStringLiteral("k.json"));
        QVERIFY(c.write(path).ok());
        auto back = KioskConfig::read(path);
        QVERIFY(back.ok());
        QCOMPARE(back->toJson(), c.toJson());
        QCOMPARE(back->scannerDevice, c.scannerDevice);
        QCOMPARE(back->scannerPrefix, QStringLiteral("]Q"));
        QVERIFY(back->scannerSuffix.isEmpty());
        QVERIFY(back->scannerNeedsEnter);
        QCOMPARE(back->mode.text(), QStringLiteral("session:d1-1400-g2"));
        QCOMPARE(back->badgeTemplate, QStringLiteral("ql-62x100"));
    }

    void refusals()
    {
        auto badMode
            = KioskConfig::fromJson(QJsonObject { { QStringLiteral("mode"), QStringLiteral("lobby") } });
        QVERIFY(!badMode.ok());
        QVERIFY(badMode.error().message.contains(QStringLiteral("lobby")));
        QVERIFY(!KioskConfig::fromJson(QJsonObject { { QStringLiteral("idleTimeoutSeconds"), 0 } }).ok());
        QVERIFY(!KioskConfig::fromJson(
            QJsonObject { { QStringLiteral("eventDate"), QStringLiteral("25.9.2017") } })
                     .ok());
        // A template the kiosk does not have: refused with the ones it has.
        auto badTemplate = KioskConfig::fromJson(
            QJsonObject { { QStringLiteral("badgeTemplate"), QStringLiteral("/home/me/mine.json") } });
        QVERIFY(!badTemplate.ok());
        QVERIFY2(badTemplate.error().message.contains(QStringLiteral("ql-62x100")),
            qPrintable(badTemplate.error().message));
        QTemporaryDir dir;
        QVERIFY(!KioskConfig::read(dir.filePath(QStringLiteral("missing.json"))).ok());
        QFile f(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        QCOMPARE(KioskConfig::read(f.fileName()).error().code, ErrorCode::InvalidInput);
    }

    void pairing()
    {
        const QString fingerprint = QString(64, QLatin1Char('a'));
        PairingCode code { QStringLiteral("wss://hub.example.no"), QStringLiteral("0123456789abcdefXYZ"),
            KioskMode {}, QStringLiteral("badges"), fingerprint };
        const QString text = pairingCodeText(code);
        QVERIFY(looksLikePairingCode(text));
        QVERIFY(!looksLikePairingCode(QStringLiteral("OP1-22K0FNNFMKF3CHTHJJA6YD0DM8Z")));
        auto parsed = parsePairingCode(text);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->hubUrl, code.hubUrl);
        QCOMPARE(parsed->token, code.token);
        KioskConfig c;
        applyPairing(c, parsed.value());
        QVERIFY(c.paired());
        QCOMPARE(c.printerQueue, QStringLiteral("badges"));
        QCOMPARE(c.hubFingerprint, fingerprint); // pinned from now on
        QVERIFY(c.badgeTemplate.isEmpty()); // none in the code: the kiosk's own stays
        // The organisers' code names the labels in that printer; the kiosk takes it.
        PairingCode withTemplate = code;
        withTemplate.badgeTemplate = QStringLiteral("zebra-4x3");
        auto parsedTemplate = parsePairingCode(pairingCodeText(withTemplate));
        QVERIFY(parsedTemplate.ok());
        applyPairing(c, parsedTemplate.value());
        QCOMPARE(c.badgeTemplate, QStringLiteral("zebra-4x3"));
        withTemplate.badgeTemplate = QStringLiteral("no-such-labels");
        QVERIFY(!parsePairingCode(pairingCodeText(withTemplate)).ok());
        // A damaged fingerprint is refused, not ignored (it would disable the pin).
        QString damaged = text;
        damaged.replace(fingerprint, QStringLiteral("zz") + fingerprint.mid(2));
        QVERIFY(!parsePairingCode(damaged).ok());
        // No fingerprint means no pin: refused, never "trust whoever answers".
        PairingCode unpinned = code;
        unpinned.fingerprint.clear();
        const auto withoutPin = parsePairingCode(pairingCodeText(unpinned));
        QVERIFY(!withoutPin.ok());
        QVERIFY2(withoutPin.error().message.contains(QStringLiteral("certificate")),
            qPrintable(withoutPin.error().message));
        // Plain ws:// would send the device's secret unencrypted.
        PairingCode plain = code;
        plain.hubUrl = QStringLiteral("ws://hub.example.no");
        QVERIFY(!parsePairingCode(pairingCodeText(plain)).ok());

        QVERIFY(!parsePairingCode(
            QStringLiteral("{\"oppmote\":\"pair\",\"hub\":\"ftp://x\",\"token\":\"0123456789abcdefXYZ\"}"))
                     .ok());
        QVERIFY(!parsePairingCode(
            QStringLiteral("{\"oppmote\":\"pair\",\"hub\":\"wss://x\",\"token\":\"short\"}"))
                     .ok());
        QVERIFY(!parsePairingCode(
            QStringLiteral(
                "{\"oppmote\":\"pair\",\"v\":2,\"hub\":\"wss://x\",\"token\":\"0123456789abcdefXYZ\"}"))
                     .ok());
        QVERIFY(!parsePairingCode(QStringLiteral("{\"oppmote\":\"pair\",\"hub\":\"wss://"
                                                 "x\",\"token\":\"0123456789abcdefXYZ\",\"mode\":\"roof\"}"))
                     .ok());
    }

    void staffPin()
    {
        const QString hash = hashStaffPin(QStringLiteral("4711"));
        QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(verifyStaffPin(hash, QStringLiteral("4711")));
        QVERIFY(!verifyStaffPin(hash, QStringLiteral("4712")));
        QVERIFY(!verifyStaffPin(QString(), QStringLiteral("4711")));
        QVERIFY(hashStaffPin(QStringLiteral("4711")) != hash); // salted
    }
};

QTEST_GUILESS_MAIN(TestKioskConfig)
#include "test_kiosk_config.moc"
