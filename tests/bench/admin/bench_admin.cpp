// The desk's figures (docs/benchmarks.md, "Organisers' desk"), sizes as
// options (--people 20000 --rate 100 --seconds 10 --runs 5):
// - cold start of the real oppmote-admin process to the dashboard, against
//   the same on a 40-person roster (the reference), and its peak memory;
// - the desk in this process while a second process (this program with
//   --writer) commits check-ins at --rate per second, on each page that reads
//   on every change in turn: the GUI thread's stalls (a 4 ms heartbeat's late
//   ticks) and each frame's time, against the same desk idle (the
//   reference); and each check-in's time from its COMMIT in the writer to the
//   dashboard's figure showing it (wall clock, both processes on this machine).

#include "admin_app.h"
#include "bench_stats.h"
#include "qml_plugins.h"
#include "quick_items.h"
#include "sample_store.h"
#include "store/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

using namespace oppmote;
using namespace oppmote::bench;

namespace {

// The writer: `count` check-ins at the venue from the `from`th person on,
// `rate` a second, each COMMIT's wall-clock time on stdout.
int runWriter(const QString &db, int rate, int from, int count)
{
    auto store = Store::open(db);
    if (!store.ok())
        qFatal("writer: %s", qPrintable(store.error().message));
    auto people = store->attendees();
    if (!people.ok() || people->size() < from + count)
        qFatal("writer: too few people for %d check-ins", count);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i) {
        const qint64 due = qint64(i) * 1000 / rate;
        if (const qint64 wait = due - clock.elapsed(); wait > 0)
            QThread::msleep(quint64(wait));
        CheckinRequest request;
        request.attendeeId = people->at(from + i).id;
        if (auto done = store->checkIn(request); !done.ok() || done->status != CheckinStatus::CheckedIn)
            qFatal("writer: the check-in was not committed");
        std::printf("%lld\n", static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
        std::fflush(stdout);
    }
    return 0;
}

struct Watch {
    std::vector<double> stalls; // heartbeat ticks later than due, ms
    std::vector<double> frames; // beforeSynchronizing → frameSwapped, ms
};

// Runs the event loop for `ms` with a 4 ms heartbeat and the window's frames timed.
Watch watchFor(QQuickWindow *window, int ms, const std::function<void()> &onTick = {})
{
    Watch w;
    QElapsedTimer frame;
    auto a = QObject::connect(
        window, &QQuickWindow::beforeSynchronizing, window, [&] { frame.start(); }, Qt::DirectConnection);
    auto b = QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        if (frame.isValid())
            w.frames.push_back(double(frame.nsecsElapsed()) / 1e6);
    });
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(4);
    QElapsedTimer since;
    since.start();
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        w.stalls.push_back(std::max(0.0, double(since.nsecsElapsed()) / 1e6 - 4.0));
        since.restart();
        if (onTick)
            onTick();
    });
    heartbeat.start();
    QElapsedTimer total;
    total.start();
    while (total.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QObject::disconnect(a);
    QObject::disconnect(b);
    return w;
}

