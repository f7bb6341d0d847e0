// The kiosk prints the badge through a real CUPS (a private cupsd): a scan
// checks the person in, the badge comes out of the queue and the print is in
// the log; with the printer stopped the person is told to ask at the desk
// and stays checked in.

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

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickWindow>
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
                                     { QStringLiteral("printer"), QStringLiteral("badges") } })
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
    }

    void scan(const QString &code)
    {
        typeText(m_app->window(), code);
        QTest::keyClick(m_app->window(), Qt::Key_Return);
        QVERIFY(waitFor([this] { return m_app->controller()->screen() == KioskController::Confirm; }));
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

    void scanPrintsTheBadge()
    {
        const Attendee &a = freshPerson();
        scan(a.token);
        QVERIFY(checkedIn(a.id));
        QVERIFY2(waitFor([&] { return printCount(a.id) == 1; }, 30000), "no badge_printed event");
        QVERIFY(m_cups.waitIdle(QStringLiteral("badges"), 20000));
        QVERIFY(QFileInfo(m_cups.outputPath(QStringLiteral("badges"))).size() > 1000);
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
        QVERIFY2(printed.contains(expected.group) && printed.contains(a.lastName), qPrintable(printed));
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
        QVERIFY(checkedIn(a.id));
        QCOMPARE(printCount(a.id), 0);
        QVERIFY(m_cups.enableQueue(QStringLiteral("badges"), &error));
    }

    void cleanupTestCase()
    {
        m_app.reset();
        m_cups.stop();
    }
};

QTEST_MAIN(TestKioskBadges)
#include "test_kiosk_badges.moc"
