#pragma once
// A kiosk's badge printer queue. enqueue() returns at once; rendering (QPdfWriter)
// and the CUPS calls run on the queue's own worker thread, one job at a time,
// so the GUI thread never waits on a printer. Every state change is a signal.
//
// A print never touches the check-in: a failed badge leaves the person
// checked in, and the kiosk shows `PrintJob::message` ("The printer is out of
// labels …") with a retry. When the badge is done, badgePrinted() tells the
// caller to record it (Store::recordBadgePrinted), which is the print log
// that counts reprints and makes "print once" possible.

#include "print/cups_printer.h"
#include "print/print_job.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QThread>

#include <optional>

namespace oppmote {

struct PrintQueueSettings {
    QString printer; // the CUPS queue name
    QString defaultTemplate = QStringLiteral("a6");
    int timeoutMs = 30000; // from submission until CUPS says the job is done
    int pollMs = 50; // how often the job's state is asked for
    int autoRetries = 1; // resubmissions when CUPS aborts a job while the printer looks fine
    bool printOnce = false; // refuse a second badge unless reprint is asked for
};

class PrintWorker;

class PrintQueue : public QObject
{
    Q_OBJECT
public:
    explicit PrintQueue(const PrintQueueSettings &settings, QObject *parent = nullptr);
    ~PrintQueue() override;

    const PrintQueueSettings &settings() const { return m_settings; }

    // Queues one badge; returns the job id. `timesPrinted` comes from the print
    // log (Store::badgePrintCount); with printOnce, a badge already printed is
    // refused (state Failed, refused = true) unless `reprint`.
    int enqueue(
        const BadgeData &badge, const QString &templateName = {}, int timesPrinted = 0, bool reprint = false);
    // Sends a failed job again (the person pressed "Try again"); false if it is not failed.
    bool retry(int jobId);

    std::optional<PrintJob> job(int jobId) const;
    QList<PrintJob> jobs() const;
    int pending() const; // queued or printing

    // Asks CUPS for the printer's state; the answer comes as printerStatusChanged()
    // (PrinterProblem::None and no message when it can print now).
    void checkPrinter();

signals:
    void jobChanged(const oppmote::PrintJob &job);
    void jobFinished(const oppmote::PrintJob &job); // done or failed
    void badgePrinted(const QString &attendeeId, int jobId);
    void printerStatusChanged(oppmote::PrinterProblem problem, const QString &message);

private:
    void onWorkerUpdate(const oppmote::PrintJob &job);
    void dispatch(const PrintJob &job);

    PrintQueueSettings m_settings;
    QThread m_thread;
    PrintWorker *m_worker = nullptr;
    QHash<int, PrintJob> m_jobs;
    QHash<int, QElapsedTimer> m_clocks;
    int m_nextId = 1;
};

} // namespace oppmote
