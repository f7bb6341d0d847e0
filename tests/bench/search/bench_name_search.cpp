// Name search latency at 1,000, 10,000 and 100,000 attendees, typed the way a
// person types (every prefix of "first last"), against a bare SQLite FTS5
// prefix query on the same names in the same process.

#include "bench_stats.h"
#include "sample/attendee_generator.h"
#include "search/name_folding.h"
#include "search/name_index.h"

#include <QCoreApplication>

#include <random>

#include <sqlite3.h>

using namespace oppmote;
using namespace oppmote::bench;

namespace {

// Every prefix of at least two letters: "ka", "kar", "kari", "kari n", …
QStringList keystrokes(const QString &name)
{
    QStringList out;
    for (int i = 2; i <= name.size(); ++i)
        if (name[i - 1] != QLatin1Char(' '))
            out << name.left(i);
    return out;
}

QByteArray ftsQuery(const QString &typed)
{
    QByteArray q;
    for (const QString &w : typed.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!q.isEmpty())
            q += " AND ";
        q += '"' + w.toUtf8() + "\"*";
    }
    return q;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    for (int n : { 1000, 10000, 100000 }) {
        const QList<Attendee> people = AttendeeGenerator(99).generate(Event {}, n);

        Stopwatch build;
        std::vector<NameEntry> entries;
        entries.reserve(std::size_t(n));
        for (const Attendee &a : people)
            entries.push_back({ a.id, a.firstName, a.lastName, a.organisation });
        NameIndex index;
        index.build(std::move(entries));
        const double buildMs = build.elapsedMs();

        // The queries: 300 people's names typed key by key, folded to plain
        // letters as a person without æ, ø, å on the keyboard types them.
        std::mt19937 rng(7);
        QStringList queries;
        for (int i = 0; i < 300; ++i) {
            const Attendee &a = people[int(rng() % unsigned(n))];
            queries += keystrokes(
                foldName(a.firstName.section(QLatin1Char(' '), 0, 0) + QLatin1Char(' ') + a.lastName));
        }

        std::vector<double> ours;
        std::size_t hits = 0;
        for (const QString &q : std::as_const(queries)) {
            Stopwatch sw;
            hits += index.search(q, 8).size();
            ours.push_back(sw.elapsedMs());
        }

        // Reference: FTS5 over the same names (unicode61, diacritics removed).
        sqlite3 *db = nullptr;
        sqlite3_open(":memory:", &db);
        sqlite3_exec(db,
            "CREATE VIRTUAL TABLE names USING fts5(first, last, tokenize='unicode61 remove_diacritics 2')",
            nullptr, nullptr, nullptr);
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_stmt *ins = nullptr;
        sqlite3_prepare_v2(db, "INSERT INTO names(rowid, first, last) VALUES(?1, ?2, ?3)", -1, &ins, nullptr);
        for (int i = 0; i < n; ++i) {
            const QByteArray f = people[i].firstName.toUtf8(), l = people[i].lastName.toUtf8();
            sqlite3_bind_int(ins, 1, i);
            sqlite3_bind_text(ins, 2, f.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(ins, 3, l.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_step(ins);
            sqlite3_reset(ins);
        }
        sqlite3_finalize(ins);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_stmt *q = nullptr;
        sqlite3_prepare_v2(
            db, "SELECT rowid FROM names WHERE names MATCH ?1 ORDER BY rank LIMIT 8", -1, &q, nullptr);
        std::vector<double> fts;
        std::size_t ftsHits = 0;
        for (const QString &typed : std::as_const(queries)) {
            const QByteArray m = ftsQuery(typed);
            Stopwatch sw;
            sqlite3_bind_text(q, 1, m.constData(), -1, SQLITE_TRANSIENT);
            while (sqlite3_step(q) == SQLITE_ROW)
                ++ftsHits;
            sqlite3_reset(q);
            fts.push_back(sw.elapsedMs());
        }
        sqlite3_finalize(q);
        sqlite3_close(db);

        const Stats o = summarize(ours), f = summarize(fts);
        const QString tag = QStringLiteral("search.n%1").arg(n);
        report(tag, format(o) + QStringLiteral(" build=%1ms hits=%2").arg(buildMs, 0, 'f', 1).arg(hits));
        report(tag + QStringLiteral(".fts5"), format(f) + QStringLiteral(" hits=%1").arg(ftsHits));
        report(tag + QStringLiteral(".ratio"),
            QStringLiteral("p50=%1 p99=%2").arg(o.p50 / f.p50, 0, 'f', 2).arg(o.p99 / f.p99, 0, 'f', 2));
    }
    report(QStringLiteral("search.rss"), QStringLiteral("%1MiB").arg(residentMiB(), 0, 'f', 1));
    return 0;
}
