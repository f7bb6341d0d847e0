// The organisers' desk beside a real hub and a real kiosk, as at the venue:
// `oppmote hub` runs as a separate process over TLS on the hub's database;
// the desk (AdminApp) opens that database on the organisers' machine; the
// kiosk (KioskApp, prepared with `oppmote prepare-kiosk`) syncs with the hub.
// A check-in at the kiosk is on the dashboard within a second; a person moved
// and locked at the desk and published has the new group on the kiosk's
// confirmation; a walk-in taken at the kiosk is approved at the desk and the
// kiosk learns it. The kiosk prints to a queue of a private cupsd: its
// printer's state is on the dashboard, and a kiosk that leaves is offline there.

#include "admin_app.h"
#include "appkit/allocation_editor_model.h"
#include "appkit/allocation_runs_model.h"
#include "appkit/device_list_model.h"
#include "appkit/walkin_queue_model.h"
#include "cli_runner.h"
#include "hub_process.h"
#include "kiosk/hub_link.h"
#include "kiosk/printer_report.h"
#include "kiosk/walkin_controller.h"
#include "kiosk_app.h"
#include "kiosk_sample_store.h"
#include "kiosk_test_support.h"
#include "private_cups.h"
#include "required_tool.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

// Both apps' QML modules, and the shared one once.
Q_IMPORT_QML_PLUGIN(Oppmote_KioskPlugin)
Q_IMPORT_QML_PLUGIN(Oppmote_AdminPlugin)
Q_IMPORT_QML_PLUGIN(Oppmote_UiPlugin)

using namespace oppmote;
using namespace oppmote::kiosk;
using namespace oppmote::quicktest;

namespace {

QString text(const QString &db, const QString &sql)
{
    sql::Connection raw;
    if (!raw.open(db, false).ok())
        return {};
    sql::Statement st(raw, sql.toUtf8().constData());
    return st.step() ? st.text(0) : QString();
}

} // namespace

