#pragma once
// The few CUPS calls the print queue needs, on whatever thread calls them
// (libcups keeps one connection per thread; the server comes from
// CUPS_SERVER or the system's client.conf): a printer's state and its
// printer-state-reasons in words a person at a kiosk understands, submitting
// a PDF with the exact media size, and following the job.

#include "domain/printer_problem.h"
#include "domain/result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace oppmote {

enum class PrinterState { Idle, Processing, Stopped, Unknown };

struct PrinterStatus {
    QString queue;
    bool exists = false;
    bool accepting = false;
    PrinterState state = PrinterState::Unknown;
    QStringList reasons; // printer-state-reasons: "media-empty-error", "paused" …
    QString stateMessage; // printer-state-message, from the driver or cupsd

    // Empty when the printer can print now; otherwise what to tell the person.
    QString problem() const;
    PrinterProblem problemKind() const;
    bool ready() const { return problem().isEmpty(); }
};

enum class CupsJobState { Pending, Held, Processing, Stopped, Canceled, Aborted, Completed, Unknown };

struct CupsJobStatus {
    CupsJobState state = CupsJobState::Unknown;
    QStringList reasons; // job-state-reasons
    QString message; // job-printer-state-message
    bool finished() const
    {
        return state == CupsJobState::Completed || state == CupsJobState::Canceled
            || state == CupsJobState::Aborted;
    }
};

namespace cups {

// The person's words for a set of printer-state-reasons (empty: nothing wrong).
// "media-empty…" → out of labels; "offline-report", "connecting-to-device",
// "timed-out", a stopped queue → off or not connected; and so on.
PrinterProblem problemForReasons(const QStringList &reasons, PrinterState state, bool accepting);
QString messageForReasons(const QStringList &reasons, PrinterState state, bool accepting);

QStringList queueNames();
Result<PrinterStatus> printerStatus(const QString &queue);
// Submits `path` (a PDF) to `queue`; returns the CUPS job id.
Result<int> submitFile(const QString &queue, const QString &path, const QString &title,
    const QList<QPair<QByteArray, QByteArray>> &options);
Result<CupsJobStatus> jobStatus(int jobId);
Status cancelJob(const QString &queue, int jobId);

} // namespace cups
} // namespace oppmote
