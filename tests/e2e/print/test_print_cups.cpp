// Badges through a real CUPS: Qt → a private cupsd → a file. Checks the
// printed page size, its text, and decodes the QR code from the printed page
// back to the attendee's token; the Zebra queue's ZPL has the label's size;
// a stopped, missing or broken printer fails the job with a message a person
// understands, and never touches the check-in.

#include "badge/badge_document.h"
#include "badge_samples.h"
#include "command.h"
#include "i18n/translations.h"
#include "print/print_queue.h"
#include "printed_output.h"
#include "private_cups.h"
#include "required_tool.h"
#include "store/store.h"

#include <QFile>
#include <QPrinterInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace oppmote;

namespace {
constexpr double kPointMm = 25.4 / 72;
const QString kPdfQueue = QStringLiteral("badges_pdf");
const QString kZebraQueue = QStringLiteral("badges_zebra");
const QString kBrokenQueue = QStringLiteral("badges_broken");
const QString kHeldQueue = QStringLiteral("badges_held");

bool sameSize(const QSizeF &a, const QSizeF &b)
{
    return std::abs(a.width() - b.width()) <= kPointMm && std::abs(a.height() - b.height()) <= kPointMm;
}

// Waits for job `id` of `queue` to finish; returns its final state.
PrintJob finished(PrintQueue &queue, int id, int timeoutMs = 20000)
{
    QSignalSpy spy(&queue, &PrintQueue::jobFinished);
    auto isDone = [&] {
        const auto j = queue.job(id);
        return j && (j->state == PrintJobState::Done || j->state == PrintJobState::Failed);
    };
    QElapsedTimer clock;
    clock.start();
    while (!isDone() && clock.elapsed() < timeoutMs)
        spy.wait(100);
    return queue.job(id).value_or(PrintJob {});
}
} // namespace

class TestPrintCups : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void qprinterToNamedQueue();
    void printQueueToPdfQueue();
    void zebraLabelSize();
    void stoppedQueueFailsThenRetryPrints();
    void missingPrinterIsExplained();
    void brokenDeviceFailsWithoutUndoingCheckIn();
    void heldJobTimesOut();
    void printOnceAndReprints();
    void commandLineBatch();

private:
    test::PrivateCups m_cups;
    QTemporaryDir m_work;
};

void TestPrintCups::initTestCase()
{
    QString error;
    OPPMOTE_REQUIRE_TOOL("cupsd", "cups-daemon");
    OPPMOTE_REQUIRE_TOOL("lpadmin", "cups-client");
    OPPMOTE_REQUIRE_TOOL("pdftoppm", "poppler-utils");
    QVERIFY2(m_cups.start(&error), qPrintable(error));
    QVERIFY2(m_cups.addPdfQueue(kPdfQueue, &error), qPrintable(error));
    QVERIFY2(m_cups.addZebraQueue(kZebraQueue, &error), qPrintable(error));
    qInfo("private cupsd up in %.0f ms at %s", m_cups.startMs(), qPrintable(m_cups.server()));
}

