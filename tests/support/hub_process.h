#pragma once
// `oppmote hub` in a process of its own, on a free port of 127.0.0.1, for
// the sync tests and benchmarks.

#include <QProcess>
#include <QString>

namespace oppmote::test {

class HubProcess
{
public:
    ~HubProcess();
    // Starts the hub on `db` and waits until it listens; false with the hub's output in `why`.
    bool start(const QString &db, QString *why);
    void stop(); // SIGTERM, as an operator's Ctrl+C
    QString log();
    int exitCode() const { return m_process.exitCode(); }
    int port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    // The hub process's memory from /proc: now (VmRSS) and at its peak (VmHWM); -1 if unknown.
    double residentMiB() const;
    double peakMiB() const;
    QString url() const;

private:
    QProcess m_process;
    QString m_log;
    int m_port = 0;
};

} // namespace oppmote::test
