// Import of 20,000 attendees from CSV and XLSX (read, decode, parse, map,
// plan), against a bare read of the same file in the same process: for CSV
// readAll + UTF-8 decode + split into lines and cells, for XLSX minizip
// unzip of the parts + a QXmlStreamReader pass over every token. Also the
// re-import against the 20,000 stored attendees and the exports.
#include "bench_stats.h"
#include "io/attendee_file.h"
#include "io/export_table.h"
#include "io/export_tables.h"
#include "io_test_data.h"

#include <unzip.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <functional>

using namespace oppmote;
using namespace oppmote::io;
using oppmote::bench::Stopwatch;

namespace {

constexpr int kRows = 20000;
constexpr int kRuns = 5;

bench::Stats measure(const std::function<void()> &run)
{
    run(); // warm the page cache and the allocator
    std::vector<double> millis;
    for (int i = 0; i < kRuns; ++i) {
        Stopwatch watch;
        run();
        millis.push_back(watch.elapsedMs());
    }
    return bench::summarize(millis);
}

qsizetype bareCsvRead(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    const QString text = QString::fromUtf8(file.readAll());
    qsizetype cells = 0;
    for (const QStringView line : QStringView(text).split(u'\n'))
        cells += line.split(u';').size();
    return cells;
}

QByteArray unzipPart(unzFile zip, const char *name)
{
    QByteArray data;
    if (unzLocateFile(zip, name, 2) != UNZ_OK || unzOpenCurrentFile(zip) != UNZ_OK)
        return data;
    char buffer[64 * 1024];
    int n = 0;
    while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
        data.append(buffer, n);
    unzCloseCurrentFile(zip);
    return data;
}

qsizetype bareXlsxRead(const QString &path)
{
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        qFatal("cannot open %s", qPrintable(path));
    qsizetype tokens = 0;
    for (const char *part : { "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml" }) {
        QXmlStreamReader xml(unzipPart(zip, part));
        while (!xml.atEnd()) {
            xml.readNext();
            ++tokens;
        }
    }
    unzClose(zip);
    return tokens;
}

void reportPair(const QString &name, const bench::Stats &ours, const bench::Stats &bare, qint64 bytes)
{
    bench::report(name,
        QStringLiteral("rows=%1 bytes=%2 %3 bare_p50=%4ms ratio=%5")
            .arg(kRows)
            .arg(bytes)
            .arg(bench::format(ours))
            .arg(bare.p50, 0, 'f', 3)
            .arg(ours.p50 / bare.p50, 0, 'f', 2));
}

} // namespace

int main()
{
    QTemporaryDir dir;
    const QList<Attendee> people = iotest::sampleAttendees(kRows);
    const ExportTable table = attendeesTable(people);

    const QString csvPath = dir.filePath(QStringLiteral("attendees.csv"));
    const QString xlsxPath = dir.filePath(QStringLiteral("attendees.xlsx"));
    const auto csvExport = measure([&] {
        QFile f(csvPath);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(toCsv(table));
    });
    const auto xlsxExport = measure([&] {
        if (!writeXlsx(xlsxPath, { table }).ok())
            qFatal("cannot write xlsx");
    });
    bench::report(QStringLiteral("io.export.csv"),
        QStringLiteral("rows=%1 %2").arg(kRows).arg(bench::format(csvExport)));
    bench::report(QStringLiteral("io.export.xlsx"),
        QStringLiteral("rows=%1 %2").arg(kRows).arg(bench::format(xlsxExport)));

    const auto importInto = [&](const QString &path, const QList<Attendee> &existing, int expectAdded) {
        return measure([&, path] {
            const auto plan = planImportFromFile(path, existing);
            if (!plan || plan->plan.added != expectAdded)
                qFatal("import of %s: %s", qPrintable(path),
                    plan ? "unexpected counts" : qPrintable(plan.error().message));
        });
    };
    const auto bareCsv = measure([&] { bareCsvRead(csvPath); });
    const auto csvFresh = importInto(csvPath, {}, kRows);
    const auto csvAgain = importInto(csvPath, people, 0);
    reportPair(QStringLiteral("io.import.csv.new"), csvFresh, bareCsv, QFileInfo(csvPath).size());
    reportPair(QStringLiteral("io.import.csv.reimport"), csvAgain, bareCsv, QFileInfo(csvPath).size());

    const auto bareXlsx = measure([&] { bareXlsxRead(xlsxPath); });
    const auto xlsxFresh = importInto(xlsxPath, {}, kRows);
    const auto xlsxAgain = importInto(xlsxPath, people, 0);
    reportPair(QStringLiteral("io.import.xlsx.new"), xlsxFresh, bareXlsx, QFileInfo(xlsxPath).size());
    reportPair(QStringLiteral("io.import.xlsx.reimport"), xlsxAgain, bareXlsx, QFileInfo(xlsxPath).size());
    bench::report(
        QStringLiteral("io.memory"), QStringLiteral("rss=%1MiB").arg(bench::residentMiB(), 0, 'f', 1));
    return 0;
}
