// Cold start of the real oppmote-kiosk process, from exec to the welcome
// screen, with a 20,000-person roster: dynamic linking, QGuiApplication, QML,
// the store opened and the roster + name index loaded. Peak resident memory
// from the kernel (getrusage of the children).

#include "bench_stats.h"
#include "kiosk_sample_store.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace oppmote;
using namespace oppmote::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("kiosk.sqlite"));
    auto sample = kiosk::prepareSampleStore(db, 20000);
    if (!sample.ok())
        qFatal("%s", qPrintable(sample.error().message));

    const Stats starts = timeProcessStarts(QStringLiteral(KIOSK_PATH),
        { QStringLiteral("--testing"), QStringLiteral("--db"), db, QStringLiteral("--exit-when-ready") }, 5);
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    report(QStringLiteral("kiosk.process_cold_start"), format(starts) + QStringLiteral(" roster=20000"));
    report(QStringLiteral("kiosk.process_peak_rss"),
        QStringLiteral("%1MiB").arg(double(usage.ru_maxrss) / 1024.0, 0, 'f', 1));
    return 0;
}
