// The kiosk prints the badge through a real CUPS (a private cupsd): a scan
// checks the person in, the badge comes out of the queue and the print is in
// the log, and the screen follows the job (waiting, printing, ready); with the
// printer stopped the person is told why, stays checked in and can try again;
// a reprint staff approve, and one from the staff screen, say how they end.

#include "badge/badge_data.h"
#include "kiosk_app.h"
#include "kiosk_sample_store.h"
#include "kiosk_test_support.h"
#include "printed_output.h"
#include "private_cups.h"
#include "qml_plugins.h"
#include "required_tool.h"
#include "store/async_store.h"
#include "store/store.h"

#include <QDebug>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace oppmote;
using namespace oppmote::kiosk;
using namespace oppmote::kiosktest;

class TestKioskBadges : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QList<Attendee> m_people;
    Event m_event;
    int m_next = 0;
    test::PrivateCups m_cups;
    std::unique_ptr<KioskApp> m_app;

    const Attendee &freshPerson()
    {
        while (m_people[m_next].type != AttendeeType::Participant)
            ++m_next;
        return m_people[m_next++];
    }

    void startKiosk()
    {
        const QString path = m_dir.filePath(QStringLiteral("kiosk.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject { { QStringLiteral("eventDate"), QStringLiteral("2017-09-25") },
                                     { QStringLiteral("deviceName"), QStringLiteral("Kiosk 1") },
                                     { QStringLiteral("printer"), QStringLiteral("badges") },
                                     // Brother QL die-cut labels in the printer, not the default A6.
                                     { QStringLiteral("badgeTemplate"), QStringLiteral("ql-62x100") } })
                       .toJson());
        file.close();
        KioskOptions options;
        options.configPath = path;
        options.databasePath = m_db;
        options.testing = true;
        options.virtualKeyboard = false;
        options.windowSize = QSize(1280, 800);
        m_app = std::make_unique<KioskApp>(options);
        QVERIFY(m_app->start().ok());
        QVERIFY(waitFor([this] { return m_app->controller()->screen() == KioskController::Welcome; }));
        followBadge();
    }

    void scan(const QString &code)
    {
        typeText(m_app->window(), code);
        QTest::keyClick(m_app->window(), Qt::Key_Return);
        QVERIFY(waitFor([this] {
            return m_app->controller()->screen() == KioskController::Confirm
                && confirm()->state() != ConfirmController::Busy;
        }));
    }

    ConfirmController *confirm() const { return m_app->controller()->confirm(); }

    // Every badge state the confirmation showed since the last clear, in order.
    QList<ConfirmController::Badge> m_seen;

    void followBadge()
    {
        connect(confirm(), &ConfirmController::changed, this, [this] {
            if (m_seen.isEmpty() || m_seen.constLast() != confirm()->badge())
                m_seen.append(confirm()->badge());
        });
    }

    static bool inOrder(const QList<ConfirmController::Badge> &seen, QList<ConfirmController::Badge> wanted)
    {
        qsizetype at = 0;
        for (ConfirmController::Badge b : wanted) {
            at = seen.indexOf(b, at);
            if (at < 0)
                return false;
        }
        return true;
    }

    void enterPin(const QString &pin)
    {
        for (const QChar c : pin)
            QVERIFY(click(m_app->window(), QStringLiteral("pin_") + c));
        QVERIFY(click(m_app->window(), QStringLiteral("pinOk")));
    }

    int printCount(const QString &id)
    {
        m_app->controller()->store()->drain();
        auto store = Store::open(m_db);
        return store.ok() ? store->badgePrintCount(id).value() : -1;
    }

    bool checkedIn(const QString &id)
    {
        m_app->controller()->store()->drain();
        auto store = Store::open(m_db);
        return store.ok() && store->activeEntry(id, QString()).value().has_value();
    }

    // Checked in and their badge printed, then back at the kiosk: "already
    // checked in", with a reprint offered.
    void backWithTheirBadge(const Attendee &a)
    {
        m_app->controller()->goHome();
        scan(a.token);
        QVERIFY(waitFor([&] { return printCount(a.id) == 1; }, 30000));
        m_app->controller()->goHome();
        scan(a.token);
        QCOMPARE(confirm()->state(), ConfirmController::AlreadyCheckedIn);
        QVERIFY(
            waitFor([this] { return item(m_app->window(), QStringLiteral("reprintButton")) != nullptr; }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        OPPMOTE_REQUIRE_TOOL("cupsd", "cups-daemon");
        OPPMOTE_REQUIRE_TOOL("lpadmin", "cups-client");
        QVERIFY2(m_cups.start(&error), qPrintable(error));
        qInfo("private cupsd up in %.0f ms at %s", m_cups.startMs(), qPrintable(m_cups.server()));
        QVERIFY2(m_cups.addPdfQueue(QStringLiteral("badges"), &error), qPrintable(error));
        m_db = m_dir.filePath(QStringLiteral("kiosk.sqlite"));
        auto sample = prepareSampleStore(m_db, 80);
        QVERIFY2(sample.ok(), sample.ok() ? "" : qPrintable(sample.error().message));
        m_people = sample->attendees;
        m_event = sample->event;
        startKiosk();
    }

    // Each test starts at the welcome screen with the printer on, whatever the one before left.
    void init()
    {
        QString error;
        QVERIFY2(m_cups.enableQueue(QStringLiteral("badges"), &error), qPrintable(error));
        m_app->controller()->goHome();
        m_seen.clear();
    }

    void scanPrintsTheBadge()
    {
        const Attendee &a = freshPerson();
        m_seen.clear();
        scan(a.token);
        QVERIFY(checkedIn(a.id));
        QVERIFY2(waitFor([&] { return printCount(a.id) == 1; }, 30000), "no badge_printed event");
        // The screen followed the job and says "ready" once the print is in the log.
        QVERIFY(waitFor([this] { return confirm()->badge() == ConfirmController::BadgeReady; }, 5000));
        QVERIFY2(inOrder(m_seen,
                     { ConfirmController::BadgeNotPrinted, ConfirmController::BadgeQueued,
                         ConfirmController::BadgePrinting, ConfirmController::BadgeReady }),
            qPrintable(QDebug::toString(m_seen)));
        QCOMPARE(itemText(m_app->window(), QStringLiteral("badgeStatus")),
            QStringLiteral("Navneskiltet ditt er klart: ta det fra skriveren."));
        QVERIFY(m_cups.waitIdle(QStringLiteral("badges"), 20000));
        QVERIFY(QFileInfo(m_cups.outputPath(QStringLiteral("badges"))).size() > 1000);
        // On the kiosk's labels: one 62 × 100 mm page.
        const QList<QSizeF> pages = test::pdfPageSizesMm(m_cups.outputPath(QStringLiteral("badges")));
        QCOMPARE(pages.size(), 1);
        QVERIFY2(qAbs(pages[0].width() - 62) < 1 && qAbs(pages[0].height() - 100) < 1,
            qPrintable(QDebug::toString(pages)));
        QVERIFY(item(m_app->window(), QStringLiteral("printProblem")) == nullptr);
        // The badge shows the person's group and room from the allocation, named
        // as the kiosk's loaded programme names them.
        QStringList groupKeys;
        {
            auto store = Store::open(m_db);
            QVERIFY(store.ok());
            for (const GroupAssignment &g : store->assignmentsOf(a.id).value())
                groupKeys << g.groupKey;
        }
        QVERIFY(!groupKeys.isEmpty());
        const BadgeData expected = badgeDataFor(a, m_event, groupKeys);
        QVERIFY(!expected.group.isEmpty());
        const QString printed = test::pdfText(m_cups.outputPath(QStringLiteral("badges")));
        // A long name wraps on the narrow label ("Haaland-⏎Fredriksen"): compared without the breaks.
        const auto unbroken
            = [](QString text) { return text.remove(QRegularExpression(QStringLiteral("\\s"))); };
        QVERIFY2(unbroken(printed).contains(unbroken(expected.group))
                && unbroken(printed).contains(unbroken(a.lastName)),
            qPrintable(printed));
    }

    void stoppedPrinterAsksAtTheDeskAndKeepsTheCheckIn()
    {
        QString error;
        QVERIFY2(m_cups.disableQueue(QStringLiteral("badges"), &error), qPrintable(error));
        m_app->controller()->goHome();
        const Attendee &a = freshPerson();
        scan(a.token);
        QVERIFY(waitFor([this] { return !m_app->controller()->confirm()->printProblem().isEmpty(); }, 60000));
        QVERIFY(item(m_app->window(), QStringLiteral("printProblem")) != nullptr);
        QCOMPARE(confirm()->badge(), ConfirmController::BadgeFailed);
        QVERIFY(
            !item(m_app->window(), QStringLiteral("badgeStatus"))); // no "being printed" beside the reason
        QVERIFY(checkedIn(a.id));
        QCOMPARE(printCount(a.id), 0);
        // The printer is back: "Try again" prints it, and the reason goes.
        QVERIFY(m_cups.enableQueue(QStringLiteral("badges"), &error));
        QVERIFY(click(m_app->window(), QStringLiteral("retryBadgeButton")));
        QVERIFY(waitFor([this] { return confirm()->badge() == ConfirmController::BadgeReady; }, 30000));
        QVERIFY(item(m_app->window(), QStringLiteral("printProblem")) == nullptr);
        QCOMPARE(printCount(a.id), 1);
    }

    void reprintNeedsStaffPinAndSaysWhenItIsReady()
    {
        const Attendee &a = freshPerson();
        backWithTheirBadge(a);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(click(m_app->window(), QStringLiteral("reprintButton")));
        QVERIFY(waitFor([this] { return m_app->controller()->screen() == KioskController::StaffPin; }));
        QCOMPARE(printCount(a.id), 1); // nothing printed before staff approve
        m_seen.clear();
        enterPin(QStringLiteral("1234"));
        QVERIFY(waitFor([this] { return m_app->controller()->screen() == KioskController::Confirm; }, 8000));
        QVERIFY(waitFor([this] { return confirm()->badge() == ConfirmController::BadgeReady; }, 30000));
        QVERIFY2(inOrder(m_seen, { ConfirmController::BadgeQueued, ConfirmController::BadgeReady }),
            qPrintable(QDebug::toString(m_seen)));
        QCOMPARE(printCount(a.id), 2);
        // The new badge is in their hand: not offered a third time on this screen.
        QVERIFY(item(m_app->window(), QStringLiteral("reprintButton")) == nullptr);
    }

    // The person's confirmation is on screen while their badge is printed from
    // elsewhere (staff): the reprint button goes away while it prints and comes back.
    void reprintIsNotOfferedWhileTheirBadgePrintsElsewhere()
    {
        const Attendee &a = freshPerson();
        backWithTheirBadge(a);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(confirm()->canReprint());
        m_app->controller()->badgeProgress(a.id, PrintJobState::Queued, {}, false);
        QVERIFY(!confirm()->canReprint());
        QVERIFY(
            waitFor([this] { return item(m_app->window(), QStringLiteral("reprintButton")) == nullptr; }));
        m_app->controller()->badgeProgress(a.id, PrintJobState::Done, {}, false);
        QVERIFY(confirm()->canReprint());
        QVERIFY(
            waitFor([this] { return item(m_app->window(), QStringLiteral("reprintButton")) != nullptr; }));
        m_app->controller()->goHome();
    }

    void staffReprintSaysHowItEnded()
    {
        QString error;
        m_app->controller()->goHome();
        const Attendee &a = freshPerson();
        scan(a.token);
        QVERIFY(waitFor([&] { return printCount(a.id) == 1; }, 30000));
        m_app->controller()->openStaff();
        enterPin(QStringLiteral("1234"));
        QVERIFY(waitFor([this] { return m_app->controller()->screen() == KioskController::Staff; }, 8000));
        QCOMPARE(itemText(m_app->window(), QStringLiteral("printerStatus")),
            QStringLiteral("Skriver: badges – klar"));
        const QString name = a.firstName + QLatin1Char(' ') + a.lastName;
        QVERIFY(click(m_app->window(), QStringLiteral("staffReprintButton")));
        QVERIFY(waitFor(
            [&] {
                return itemText(m_app->window(), QStringLiteral("staffMessage"))
                    == QStringLiteral("Navneskiltet til %1 er skrevet ut.").arg(name);
            },
            30000));
        QCOMPARE(printCount(a.id), 2);
        // A double tap asks for one badge, not two.
        QVERIFY(click(m_app->window(), QStringLiteral("staffReprintButton")));
        QVERIFY(click(m_app->window(), QStringLiteral("staffReprintButton")));
        QVERIFY(waitFor(
            [&] {
                return itemText(m_app->window(), QStringLiteral("staffMessage"))
                    == QStringLiteral("Navneskiltet til %1 er skrevet ut.").arg(name);
            },
            30000));
        // A second job would have been queued at once and would still keep CUPS busy.
        QVERIFY(m_cups.waitIdle(QStringLiteral("badges"), 20000));
        QCOMPARE(printCount(a.id), 3);
        // With the printer stopped the message says so, in red, with the reason.
        QVERIFY2(m_cups.disableQueue(QStringLiteral("badges"), &error), qPrintable(error));
        QVERIFY(click(m_app->window(), QStringLiteral("staffReprintButton")));
        QVERIFY(waitFor([this] { return m_app->controller()->staff()->messageIsProblem(); }, 60000));
        QVERIFY2(itemText(m_app->window(), QStringLiteral("staffMessage"))
                     .startsWith(QStringLiteral("Navneskiltet til %1 ble ikke skrevet ut: ").arg(name)),
            qPrintable(itemText(m_app->window(), QStringLiteral("staffMessage"))));
        QCOMPARE(printCount(a.id), 3); // nothing more
        // The printer line says what CUPS said once it was asked after the failure.
        QVERIFY2(waitFor(
                     [this] {
                         return itemText(m_app->window(), QStringLiteral("printerStatus"))
                             == QStringLiteral("Skriver: badges – satt på pause");
                     },
                     5000),
            qPrintable(itemText(m_app->window(), QStringLiteral("printerStatus"))));
        QVERIFY(m_cups.enableQueue(QStringLiteral("badges"), &error));
        m_app->controller()->goHome();
    }

    void cleanupTestCase()
    {
        m_app.reset();
        m_cups.stop();
    }
};

QTEST_MAIN(TestKioskBadges)
#include "test_kiosk_badges.moc"
