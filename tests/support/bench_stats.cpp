#include "bench_stats.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <numeric>

namespace oppmote::bench {

Stats timeProcessStarts(const QString &program, const QStringList &arguments, int runs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    std::vector<double> ms;
    for (int run = 0; run <= runs; ++run) {
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(program, arguments);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            qFatal("%s did not start: %s", qPrintable(program), p.readAllStandardError().constData());
        if (run > 0)
            ms.push_back(double(t.elapsed()));
    }
    return summarize(ms);
}

Stats summarize(std::vector<double> millis)
{
    Stats s;
    if (millis.empty())
        return s;
    std::sort(millis.begin(), millis.end());
    auto at = [&](double q) {
        const auto idx = static_cast<std::size_t>(q * double(millis.size() - 1) + 0.5);
        return millis[std::min(idx, millis.size() - 1)];
    };
    s.p50 = at(0.50);
    s.p90 = at(0.90);
    s.p99 = at(0.99);
    s.max = millis.back();
    s.mean = std::accumulate(millis.begin(), millis.end(), 0.0) / double(millis.size());
    s.count = millis.size();
    return s;
}

double residentMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(f.readAll());
    const auto m = QRegularExpression(QStringLiteral("VmRSS:\\s+(\\d+) kB")).match(text);
    return m.hasMatch() ? m.captured(1).toDouble() / 1024.0 : -1;
}

QString format(const Stats &s)
{
    return QStringLiteral("n=%1 p50=%2ms p90=%3ms p99=%4ms max=%5ms")
        .arg(s.count)
        .arg(s.p50, 0, 'f', 3)
        .arg(s.p90, 0, 'f', 3)
        .arg(s.p99, 0, 'f', 3)
        .arg(s.max, 0, 'f', 3);
}

void report(const QString &name, const QString &details)
{
    std::printf("BENCH %s %s\n", qPrintable(name), qPrintable(details));
    std::fflush(stdout);
}

} // namespace oppmote::bench
