#pragma once
// A private CUPS daemon for end-to-end tests: its own configuration, spool and
// logs in a temporary folder, listening on a free loopback port, with queues
// whose device is a file (FileDevice Yes). start() points this process's CUPS
// clients — libcups and Qt's QPrinter — at it through CUPS_SERVER, so call it
// before any QPrinter or QPrinterInfo is made. The daemon is stopped when the
// object is destroyed.
//
// A file: queue's output file must exist before a job: addQueue() makes it,
// resetOutput() empties it again.
//
// Queues: addPdfQueue() uses a small PPD written here (PDF in, PDF out through
// cups-filters' pdftopdf, custom page sizes, no PJL wrapper), so the output
// file is a PDF with the job's exact media; addZebraQueue() uses CUPS's sample
// driver drv:///sample.drv/zebra.ppd (ZPL out, 203 dpi).

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace oppmote::test {

class PrivateCups
{
public:
    PrivateCups();
    ~PrivateCups();
    PrivateCups(const PrivateCups &) = delete;
    PrivateCups &operator=(const PrivateCups &) = delete;

    bool start(QString *error);
    void stop();
    bool running() const;
    QString server() const; // "127.0.0.1:PORT"
    double startMs() const { return m_startMs; }

    bool addPdfQueue(const QString &name, QString *error);
    bool addZebraQueue(const QString &name, QString *error);
    // A queue that writes to `deviceUri` ("file:///…"), with lpadmin's extra arguments.
    bool addQueue(
        const QString &name, const QString &deviceUri, const QStringList &driverArgs, QString *error);
    QString outputPath(const QString &name) const;
    // Empties a queue's output file before a job (removing it would make the job fail).
    bool resetOutput(const QString &name);

    bool disableQueue(const QString &name, QString *error); // cupsdisable: stopped, "paused"
    bool enableQueue(const QString &name, QString *error);
    // Waits until the queue has no active job; false on timeout.
    bool waitIdle(const QString &name, int timeoutMs);
    QString errorLog() const;
    QString path(const QString &relative) const;

private:
    bool run(const QString &program, const QStringList &args, QString *error);

    QTemporaryDir m_dir;
    QProcess m_daemon;
    int m_port = 0;
    double m_startMs = 0;
};

} // namespace oppmote::test
