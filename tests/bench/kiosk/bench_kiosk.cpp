// The kiosk's figures at 20,000 attendees (docs/benchmarks.md, "Kiosk"):
// cold start to the welcome screen (time, resident memory), scan to the
// confirmation (camera frame → decode → verify → SQLite COMMIT → screen
// state), and keystroke to search results (key event → TextField → NameIndex
// → results model → delegates). Offscreen, software scene graph.

#include "bench_stats.h"
#include "kiosk_app.h"
#include "kiosk_sample_store.h"
#include "kiosk_test_support.h"
#include "qml_plugins.h"
#include "store/async_store.h"

#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoSink>

using namespace oppmote;
using namespace oppmote::kiosk;
using namespace oppmote::kiosktest;
using namespace oppmote::bench;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    KioskOptions options;
    options.testing = true;
    options.virtualKeyboard = false;
    KioskApp::prepareEnvironment(options);
    QGuiApplication app(argc, argv);
    const int people = 20000;
    QTemporaryDir dir;
    options.databasePath = dir.filePath(QStringLiteral("bench.sqlite"));
    Stopwatch prep;
    auto sample = prepareSampleStore(options.databasePath, people);
    if (!sample.ok())
        qFatal("%s", qPrintable(sample.error().message));
    report(QStringLiteral("kiosk.prepare"),
        QStringLiteral("people=%1 ms=%2").arg(people).arg(prep.elapsedMs(), 0, 'f', 0));
    const double rssBefore = residentMiB();

    // Cold start: the whole object graph, QML, store open and roster load, to the welcome screen.
    Stopwatch start;
    auto kiosk = std::make_unique<KioskApp>(options);
    if (!kiosk->start().ok())
        qFatal("start failed");
    KioskController *k = kiosk->controller();
    waitFor([k] { return k->screen() == KioskController::Welcome; }, 30000);
    waitFor([&] { return item(kiosk->window(), QStringLiteral("findNameButton")) != nullptr; }, 30000);
    const double startMs = start.elapsedMs();
    QTest::qWait(200);
    report(QStringLiteral("kiosk.cold_start"),
        QStringLiteral("people=%1 ms=%2 rss_mib=%3 rss_before_mib=%4")
            .arg(people)
            .arg(startMs, 0, 'f', 0)
            .arg(residentMiB(), 0, 'f', 0)
            .arg(rssBefore, 0, 'f', 0));

    // Scan → confirmation, camera path.
    const int scans = 150;
    std::vector<QVideoFrame> frames;
    for (int i = 0; i < scans; ++i)
        frames.push_back(codeFrame(sample->attendees[1000 + i].token));
    std::vector<double> scanMs;
    for (int i = 0; i < scans; ++i) {
        k->goHome();
        QTest::qWait(5);
        Stopwatch t;
        k->scan()->videoSink()->setVideoFrame(frames[std::size_t(i)]);
        if (!waitFor([k] {
                return k->screen() == KioskController::Confirm
                    && k->confirm()->state() != ConfirmController::Busy;
            }))
            qFatal("no confirmation");
        scanMs.push_back(t.elapsedMs());
    }
    report(QStringLiteral("kiosk.scan_to_confirm.camera"), format(summarize(scanMs)));

    // Scan → confirmation, hand-scanner path (the key burst itself excluded: its length is the scanner's).
    std::vector<double> wedgeMs;
    for (int i = 0; i < scans; ++i) {
        k->goHome();
        Stopwatch t;
        k->handleCode(sample->attendees[3000 + i].token, CheckinMethod::Wedge);
        waitFor([k] { return k->confirm()->state() != ConfirmController::Busy; });
        wedgeMs.push_back(t.elapsedMs());
    }
    report(QStringLiteral("kiosk.scan_to_confirm.code"), format(summarize(wedgeMs)));

    // Keystroke → results: a person typing names into the search field.
    k->startSearch();
    waitFor([&] { return item(kiosk->window(), QStringLiteral("searchInput")) != nullptr; });
    QTest::qWait(50);
    std::vector<double> keyMs, indexMs;
    for (int i = 0; i < 120; ++i) {
        const Attendee &a = sample->attendees[5000 + i * 97];
        k->search()->clear();
        const QString typed = a.lastName.left(7);
        for (const QChar c : typed) {
            Stopwatch t;
            typeText(kiosk->window(), QString(c));
            keyMs.push_back(t.elapsedMs());
        }
        // Reference: the name index alone for the same final query.
        Stopwatch r;
        const auto hits = k->context().roster->names().search(typed, 6);
        indexMs.push_back(r.elapsedMs());
        if (hits.empty())
            qFatal("no hits for %s", qPrintable(typed));
    }
    const Stats keys = summarize(keyMs);
    const Stats index = summarize(indexMs);
    report(QStringLiteral("kiosk.keystroke_to_results"),
        QStringLiteral("%1 index_only_p99=%2 ratio_p50=%3")
            .arg(format(keys))
            .arg(index.p99, 0, 'f', 3)
            .arg(keys.p50 / std::max(index.p50, 1e-6), 0, 'f', 1));
    report(QStringLiteral("kiosk.rss_end"), QStringLiteral("rss_mib=%1").arg(residentMiB(), 0, 'f', 0));
    kiosk.reset();
    return 0;
}