void TestPrintCups::qprinterToNamedQueue()
{
    // QPrinter (NativeFormat) straight to the queue; Qt finds it through CUPS_SERVER.
    QVERIFY(!QPrinterInfo::printerInfo(kPdfQueue).isNull());
    auto t = loadBadgeTemplate(QStringLiteral("a6"));
    QVERIFY(t.ok());
    const BadgeData badge = test::longNameBadge();
    QVERIFY(m_cups.resetOutput(kPdfQueue));
    auto s = printBadges(kPdfQueue, t.value(), { badge });
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    QVERIFY(m_cups.waitIdle(kPdfQueue, 20000));
    const QString out = m_cups.outputPath(kPdfQueue);
    QVERIFY2(QFileInfo(out).size() > 0, qPrintable(m_cups.errorLog()));
    const auto sizes = test::pdfPageSizesMm(out);
    QCOMPARE(sizes.size(), 2); // front and back
    for (const QSizeF &size : sizes)
        QVERIFY2(sameSize(size, t->pageMm),
            qPrintable(QStringLiteral("%1 × %2").arg(size.width()).arg(size.height())));
    const QString text = test::pdfText(out).simplified();
    QVERIFY2(text.contains(QStringLiteral("Bjørnstad")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Sør-Trøndelag fylkeskommune")));
    QCOMPARE(test::pdfQrCodes(out, 1, 300, m_work.path()), QStringList { badge.token });
}

void TestPrintCups::printQueueToPdfQueue()
{
    PrintQueue queue({ kPdfQueue });
    QSignalSpy printed(&queue, &PrintQueue::badgePrinted);
    QSignalSpy changed(&queue, &PrintQueue::jobChanged);
    const BadgeData badge = test::longNameBadge();
    QVERIFY(m_cups.resetOutput(kPdfQueue));
    const int id = queue.enqueue(badge, QStringLiteral("card-90x54"));
    QCOMPARE(queue.job(id)->state, PrintJobState::Queued); // enqueue returns at once
    const PrintJob job = finished(queue, id);
    QVERIFY2(job.state == PrintJobState::Done, qPrintable(job.message + QLatin1Char(' ') + job.detail));
    QVERIFY(job.cupsJobId > 0);
    QVERIFY(job.acceptedMs > 0 && job.acceptedMs <= job.finishedMs);
    QCOMPARE(printed.size(), 1);
    QCOMPARE(printed.at(0).at(0).toString(), badge.attendeeId);
    QVERIFY(changed.size() >= 3); // queued, printing, accepted, done
    const QString out = m_cups.outputPath(kPdfQueue);
    const auto sizes = test::pdfPageSizesMm(out);
    QCOMPARE(sizes.size(), 1);
    QVERIFY(sameSize(sizes.front(), QSizeF(90, 54))); // landscape card, not turned
    QVERIFY(test::pdfText(out).contains(QStringLiteral("Østensjø-")));
    QCOMPARE(test::pdfQrCodes(out, 1, 300, m_work.path()), QStringList { badge.token });
    qInfo("enqueue → accepted by CUPS %.1f ms, → done %.1f ms", job.acceptedMs, job.finishedMs);
}

void TestPrintCups::zebraLabelSize()
{
    PrintQueue queue({ kZebraQueue });
    QVERIFY(m_cups.resetOutput(kZebraQueue));
    const PrintJob job = finished(queue, queue.enqueue(test::shortNameBadge(), QStringLiteral("zebra-4x3")));
    QVERIFY2(job.state == PrintJobState::Done, qPrintable(job.message + QLatin1Char(' ') + job.detail));
    QFile f(m_cups.outputPath(kZebraQueue));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray zpl = f.readAll();
    QVERIFY(zpl.size() > 1000);
    const test::ZplLabel label = test::zplLabel(zpl);
    // 4 × 3 in at 203 dpi: 812 dots wide (102 bytes a row), 609 rows long.
    QCOMPARE(label.printWidthDots, 812);
    QCOMPARE(label.bytesPerRow, 102);
    QCOMPARE(label.rows, 609);
}

void TestPrintCups::stoppedQueueFailsThenRetryPrints()
{
    QString error;
    QVERIFY2(m_cups.disableQueue(kPdfQueue, &error), qPrintable(error));
    PrintQueue queue({ kPdfQueue });
    QSignalSpy status(&queue, &PrintQueue::printerStatusChanged);
    queue.checkPrinter();
    QVERIFY(status.wait(5000));
    QCOMPARE(status.at(0).at(0).value<PrinterProblem>(), PrinterProblem::Paused);
    QVERIFY(status.at(0).at(1).toString().contains(QLatin1String("off or not connected")));

    const int id = queue.enqueue(test::shortNameBadge(), QStringLiteral("a7"));
    PrintJob job = finished(queue, id);
    QCOMPARE(job.state, PrintJobState::Failed);
    QVERIFY2(job.message.contains(QLatin1String("off or not connected")), qPrintable(job.message));
    QVERIFY(job.detail.contains(QLatin1String("paused")));

    QVERIFY2(m_cups.enableQueue(kPdfQueue, &error), qPrintable(error));
    QVERIFY(queue.retry(id));
    job = finished(queue, id);
    QVERIFY2(job.state == PrintJobState::Done, qPrintable(job.message + QLatin1Char(' ') + job.detail));
    QCOMPARE(job.attempts, 2);
    QVERIFY(!queue.retry(id)); // only failed jobs
}

void TestPrintCups::missingPrinterIsExplained()
{
    PrintQueue queue({ QStringLiteral("no_such_printer") });
    const PrintJob job = finished(queue, queue.enqueue(test::shortNameBadge()));
    QCOMPARE(job.state, PrintJobState::Failed);
    QVERIFY2(job.message.contains(QLatin1String("not set up")), qPrintable(job.message));
    QCOMPARE(job.cupsJobId, 0);
}

void TestPrintCups::brokenDeviceFailsWithoutUndoingCheckIn()
{
    // The device is a file in a folder that does not exist: the backend
    // fails, cupsd stops the queue (ErrorPolicy stop-printer).
    QString error;
    QVERIFY2(m_cups.addQueue(kBrokenQueue,
                 QStringLiteral("file://") + m_cups.path(QStringLiteral("missing/dir/out.prn")),
                 { QStringLiteral("-m"), QStringLiteral("drv:///sample.drv/zebra.ppd") }, &error),
        qPrintable(error));
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("kiosk.sqlite")));
    QVERIFY(store.ok());
    Attendee a;
    a.id = QStringLiteral("p1");
    a.firstName = QStringLiteral("Kari");
    a.lastName = QStringLiteral("Nordmann");
    a.token = test::shortNameBadge().token;
    QVERIFY(store->upsertAttendees({ a }).ok());
    auto in = store->checkIn(CheckinRequest { a.id, {}, CheckinMethod::Qr, {}, {} });
    QVERIFY(in.ok());
    QCOMPARE(in->status, CheckinStatus::CheckedIn);

    PrintQueue queue({ kBrokenQueue });
    connect(&queue, &PrintQueue::badgePrinted, this,
        [&](const QString &id) { QVERIFY(store->recordBadgePrinted(id).ok()); });
    const PrintJob job = finished(queue, queue.enqueue(badgeDataFor(a), QStringLiteral("zebra-4x3")));
    QCOMPARE(job.state, PrintJobState::Failed);
    QVERIFY2(
        job.message.contains(QLatin1String("off or not connected")), qPrintable(job.message + job.detail));
    // Still checked in; nothing recorded as printed.
    auto active = store->activeEntry(a.id, {});
    QVERIFY(active.ok() && active.value().has_value());
    QCOMPARE(store->badgePrintCount(a.id).value(), 0);
}

