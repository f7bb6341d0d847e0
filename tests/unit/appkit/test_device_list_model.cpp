// DeviceListModel: the devices with when they were last seen, online within
// the window, revoked, and their clocks; what each last reported (events not
// sent, its printer, badges waiting) in words; revoke() goes to the store.

#include "appkit/device_list_model.h"
#include "appkit_test_support.h"

#include <QtTest>

using namespace oppmote;

namespace {

Device kiosk(const QString &id, const QString &name, const QString &mode)
{
    Device device;
    device.id = id;
    device.name = name;
    device.mode = mode;
    return device;
}

} // namespace

class TestDeviceListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whatAKioskReportedAndWhetherItIsConnected()
    {
        test::ModelFixture<DeviceListModel> f(5, QStringLiteral("Hub"));
        Store &hub = *f.s.store;
        QVERIFY(hub.upsertDevice(
                       kiosk(QStringLiteral("dev-2"), QStringLiteral("Kiosk 2"), QStringLiteral("entrance")))
                    .ok());
        QVERIFY(hub.noteDeviceConnected(QStringLiteral("dev-2"), true).ok());
        QVERIFY(hub.noteDeviceStatus(QStringLiteral("dev-2"),
                       { 3, QStringLiteral("badges"), QStringLiteral("out-of-labels"), 2 })
                    .ok());
        QVERIFY(f.start());
        DeviceListModel &model = *f.model;
        const int row = test::rowWith(model, DeviceListModel::IdRole, QStringLiteral("dev-2"));
        QVERIFY(row >= 0);
        QCOMPARE(test::valueAt(model, row, DeviceListModel::OnlineRole).toBool(), true);
        QCOMPARE(test::valueAt(model, row, DeviceListModel::StateTextRole).toString(),
            QStringLiteral("3 not sent yet · printer: out of labels · 2 badges waiting"));
        QCOMPARE(test::valueAt(model, row, DeviceListModel::NeedsAttentionRole).toBool(), true);
        QCOMPARE(test::valueAt(model, row, DeviceListModel::EntriesTodayRole).toInt(), 0);

        // Two check-ins at the desk (the hub's own device) and one undone: one counts at that door.
        for (int i = 0; i < 2; ++i) {
            CheckinRequest request;
            request.attendeeId = f.s.attendees.at(i).id;
            request.method = CheckinMethod::Staff;
            QCOMPARE(hub.checkIn(request)->status, CheckinStatus::CheckedIn);
        }
        QCOMPARE(hub.undoCheckIn(f.s.attendees.at(1).id, QString())->status, CheckinStatus::Undone);
        model.reload();
        const int desk = test::rowWith(model, DeviceListModel::IdRole, hub.localDevice().id);
        QTRY_COMPARE_WITH_TIMEOUT(
            test::valueAt(model, desk, DeviceListModel::EntriesTodayRole).toInt(), 1, 2000);
        QCOMPARE(test::valueAt(model, row, DeviceListModel::EntriesTodayRole).toInt(), 0);

        // The printer is fixed and the queue printed; then the kiosk's connection ends.
        QVERIFY(hub.noteDeviceStatus(QStringLiteral("dev-2"), { 0, QStringLiteral("badges"), QString(), 0 })
                    .ok());
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(test::valueAt(model, row, DeviceListModel::StateTextRole).toString(),
            QStringLiteral("everything sent · printer ready"), 2000);
        QCOMPARE(test::valueAt(model, row, DeviceListModel::NeedsAttentionRole).toBool(), false);
        QVERIFY(hub.noteDeviceConnected(QStringLiteral("dev-2"), false).ok());
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(
            test::valueAt(model, row, DeviceListModel::OnlineRole).toBool(), false, 2000);
        QCOMPARE(test::valueAt(model, row, DeviceListModel::StateTextRole).toString(),
            QStringLiteral("when last seen: everything sent · printer ready"));
    }

    void devicesTheirClocksAndRevoking()
    {
        test::ModelFixture<DeviceListModel> f(5, QStringLiteral("Hub"));
        Store &hub = *f.s.store;
        const qint64 ahead = 5 * 60 * 1000 + 2000; // five minutes ahead: its clock should be set
        QVERIFY(hub.upsertDevice(
                       kiosk(QStringLiteral("dev-2"), QStringLiteral("Kiosk 2"), QStringLiteral("entrance")))
                    .ok());
        QVERIFY(hub.touchDevice(QStringLiteral("dev-2"), ahead).ok()); // seen now
        QVERIFY(hub.noteDeviceConnected(QStringLiteral("dev-2"), true).ok());
        QVERIFY(hub.upsertDevice(kiosk(QStringLiteral("dev-3"), QStringLiteral("Kiosk 3"),
                                     QStringLiteral("session:d1-1400")))
                    .ok());
        QVERIFY(f.start());
        DeviceListModel &model = *f.model;
        QCOMPARE(model.count(), 3); // the hub's own device too

        const int kiosk2 = test::rowWith(model, DeviceListModel::IdRole, QStringLiteral("dev-2"));
        const int kiosk3 = test::rowWith(model, DeviceListModel::IdRole, QStringLiteral("dev-3"));
        QVERIFY(kiosk2 >= 0 && kiosk3 >= 0);
        QCOMPARE(
            test::valueAt(model, kiosk2, DeviceListModel::NameRole).toString(), QStringLiteral("Kiosk 2"));
        QCOMPARE(
            test::valueAt(model, kiosk2, DeviceListModel::ModeRole).toString(), QStringLiteral("entrance"));
        QCOMPARE(test::valueAt(model, kiosk2, DeviceListModel::OnlineRole).toBool(), true);
        QVERIFY(test::valueAt(model, kiosk2, DeviceListModel::LastSeenRole).toDateTime().isValid());
        QCOMPARE(test::valueAt(model, kiosk2, DeviceListModel::ClockIsOffRole).toBool(), true);
        Device measured;
        measured.clockOffsetMs = ahead;
        QCOMPARE(test::valueAt(model, kiosk2, DeviceListModel::ClockOffsetTextRole).toString(),
            clockOffsetText(measured));
        // Never seen: offline, clock unknown.
        QCOMPARE(test::valueAt(model, kiosk3, DeviceListModel::OnlineRole).toBool(), false);
        QVERIFY(!test::valueAt(model, kiosk3, DeviceListModel::LastSeenRole).toDateTime().isValid());
        QCOMPARE(test::valueAt(model, kiosk3, DeviceListModel::ClockIsOffRole).toBool(), false);
        QCOMPARE(test::valueAt(model, kiosk3, DeviceListModel::ClockOffsetTextRole).toString(),
            clockOffsetText(Device {}));

        QSignalSpy done(&model, &StoreListModel::actionDone);
        model.revoke(QStringLiteral("dev-2"));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 2000);
        QVERIFY2(done.front().at(0).toBool(), qPrintable(done.front().at(1).toString()));
        QVERIFY(done.front().at(1).toString().contains(QStringLiteral("Kiosk 2")));
        QTRY_VERIFY_WITH_TIMEOUT(test::valueAt(model, kiosk2, DeviceListModel::RevokedRole).toBool(), 2000);
        QCOMPARE(test::valueAt(model, kiosk2, DeviceListModel::OnlineRole).toBool(), false);
        auto devices = hub.devices();
        QVERIFY(devices.ok());
        for (const Device &d : devices.value())
            QCOMPARE(d.revoked, d.id == QStringLiteral("dev-2"));

        model.revoke(QStringLiteral("no-such-device"));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 2000);
        QCOMPARE(done.at(1).at(0).toBool(), false);
        QVERIFY(!done.at(1).at(1).toString().isEmpty());

        // The database's own device cannot be revoked (it would lock the hub out of its log).
        model.revoke(hub.localDevice().id);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 3, 2000);
        QCOMPARE(done.at(2).at(0).toBool(), false);
        QVERIFY(!hub.devices().value().isEmpty());
        for (const Device &d : hub.devices().value())
            if (d.id == hub.localDevice().id)
                QVERIFY(!d.revoked);
    }
};

QTEST_GUILESS_MAIN(TestDeviceListModel)
#include "test_device_list_model.moc"
