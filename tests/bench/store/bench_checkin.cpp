// Check-in commit latency with synchronous=FULL (WAL, BEGIN IMMEDIATE), on
// the real disk, against a bare SQLite insert+commit of the same row shape in
// the same process (the reference: what durability costs anyway).

#include "bench_stats.h"
#include "sample_store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace oppmote;
using namespace oppmote::bench;

namespace {

std::vector<double> bareSqlite(const QString &dir, int n)
{
    const QByteArray path = QDir(dir).filePath(QStringLiteral("bare.sqlite")).toUtf8();
    sqlite3 *db = nullptr;
    sqlite3_open(path.constData(), &db);
    sqlite3_exec(db,
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
        "CREATE TABLE ev(id TEXT PRIMARY KEY, device_id TEXT, device_seq INTEGER, attendee_id TEXT,"
        " session_key TEXT, kind TEXT, method TEXT, device_time TEXT, UNIQUE(device_id, device_seq));"
        "CREATE TABLE outbox(event_id TEXT PRIMARY KEY);",
        nullptr, nullptr, nullptr);
    sqlite3_stmt *ins = nullptr, *out = nullptr;
    sqlite3_prepare_v2(db,
        "INSERT INTO ev VALUES(?1,'dev',?2,?3,NULL,'entry','qr','2017-09-25T09:30:00.000Z')", -1, &ins,
        nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO outbox VALUES(?1)", -1, &out, nullptr);
    std::vector<double> ms;
    for (int i = 0; i < n; ++i) {
        const QByteArray id = QByteArray("event-") + QByteArray::number(i);
        Stopwatch sw;
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        sqlite3_bind_text(ins, 1, id.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(ins, 2, i + 1);
        sqlite3_bind_text(ins, 3, id.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_step(ins);
        sqlite3_reset(ins);
        sqlite3_bind_text(out, 1, id.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_step(out);
        sqlite3_reset(out);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        ms.push_back(sw.elapsedMs());
    }
    sqlite3_finalize(ins);
    sqlite3_finalize(out);
    sqlite3_close(db);
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Check-in commit latency against a bare SQLite commit."));
    cli.addHelpOption();
    const QCommandLineOption peopleOption(QStringLiteral("people"), QStringLiteral("Roster size."),
        QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption checkinsOption(QStringLiteral("checkins"),
        QStringLiteral("Check-ins to time (at most the roster size)."), QStringLiteral("N"),
        QStringLiteral("2000"));
    // fsync is what is measured: a tmpfs makes it free, so the file system is reported.
    const QCommandLineOption dirOption(QStringLiteral("dir"),
        QStringLiteral("Folder for the temporary databases (default: the system's temporary folder)."),
        QStringLiteral("DIR"), QDir::tempPath());
    cli.addOptions({ peopleOption, checkinsOption, dirOption });
    cli.process(app);
    const int kPeople = qMax(1, cli.value(peopleOption).toInt());
    const int kCheckins = qBound(1, cli.value(checkinsOption).toInt(), kPeople);
    QTemporaryDir dir(QDir(cli.value(dirOption)).filePath(QStringLiteral("oppmote-bench-XXXXXX")));
    if (!dir.isValid())
        qFatal("cannot make a temporary folder in %s", qPrintable(cli.value(dirOption)));
    report(QStringLiteral("checkin.disk"),
        QStringLiteral("dir=%1 fs=%2")
            .arg(dir.path(), QString::fromUtf8(QStorageInfo(dir.path()).fileSystemType())));
    auto s = test::makeSampleStore(kPeople);
    s.store.reset();
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QFile::copy(s.path, path);
    auto store = Store::open(path);
    if (!store.ok())
        qFatal("%s", qPrintable(store.error().message));

    // Warm both paths a little so neither pays for first-touch.
    bareSqlite(dir.path(), 20);
    std::vector<double> ours;
    for (int i = 0; i < kCheckins; ++i) {
        Stopwatch sw;
        auto r = store->checkIn({ s.attendees[i].id, QString(), CheckinMethod::Qr, QString(), {} });
        ours.push_back(sw.elapsedMs());
        if (!r.ok() || r->status != CheckinStatus::CheckedIn)
            qFatal("check-in failed");
    }
    // Second check-ins (the "already checked in" answer): a read, no commit.
    std::vector<double> again;
    for (int i = 0; i < qMin(500, kCheckins); ++i) {
        Stopwatch sw;
        auto r = store->checkIn({ s.attendees[i].id, QString(), CheckinMethod::Qr, QString(), {} });
        again.push_back(sw.elapsedMs());
    }
    const Stats o = summarize(ours);
    const Stats b = summarize(bareSqlite(dir.path(), kCheckins));
    const Stats a = summarize(again);
    report(QStringLiteral("checkin.commit"), format(o) + QStringLiteral(" roster=%1").arg(kPeople));
    report(QStringLiteral("checkin.bare_sqlite_commit"), format(b));
    report(QStringLiteral("checkin.ratio"),
        QStringLiteral("p50=%1 p99=%2").arg(o.p50 / b.p50, 0, 'f', 2).arg(o.p99 / b.p99, 0, 'f', 2));
    report(QStringLiteral("checkin.already_checked_in"), format(a));
    report(QStringLiteral("checkin.rss"), QStringLiteral("%1MiB").arg(residentMiB(), 0, 'f', 1));
    return 0;
}