void TestPrintCups::heldJobTimesOut()
{
    // A queue that holds every job: the printer looks fine, the badge never comes.
    QString error;
    QVERIFY2(m_cups.addQueue(kHeldQueue, QStringLiteral("file://") + m_cups.outputPath(kHeldQueue),
                 { QStringLiteral("-m"), QStringLiteral("drv:///sample.drv/zebra.ppd"), QStringLiteral("-o"),
                     QStringLiteral("job-hold-until-default=indefinite") },
                 &error),
        qPrintable(error));
    PrintQueueSettings settings { kHeldQueue };
    settings.timeoutMs = 800;
    PrintQueue queue(settings);
    const PrintJob job = finished(queue, queue.enqueue(test::shortNameBadge(), QStringLiteral("zebra-4x3")));
    QCOMPARE(job.state, PrintJobState::Failed);
    QVERIFY2(job.message.contains(QLatin1String("in time")), qPrintable(job.message));
    QVERIFY(job.cupsJobId > 0);
    QVERIFY(m_cups.waitIdle(kHeldQueue, 5000)); // the held job was cancelled, it will not print later
}

void TestPrintCups::printOnceAndReprints()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("kiosk.sqlite")));
    QVERIFY(store.ok());
    Attendee a;
    a.id = QStringLiteral("p2");
    a.firstName = QStringLiteral("Per");
    a.lastName = QStringLiteral("Hansen");
    a.token = test::shortNameBadge().token;
    QVERIFY(store->upsertAttendees({ a }).ok());

    PrintQueueSettings settings { kPdfQueue };
    settings.printOnce = true;
    PrintQueue queue(settings);
    connect(&queue, &PrintQueue::badgePrinted, this,
        [&](const QString &id) { QVERIFY(store->recordBadgePrinted(id).ok()); });
    auto print = [&](bool reprint) {
        return finished(queue,
            queue.enqueue(
                badgeDataFor(a), QStringLiteral("a7"), store->badgePrintCount(a.id).value(), reprint));
    };
    QCOMPARE(print(false).state, PrintJobState::Done);
    QCOMPARE(store->badgePrintCount(a.id).value(), 1);
    const PrintJob refused = print(false);
    QCOMPARE(refused.state, PrintJobState::Failed);
    QVERIFY(refused.refused);
    QVERIFY(refused.message.contains(QLatin1String("already been printed")));
    QCOMPARE(refused.cupsJobId, 0);
    QCOMPARE(print(true).state, PrintJobState::Done); // staff reprint
    QCOMPARE(store->badgePrintCount(a.id).value(), 2);
    // The print log is in the event log, next to the check-ins.
    int printedEvents = 0;
    for (const CheckinEvent &e : store->events(a.id).value())
        printedEvents += e.kind == EventKind::BadgePrinted;
    QCOMPARE(printedEvents, 2);
}