QString stallText(const Watch &w)
{
    const Stats s = summarize(w.stalls);
    const Stats f = summarize(w.frames);
    return QStringLiteral("stall_p99=%1 stall_max=%2 frames=%3 frame_p50=%4 frame_p99=%5 frame_max=%6")
        .arg(s.p99, 0, 'f', 1)
        .arg(s.max, 0, 'f', 1)
        .arg(f.count)
        .arg(f.p50, 0, 'f', 1)
        .arg(f.p99, 0, 'f', 1)
        .arg(f.max, 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCommandLineParser parser;
    parser.addOptions({ { QStringLiteral("people"), QStringLiteral("Roster size."), QStringLiteral("n"),
                            QStringLiteral("20000") },
        { QStringLiteral("rate"), QStringLiteral("Check-ins per second."), QStringLiteral("n"),
            QStringLiteral("100") },
        { QStringLiteral("seconds"), QStringLiteral("How long the check-ins arrive, per page."),
            QStringLiteral("n"), QStringLiteral("10") },
        { QStringLiteral("runs"), QStringLiteral("Process starts timed."), QStringLiteral("n"),
            QStringLiteral("5") },
        { QStringLiteral("writer"), QStringLiteral("(internal) write check-ins into this database."),
            QStringLiteral("db") },
        { QStringLiteral("from"), QStringLiteral("(internal) the writer's first person."),
            QStringLiteral("n"), QStringLiteral("0") } });
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    parser.process(args);
    const int people = parser.value(QStringLiteral("people")).toInt();
    const int rate = parser.value(QStringLiteral("rate")).toInt();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    if (people < 100 || rate < 1 || seconds < 1 || 4 * rate * seconds > people)
        qFatal("--people 100 or more, --rate and --seconds at least 1, 4 × rate × seconds at most people");
    if (parser.isSet(QStringLiteral("writer"))) {
        QCoreApplication app(argc, argv);
        return runWriter(parser.value(QStringLiteral("writer")), rate,
            parser.value(QStringLiteral("from")).toInt(), rate * seconds);
    }

    qputenv("QT_QPA_PLATFORM", "offscreen");
    admin::AdminOptions options;
    options.testing = true;
    options.language = QStringLiteral("nb");
    admin::AdminApp::prepareEnvironment(options);
    QApplication app(argc, argv); // Qt Charts, as in main.cpp
    auto large = test::makeSampleStore(people, QStringLiteral("Hub"));
    auto small = test::makeSampleStore(40, QStringLiteral("Hub"));
    if (!large.store || !small.store)
        qFatal("cannot make the sample stores");
    const QString db = large.path;
    large.store.reset(); // the desk and the writer open it themselves
    small.store.reset();

    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const auto deskStarts = [runs](const QString &path) {
        return timeProcessStarts(QStringLiteral(ADMIN_PATH),
            { QStringLiteral("--testing"), QStringLiteral("--db"), path,
                QStringLiteral("--exit-when-ready") },
            runs);
    };
    const Stats ref = deskStarts(small.path);
    const Stats cold = deskStarts(db);
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    report(QStringLiteral("admin.process_cold_start"),
        format(cold)
            + QStringLiteral(" people=%1 reference_40_p50=%2 ratio=%3")
                  .arg(people)
                  .arg(ref.p50, 0, 'f', 0)
                  .arg(cold.p50 / ref.p50, 0, 'f', 2));
    report(QStringLiteral("admin.process_peak_rss"),
        QStringLiteral("%1MiB people=%2").arg(double(usage.ru_maxrss) / 1024.0, 0, 'f', 1).arg(people));

    // The desk in this process, on the dashboard.
    QTemporaryDir reports;
    options.databasePath = db;
    options.reportsDir = reports.path();
    Stopwatch start;
    admin::AdminApp desk(options);
    if (!desk.start().ok())
        qFatal("the desk did not start");
    QQuickWindow *window = desk.window();
    if (!quicktest::waitFor(
            [&] { return desk.ready() && quicktest::item(window, QStringLiteral("venueArrivedValue")); },
            60000))
        qFatal("the dashboard did not show");
    report(QStringLiteral("admin.cold_start_in_process"),
        QStringLiteral("ms=%1 rss_mib=%2 people=%3")
            .arg(start.elapsedMs(), 0, 'f', 0)
            .arg(residentMiB(), 0, 'f', 0)
            .arg(people));
    QQuickItem *arrived = quicktest::item(window, QStringLiteral("venueArrivedValue"));

    const Watch idle = watchFor(window, 3000);
    report(QStringLiteral("admin.idle"), stallText(idle));

    // A writer process, and each check-in's time from its COMMIT to the dashboard's figure.
    const auto underLoad = [&](const QString &name, int from) {
        QProcess writer;
        std::vector<qint64> committed;
        std::vector<double> latency;
        int shown = arrived->property("text").toString().toInt();
        const int before = shown;
        QObject::connect(&writer, &QProcess::readyReadStandardOutput, [&] {
            while (writer.canReadLine())
                committed.push_back(writer.readLine().trimmed().toLongLong());
        });
        const auto look = [&] {
            const int now = arrived->property("text").toString().toInt();
            const qint64 at = QDateTime::currentMSecsSinceEpoch();
            for (int k = shown; k < now; ++k)
                if (const std::size_t i = std::size_t(k - before); i < committed.size())
                    latency.push_back(double(at - committed[i]));
            shown = now;
        };
        writer.start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("--writer"), db, QStringLiteral("--rate"), QString::number(rate),
                QStringLiteral("--seconds"), QString::number(seconds), QStringLiteral("--people"),
                QString::number(people), QStringLiteral("--from"), QString::number(from) });
        const Watch load = watchFor(window, seconds * 1000 + 2000, look);
        writer.waitForFinished(10000);
        report(QStringLiteral("admin.%1").arg(name),
            stallText(load)
                + QStringLiteral(" rate=%1 people=%2 stall_max_vs_idle=%3")
                      .arg(rate)
                      .arg(people)
                      .arg(
                          summarize(load.stalls).max / std::max(1.0, summarize(idle.stalls).max), 0, 'f', 1));
        report(QStringLiteral("admin.%1_to_dashboard").arg(name),
            format(summarize(latency))
                + QStringLiteral(" committed=%1 shown=%2").arg(committed.size()).arg(shown - before));
    };
    // Each page that lists people or reads on every change, in turn: its models read while it shows.
    int from = 0;
    for (const auto page : { admin::AdminNavigation::Dashboard, admin::AdminNavigation::People,
             admin::AdminNavigation::GroupWork, admin::AdminNavigation::Badges }) {
        desk.navigation()->show(page);
        watchFor(window, 2000);
        underLoad(admin::AdminNavigation::pageName(page) + QStringLiteral("_while_checkins_arrive"), from);
        from += rate * seconds;
    }
    return 0;
}
