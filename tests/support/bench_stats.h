#pragma once
// Percentiles and a one-line report for benchmarks (tests/bench). Results go
// to stdout as "BENCH name key=value …" lines that docs/benchmarks.md quotes.

#include <QString>
#include <QStringList>

#include <chrono>
#include <vector>

namespace oppmote::bench {

struct Stats {
    double p50 = 0, p90 = 0, p99 = 0, max = 0, mean = 0; // milliseconds
    std::size_t count = 0;
};

Stats summarize(std::vector<double> millis);

class Stopwatch
{
public:
    Stopwatch() : m_start(std::chrono::steady_clock::now()) { }
    double elapsedMs() const
    {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start).count();
    }
    void restart() { m_start = std::chrono::steady_clock::now(); }

private:
    std::chrono::steady_clock::time_point m_start;
};

// Resident set size of this process in MiB (from /proc/self/status).
double residentMiB();

// A program started `runs` times after one warm-up run (the page cache, as
// at a second boot), offscreen, each run until it exits 0: from exec to exit.
Stats timeProcessStarts(const QString &program, const QStringList &arguments, int runs);

void report(const QString &name, const QString &details);
QString format(const Stats &s);

} // namespace oppmote::bench