void TestPrintCups::commandLineBatch()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("admin.sqlite"));
    {
        auto store = Store::open(db);
        QVERIFY(store.ok());
        QList<Attendee> people;
        const QStringList orgs { QStringLiteral("Agder fylkeskommune"), QStringLiteral("KS"),
            QStringLiteral("Agder fylkeskommune"), QStringLiteral("Nordland fylkeskommune") };
        for (int i = 0; i < orgs.size(); ++i) {
            Attendee a;
            a.id = QStringLiteral("c%1").arg(i);
            a.firstName = QStringLiteral("Person");
            a.lastName = QStringLiteral("Nummer%1").arg(i);
            a.organisation = orgs.at(i);
            a.type = i == 3 ? AttendeeType::WalkIn : AttendeeType::Participant;
            a.token = QStringLiteral("O1-CLI%1").arg(i);
            people << a;
        }
        QVERIFY(store->upsertAttendees(people).ok());
    }
    auto run = [&](QStringList args, QString *output = nullptr) {
        QString out, err;
        QTextStream o(&out), e(&err);
        args.prepend(QStringLiteral("badges"));
        args << QStringLiteral("--db") << db;
        const int code = cli::runCommandLine(args, o, e);
        if (output)
            *output = out + err;
        return code;
    };
    // One organisation to a sheet PDF.
    const QString pdf = dir.filePath(QStringLiteral("agder.pdf"));
    QCOMPARE(run({ QStringLiteral("--organisation"), QStringLiteral("agder fylkeskommune"),
                 QStringLiteral("--template"), QStringLiteral("a4-90x54"), QStringLiteral("--pdf"), pdf }),
        0);
    QCOMPARE(test::pdfPageSizesMm(pdf).size(), 1);
    const QString text = test::pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Nummer0")) && text.contains(QStringLiteral("Nummer2")));
    QVERIFY(!text.contains(QStringLiteral("Nummer1")));
    // The summary counts in each language's plural forms.
    QString summary;
    QVERIFY(installTranslations(*QCoreApplication::instance(), Language::Bokmal));
    QCOMPARE(run({ QStringLiteral("--organisation"), QStringLiteral("agder fylkeskommune"),
                     QStringLiteral("--template"), QStringLiteral("a4-90x54"), QStringLiteral("--pdf"), pdf },
                 &summary),
        0);
    QVERIFY2(summary.startsWith(QStringLiteral("2 navneskilt på 1 side, mal ")), qPrintable(summary));
    QVERIFY(installTranslations(*QCoreApplication::instance(), Language::English));
    QCOMPARE(run({ QStringLiteral("--organisation"), QStringLiteral("agder fylkeskommune"),
                     QStringLiteral("--template"), QStringLiteral("a7"), QStringLiteral("--pdf"), pdf },
                 &summary),
        0);
    QVERIFY2(summary.startsWith(QStringLiteral("2 badges on 2 pages, template ")), qPrintable(summary));
    // The walk-ins to the printer: printed and logged; a second run skips them.
    QVERIFY(m_cups.resetOutput(kPdfQueue));
    QString output;
    QCOMPARE(run({ QStringLiteral("--walk-ins"), QStringLiteral("--template"), QStringLiteral("a7"),
                     QStringLiteral("--printer"), kPdfQueue, QStringLiteral("--json") },
                 &output),
        0);
    QVERIFY2(output.contains(QLatin1String("\"cupsJob\"")), qPrintable(output));
    QVERIFY(test::pdfText(m_cups.outputPath(kPdfQueue)).contains(QStringLiteral("Nummer3")));
    QCOMPARE(test::pdfQrCodes(m_cups.outputPath(kPdfQueue), 1, 300, m_work.path()),
        QStringList { QStringLiteral("O1-CLI3") });
    QCOMPARE(
        run({ QStringLiteral("--walk-ins"), QStringLiteral("--printer"), kPdfQueue }), int(cli::AlreadyDone));
    {
        auto store = Store::open(db);
        QCOMPARE(store->badgePrintCount(QStringLiteral("c3")).value(), 1);
    }
    // Errors a person understands, with the documented exit codes.
    QCOMPARE(run({ QStringLiteral("--all"), QStringLiteral("--printer"), QStringLiteral("nope") }, &output),
        int(cli::NotFound));
    QVERIFY2(output.contains(QLatin1String("no printer called")), qPrintable(output));
    QCOMPARE(run({ QStringLiteral("--all") }), int(cli::Usage));
    QCOMPARE(run({ QStringLiteral("--attendee"), QStringLiteral("zz"), QStringLiteral("--pdf"), pdf }),
        int(cli::NotFound));
}

QTEST_MAIN(TestPrintCups)
#include "test_print_cups.moc"
