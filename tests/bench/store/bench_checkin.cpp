// Check-in commit latency with synchronous=FULL (WAL, BEGIN IMMEDIATE), on
// the real disk, against a bare SQLite insert+commit of the same row shape in
// the same process (the reference: what durability costs anyway).

#include "bench_stats.h"
#include "sample_store.h"

#include <QCoreApplication>
#include <QDir>
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
    constexpr int kPeople = 20000;
    constexpr int kCheckins = 2000;
    // On the build folder's disk, not /tmp (often tmpfs, where fsync is free).
    QTemporaryDir dir(QStringLiteral(BENCH_DATA_DIR "/bench-XXXXXX"));
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
    for (int i = 0; i < 500; ++i) {
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
