// CUPS printer-state-reasons → what the person at the kiosk is told, and the
// kind of problem the kiosk reports to the hub (its key survives the trip).

#include "print/cups_printer.h"

#include <QTest>

using namespace oppmote;

class TestPrinterMessages : public QObject
{
    Q_OBJECT

private slots:
    void reasons_data();
    void reasons();
    void missingPrinter();
};

void TestPrinterMessages::reasons_data()
{
    QTest::addColumn<QStringList>("reasons");
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("accepting");
    QTest::addColumn<QString>("expected"); // a fragment; empty = ready
    QTest::addColumn<PrinterProblem>("kind");
    const int idle = int(PrinterState::Idle), stopped = int(PrinterState::Stopped);
    QTest::newRow("ready") << QStringList {} << idle << true << QString() << PrinterProblem::None;
    QTest::newRow("low labels only warns") << QStringList { QStringLiteral("media-low-warning") } << idle
                                           << true << QString() << PrinterProblem::None;
    QTest::newRow("out of labels") << QStringList { QStringLiteral("media-empty-error") } << stopped << true
                                   << QStringLiteral("out of labels") << PrinterProblem::OutOfLabels;
    QTest::newRow("labels needed") << QStringList { QStringLiteral("media-needed") } << idle << true
                                   << QStringLiteral("out of labels") << PrinterProblem::OutOfLabels;
    QTest::newRow("out of labels beats stopped")
        << QStringList { QStringLiteral("paused"), QStringLiteral("media-empty-report") } << stopped << true
        << QStringLiteral("out of labels") << PrinterProblem::OutOfLabels;
    QTest::newRow("offline") << QStringList { QStringLiteral("offline-report") } << idle << true
                             << QStringLiteral("off or not connected") << PrinterProblem::Off;
    QTest::newRow("connecting") << QStringList { QStringLiteral("connecting-to-device") } << idle << true
                                << QStringLiteral("off or not connected") << PrinterProblem::Off;
    QTest::newRow("paused") << QStringList { QStringLiteral("paused") } << stopped << true
                            << QStringLiteral("off or not connected") << PrinterProblem::Paused;
    QTest::newRow("jam") << QStringList { QStringLiteral("media-jam-error") } << stopped << true
                         << QStringLiteral("stuck") << PrinterProblem::Jammed;
    QTest::newRow("cover") << QStringList { QStringLiteral("cover-open-error") } << stopped << true
                           << QStringLiteral("cover is open") << PrinterProblem::CoverOpen;
    QTest::newRow("ribbon") << QStringList { QStringLiteral("marker-supply-empty-error") } << stopped << true
                            << QStringLiteral("ribbon") << PrinterProblem::OutOfInk;
    QTest::newRow("rejecting") << QStringList {} << idle << false << QStringLiteral("not taking")
                               << PrinterProblem::NotAccepting;
}

void TestPrinterMessages::reasons()
{
    QFETCH(QStringList, reasons);
    QFETCH(int, state);
    QFETCH(bool, accepting);
    QFETCH(QString, expected);
    QFETCH(PrinterProblem, kind);
    QCOMPARE(cups::problemForReasons(reasons, PrinterState(state), accepting), kind);
    QCOMPARE(printerProblemFromKey(printerProblemKey(kind)), kind);
    QVERIFY(isKnownPrinterProblemKey(printerProblemKey(kind)));
    QCOMPARE(printerProblemText(kind).isEmpty(), kind == PrinterProblem::None);
    const QString message = cups::messageForReasons(reasons, PrinterState(state), accepting);
    if (expected.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.contains(expected), qPrintable(message));
}

void TestPrinterMessages::missingPrinter()
{
    PrinterStatus s;
    s.queue = QStringLiteral("kiosk1");
    QVERIFY(!s.ready());
    QVERIFY(s.problem().contains(QLatin1String("kiosk1")));
    QCOMPARE(s.problemKind(), PrinterProblem::NotSetUp);
    QCOMPARE(printerProblemFromKey(QStringLiteral("a-newer-kind")), PrinterProblem::Off);
    s.exists = true;
    s.accepting = true;
    s.state = PrinterState::Idle;
    QVERIFY(s.ready());
}

QTEST_GUILESS_MAIN(TestPrinterMessages)
#include "test_printer_messages.moc"