class TestDeskHubKiosk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_hubDb, m_kioskDb;
    QList<Attendee> m_people;
    test::PrivateCups m_cups;
    test::HubProcess m_hub;
    KioskOptions m_kioskOptions;
    std::unique_ptr<KioskApp> m_kiosk;
    std::unique_ptr<admin::AdminApp> m_desk;

    static constexpr const char *kKioskPrinter = "kiosk3-badges";

    // Kiosk 3 on the desk's device list: {online, what it reported, needs attention}.
    struct KioskRow {
        bool online = false;
        QString state;
        bool attention = false;
    };
    KioskRow kioskOnTheDesk() const
    {
        DeviceListModel *devices = m_desk->devices();
        for (int i = 0; i < devices->rowCount(); ++i) {
            const QModelIndex at = devices->index(i, 0);
            if (devices->data(at, DeviceListModel::NameRole).toString() == QLatin1String("Kiosk 3"))
                return { devices->data(at, DeviceListModel::OnlineRole).toBool(),
                    devices->data(at, DeviceListModel::StateTextRole).toString(),
                    devices->data(at, DeviceListModel::NeedsAttentionRole).toBool() };
        }
        return {};
    }
    // The same as the dashboard draws it.
    QString kioskStateOnTheDashboard() const
    {
        return itemText(m_desk->window(), QStringLiteral("deviceState_Kiosk 3"));
    }

    void startKiosk()
    {
        m_kiosk = std::make_unique<KioskApp>(m_kioskOptions);
        QVERIFY(m_kiosk->start().ok());
        QVERIFY2(waitFor([this] { return m_kiosk->device()->online(); }, 20000),
            qPrintable(m_kiosk->hubLink()->client()->lastError() + m_hub.log()));
    }

    int arrivedOnTheDashboard() const
    {
        return itemText(m_desk->window(), QStringLiteral("venueArrivedValue")).toInt();
    }

    // A code read at the kiosk, as its hand scanner types it; waits for the confirmation.
    void scan(const QString &code)
    {
        m_kiosk->controller()->goHome();
        typeText(m_kiosk->window(), code);
        QTest::keyClick(m_kiosk->window(), Qt::Key_Return);
        QVERIFY(waitFor([this] {
            return m_kiosk->controller()->screen() == KioskController::Confirm
                && m_kiosk->controller()->confirm()->state() != ConfirmController::Busy;
        }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        OPPMOTE_REQUIRE_TOOL("openssl", "openssl"); // the hub makes its certificate with it
        // The workshop with its group work allocated, held today: the kiosk shows today's group.
        m_hubDb = m_dir.filePath(QStringLiteral("hub.sqlite"));
        auto sample = prepareSampleStore(m_hubDb, 300, 2017, QStringLiteral("Hub"));
        QVERIFY2(sample.ok(), qPrintable(sample.ok() ? QString() : sample.error().message));
        m_people = sample->attendees;
        {
            sql::Connection raw;
            QVERIFY(raw.open(m_hubDb, false).ok());
            sql::Statement day(raw, "UPDATE days SET date = ?1 WHERE number = ?2");
            for (int n = 1; n <= 2; ++n) {
                day.bind(1, QDate::currentDate().addDays(n - 1).toString(Qt::ISODate)).bind(2, qint64(n));
                QVERIFY(day.exec().ok());
                day.reset();
            }
        }
        QString why;
        QVERIFY2(m_cups.start(&why), qPrintable(why));
        QVERIFY2(m_cups.addPdfQueue(QString::fromLatin1(kKioskPrinter), &why), qPrintable(why));
        QVERIFY2(m_hub.start(m_hubDb, &why), qPrintable(why));

        m_kioskDb = m_dir.filePath(QStringLiteral("kiosk3.sqlite"));
        const QString config = m_dir.filePath(QStringLiteral("kiosk3.json"));
        const test::CliResult prepared = test::runCli(
            { QStringLiteral("prepare-kiosk"), QStringLiteral("--out"), m_kioskDb, QStringLiteral("--name"),
                QStringLiteral("Kiosk 3"), QStringLiteral("--hub"), m_hub.url(), QStringLiteral("--config"),
                config, QStringLiteral("--pin"), QStringLiteral("2468"), QStringLiteral("--printer"),
                QString::fromLatin1(kKioskPrinter) },
            m_hubDb);
        QVERIFY2(prepared.exitCode == 0, qPrintable(prepared.errors()));

        m_kioskOptions.configPath = config;
        m_kioskOptions.databasePath = m_kioskDb;
        m_kioskOptions.testing = true;
        m_kioskOptions.virtualKeyboard = false;
        m_kioskOptions.language = QStringLiteral("en");
        startKiosk();

        admin::AdminOptions deskOptions;
        deskOptions.databasePath = m_hubDb;
        deskOptions.testing = true;
        deskOptions.language = QStringLiteral("en");
        deskOptions.by = QStringLiteral("Desk");
        deskOptions.reportsDir = m_dir.filePath(QStringLiteral("reports"));
        m_desk = std::make_unique<admin::AdminApp>(deskOptions);
        QVERIFY(m_desk->start().ok());
        QVERIFY(waitFor([this] { return m_desk->ready(); }, 10000));
        QVERIFY(waitFor([this] { return item(m_desk->window(), QStringLiteral("venueArrivedValue")); }));
    }

    void aCheckInAtTheKioskIsOnTheDashboardWithinASecond()
    {
        const int before = arrivedOnTheDashboard();
        scan(m_people.at(0).token);
        QCOMPARE(m_kiosk->controller()->confirm()->state(), ConfirmController::CheckedIn);
        QElapsedTimer shown;
        shown.start();
        QVERIFY2(waitFor([&] { return arrivedOnTheDashboard() == before + 1; }, 1000),
            qPrintable(QStringLiteral("the dashboard shows %1").arg(arrivedOnTheDashboard())));
        qInfo("kiosk confirmation → the desk's dashboard: %lld ms", shown.elapsed());
    }

    void theKiosksPrinterIsOnTheDashboard()
    {
        m_desk->navigation()->show(admin::AdminNavigation::Dashboard);
        QString why;
        QVERIFY2(m_cups.enableQueue(QString::fromLatin1(kKioskPrinter), &why), qPrintable(why));
        m_kiosk->printerReport()->checkNow();
        QVERIFY2(
            waitFor([this] { return kioskOnTheDesk().state.contains(QLatin1String("printer ready")); }, 5000),
            qPrintable(kioskOnTheDesk().state));
        QVERIFY(kioskOnTheDesk().online);
        QVERIFY(!kioskOnTheDesk().attention);
        QVERIFY2(kioskStateOnTheDashboard().contains(QLatin1String("printer ready")),
            qPrintable(kioskStateOnTheDashboard()));

        // Someone pauses the kiosk's queue: the desk says so, in its words, within a second of the kiosk
        // knowing.
        QVERIFY2(m_cups.disableQueue(QString::fromLatin1(kKioskPrinter), &why), qPrintable(why));
        QElapsedTimer shown;
        shown.start();
        m_kiosk->printerReport()->checkNow();
        QVERIFY2(waitFor([this] { return kioskOnTheDesk().state.contains(QLatin1String("printer: paused")); },
                     2000),
            qPrintable(kioskOnTheDesk().state));
        qInfo("printer paused at the kiosk → the desk: %lld ms", shown.elapsed());
        QVERIFY(kioskOnTheDesk().attention);
        QVERIFY(waitFor([this] { return kioskStateOnTheDashboard().contains(QLatin1String("paused")); }));

        QVERIFY2(m_cups.enableQueue(QString::fromLatin1(kKioskPrinter), &why), qPrintable(why));
        m_kiosk->printerReport()->checkNow();
        QVERIFY(waitFor(
            [this] { return kioskOnTheDesk().state.contains(QLatin1String("printer ready")); }, 2000));
        QVERIFY(!kioskOnTheDesk().attention);
    }

    void aKioskThatLeavesIsOfflineOnTheDashboardAndBackWhenItReturns()
    {
        m_desk->navigation()->show(admin::AdminNavigation::Dashboard);
        QVERIFY(waitFor([this] { return kioskOnTheDesk().online; }, 5000));
        QElapsedTimer gone;
        gone.start();
        m_kiosk.reset(); // switched off
        QVERIFY2(
            waitFor([this] { return !kioskOnTheDesk().online; }, 3000), qPrintable(kioskOnTheDesk().state));
        qInfo("kiosk switched off → offline on the desk: %lld ms", gone.elapsed());
        QVERIFY2(kioskOnTheDesk().state.startsWith(QLatin1String("when last seen: ")),
            qPrintable(kioskOnTheDesk().state));
        startKiosk();
        QVERIFY2(
            waitFor([this] { return kioskOnTheDesk().online; }, 5000), qPrintable(kioskOnTheDesk().state));
    }

    void aMemberMovedAndPublishedAtTheDeskHasTheNewGroupAtTheKiosk()
    {
        const QString slot = QStringLiteral("d1-1400");
        // Allocated at the desk, on everyone expected (nobody is there yet).
        m_desk->navigation()->show(admin::AdminNavigation::GroupWork);
        AllocationEditorModel *groups = m_desk->groups();
        groups->setSlot(slot);
        AllocationRunsModel *runs = m_desk->groupRuns();
        QVERIFY(waitFor([runs, slot] { return runs->slotKey() == slot && !runs->loading(); }));
        QSignalSpy ran(runs, &StoreListModel::actionDone);
        runs->run(true, QStringLiteral("First allocation"));
        QVERIFY(waitFor([&] { return ran.size() == 1; }, 30000));
        QVERIFY2(ran.at(0).at(0).toBool(), qPrintable(ran.at(0).at(1).toString()));

        Assignment before;
        Group target;
        {
            auto hub = Store::open(m_hubDb); // only to look: the desk writes
            QVERIFY(hub.ok());
            auto placed = hub->assignments(slot);
            QVERIFY(placed.ok() && !placed->isEmpty());
            // A participant placed by the solver (not a facilitator).
            const auto movable = std::find_if(placed->begin(), placed->end(), [this](const Assignment &a) {
                return !a.fixed && !a.locked && a.attendeeId != m_people.at(0).id;
            });
            QVERIFY(movable != placed->end());
            before = *movable;
            auto program = hub->program();
            QVERIFY(program.ok());
            const Session *session = program->session(slot);
            QVERIFY(session && session->groups.size() >= 2);
            target = session->groups.at(0).key == before.groupKey ? session->groups.at(1)
                                                                  : session->groups.at(0);
        }

        QVERIFY(waitFor([groups] { return !groups->loading() && groups->count() > 0; }));
        QSignalSpy done(groups, &StoreListModel::actionDone);
        groups->move(before.attendeeId, target.key, QStringLiteral("Asked to join the colleague"));
        QVERIFY(waitFor([&] { return done.size() == 1; }));
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
        groups->publish(QStringLiteral("Final for the day"));
        QVERIFY(waitFor([&] { return done.size() == 2; }));
        QVERIFY2(done.at(1).at(0).toBool(), qPrintable(done.at(1).at(1).toString()));
        QVERIFY(waitFor([groups] { return groups->published(); }));
        m_desk->navigation()->show(admin::AdminNavigation::Dashboard);
        QCOMPARE(
            text(m_hubDb,
                QStringLiteral("SELECT group_key || ':' || locked FROM assignments WHERE slot_key = '%1' AND "
                               "attendee_id = '%2'")
                    .arg(slot, before.attendeeId)),
            target.key + QStringLiteral(":1"));

        // The kiosk fetches the roster the hub now has, and says the new group.
        QVERIFY2(
            waitFor(
                [&] {
                    return text(m_kioskDb,
                               QStringLiteral("SELECT group_key FROM assignments WHERE slot_key = '%1' AND "
                                              "attendee_id = '%2'")
                                   .arg(slot, before.attendeeId))
                        == target.key;
                },
                15000),
            qPrintable(m_hub.log()));
        const auto who = std::find_if(
            m_people.begin(), m_people.end(), [&](const Attendee &a) { return a.id == before.attendeeId; });
        QVERIFY(who != m_people.end());
        QVERIFY(waitFor(
            [&] {
                scan(who->token);
                return m_kiosk->controller()->confirm()->groupName() == target.name;
            },
            10000));
        QCOMPARE(m_kiosk->controller()->confirm()->state() == ConfirmController::CheckedIn
                || m_kiosk->controller()->confirm()->state() == ConfirmController::AlreadyCheckedIn,
            true);
    }

    void aWalkInAtTheKioskIsApprovedAtTheDesk()
    {
        m_kiosk->controller()->goHome();
        m_kiosk->controller()->startWalkIn();
        QVERIFY(waitFor([this] { return m_kiosk->controller()->screen() == KioskController::WalkIn; }));
        WalkInController *form = m_kiosk->controller()->walkIn();
        QSignalSpy submitted(form, &WalkInController::submitted);
        form->setProperty("firstName", QStringLiteral("Vilde"));
        form->setProperty("lastName", QStringLiteral("Dørstokk"));
        form->setProperty("organisation", QStringLiteral("Innlandet fylkeskommune"));
        form->submit();
        QVERIFY(waitFor([&] { return submitted.size() == 1; }));
        const QString id = submitted.at(0).at(0).toString();

        // At the desk within seconds: the kiosk sends registrations at once.
        WalkInQueueModel *queue = m_desk->walkIns();
        QVERIFY2(waitFor(
                     [&] {
                         for (int row = 0; row < queue->rowCount(); ++row)
                             if (queue->data(queue->index(row), WalkInQueueModel::IdRole).toString() == id)
                                 return true;
                         return false;
                     },
                     10000),
            qPrintable(m_hub.log()));
        const int arrived = arrivedOnTheDashboard();
        m_desk->navigation()->show(admin::AdminNavigation::WalkIns);
        QVERIFY(waitFor([&] { return item(m_desk->window(), QStringLiteral("approve_") + id); }));
        QVERIFY(click(m_desk->window(), QStringLiteral("approve_") + id));
        QVERIFY(waitFor([&] {
            return !text(m_hubDb, QStringLiteral("SELECT token FROM attendees WHERE id = '%1'").arg(id))
                        .isEmpty();
        }));
        // Approved is checked in, on the dashboard; and the kiosk learns the code the hub gave.
        m_desk->navigation()->show(admin::AdminNavigation::Dashboard);
        QVERIFY(waitFor([&] { return arrivedOnTheDashboard() == arrived + 1; }, 3000));
        const QString token
            = text(m_hubDb, QStringLiteral("SELECT token FROM attendees WHERE id = '%1'").arg(id));
        QVERIFY2(waitFor(
                     [&] {
                         return text(m_kioskDb,
                                    QStringLiteral("SELECT token FROM attendees WHERE id = '%1'").arg(id))
                             == token;
                     },
                     15000),
            qPrintable(m_hub.log()));
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_kiosk.reset();
        m_hub.stop();
    }
};

QTEST_MAIN(TestDeskHubKiosk)
#include "test_desk_hub_kiosk.moc"
