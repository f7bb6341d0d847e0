#include "print/cups_printer.h"

#include <QCoreApplication>

#include <cups/cups.h>

namespace oppmote {

namespace {

struct PrintText {
    Q_DECLARE_TR_FUNCTIONS(Print)
};

// "media-empty-error" → "media-empty"; `severity` gets "error", "warning", "report" or "".
QString baseReason(const QString &reason, QString *severity)
{
    for (const char *suffix : { "-error", "-warning", "-report" }) {
        if (reason.endsWith(QLatin1String(suffix))) {
            *severity = QString::fromLatin1(suffix + 1);
            return reason.chopped(int(qstrlen(suffix)));
        }
    }
    severity->clear();
    return reason;
}

Error cupsError(const QString &what)
{
    return makeError(ErrorCode::Io,
        what + QStringLiteral(" (") + QString::fromUtf8(cupsLastErrorString()) + QLatin1Char(')'));
}

QString printerUri(const QString &queue)
{
    char uri[HTTP_MAX_URI];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", ippPort(),
        "/printers/%s", queue.toUtf8().constData());
    return QString::fromUtf8(uri);
}

QStringList stringsOf(ipp_t *response, const char *name)
{
    QStringList list;
    if (ipp_attribute_t *a = ippFindAttribute(response, name, IPP_TAG_ZERO))
        for (int i = 0; i < ippGetCount(a); ++i)
            if (const char *s = ippGetString(a, i, nullptr))
                list << QString::fromUtf8(s);
    return list;
}

} // namespace

QString PrinterStatus::problem() const
{
    if (!exists)
        return PrintText::tr("The badge printer «%1» is not set up. Please ask the staff.").arg(queue);
    return cups::messageForReasons(reasons, state, accepting);
}

PrinterProblem PrinterStatus::problemKind() const
{
    return exists ? cups::problemForReasons(reasons, state, accepting) : PrinterProblem::NotSetUp;
}

namespace cups {

PrinterProblem problemForReasons(const QStringList &reasons, PrinterState state, bool accepting)
{
    // Most specific first: what the person can do something about.
    QStringList bases;
    for (const QString &r : reasons) {
        QString severity;
        const QString base = baseReason(r, &severity);
        if (severity == QLatin1String("warning"))
            continue; // "media-low-warning" and friends: still printing
        bases << base;
    }
    auto has = [&](const char *prefix) {
        for (const QString &b : bases)
            if (b.startsWith(QLatin1String(prefix)))
                return true;
        return false;
    };
    if (has("media-empty") || has("media-needed") || has("input-tray-missing"))
        return PrinterProblem::OutOfLabels;
    if (has("media-jam"))
        return PrinterProblem::Jammed;
    if (has("door-open") || has("cover-open") || has("interlock-open"))
        return PrinterProblem::CoverOpen;
    if (has("toner-empty") || has("marker-supply-empty") || has("marker-waste-full"))
        return PrinterProblem::OutOfInk;
    if (has("offline") || has("connecting-to-device") || has("timed-out") || has("shutdown"))
        return PrinterProblem::Off;
    if (state == PrinterState::Stopped)
        return has("paused") ? PrinterProblem::Paused : PrinterProblem::Off;
    if (!accepting)
        return PrinterProblem::NotAccepting;
    return PrinterProblem::None;
}

QString messageForReasons(const QStringList &reasons, PrinterState state, bool accepting)
{
    switch (problemForReasons(reasons, state, accepting)) {
    case PrinterProblem::None:
        return {};
    case PrinterProblem::OutOfLabels:
        return PrintText::tr("The printer is out of labels. Please ask the staff to load more.");
    case PrinterProblem::Jammed:
        return PrintText::tr("The labels are stuck in the printer. Please ask the staff.");
    case PrinterProblem::CoverOpen:
        return PrintText::tr("The printer's cover is open. Please ask the staff.");
    case PrinterProblem::OutOfInk:
        return PrintText::tr("The printer is out of ink or ribbon. Please ask the staff.");
    case PrinterProblem::NotAccepting:
        return PrintText::tr("The printer is not taking new badges right now. Please ask the staff.");
    case PrinterProblem::Paused:
    case PrinterProblem::Off:
    case PrinterProblem::NotSetUp:
    case PrinterProblem::NoService:
        break;
    }
    return PrintText::tr("The printer is off or not connected. Please ask the staff.");
}

QStringList queueNames()
{
    cups_dest_t *dests = nullptr;
    const int n = cupsGetDests2(CUPS_HTTP_DEFAULT, &dests);
    QStringList names;
    for (int i = 0; i < n; ++i)
        names << QString::fromUtf8(dests[i].name);
    cupsFreeDests(n, dests);
    return names;
}

Result<PrinterStatus> printerStatus(const QString &queue)
{
    PrinterStatus status;
    status.queue = queue;
    ipp_t *request = ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr,
        printerUri(queue).toUtf8().constData());
    static const char *const kWanted[]
        = { "printer-state", "printer-state-reasons", "printer-is-accepting-jobs", "printer-state-message" };
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 4, nullptr, kWanted);
    ipp_t *response = cupsDoRequest(CUPS_HTTP_DEFAULT, request, "/");
    const ipp_status_t code = cupsLastError();
    if (!response || code > IPP_STATUS_OK_CONFLICTING) {
        ippDelete(response);
        if (code == IPP_STATUS_ERROR_NOT_FOUND)
            return status; // exists = false
        if (code == IPP_STATUS_ERROR_SERVICE_UNAVAILABLE || code == IPP_STATUS_ERROR_INTERNAL)
            return makeError(ErrorCode::Io, PrintText::tr("The print service (CUPS) is not running."));
        return cupsError(PrintText::tr("The printer «%1» could not be asked for its state.").arg(queue));
    }
    status.exists = true;
    if (ipp_attribute_t *a = ippFindAttribute(response, "printer-state", IPP_TAG_ENUM)) {
        switch (ippGetInteger(a, 0)) {
        case IPP_PSTATE_IDLE:
            status.state = PrinterState::Idle;
            break;
        case IPP_PSTATE_PROCESSING:
            status.state = PrinterState::Processing;
            break;
        case IPP_PSTATE_STOPPED:
            status.state = PrinterState::Stopped;
            break;
        default:
            break;
        }
    }
    if (ipp_attribute_t *a = ippFindAttribute(response, "printer-is-accepting-jobs", IPP_TAG_BOOLEAN))
        status.accepting = ippGetBoolean(a, 0);
    status.reasons = stringsOf(response, "printer-state-reasons");
    status.reasons.removeAll(QStringLiteral("none"));
    status.stateMessage = stringsOf(response, "printer-state-message").value(0);
    ippDelete(response);
    return status;
}

Result<int> submitFile(const QString &queue, const QString &path, const QString &title,
    const QList<QPair<QByteArray, QByteArray>> &options)
{
    cups_option_t *opts = nullptr;
    int count = 0;
    for (const auto &o : options)
        count = cupsAddOption(o.first.constData(), o.second.constData(), count, &opts);
    const int id = cupsPrintFile(
        queue.toUtf8().constData(), path.toLocal8Bit().constData(), title.toUtf8().constData(), count, opts);
    cupsFreeOptions(count, opts);
    if (id <= 0)
        return cupsError(PrintText::tr("The printer «%1» did not take the badge.").arg(queue));
    return id;
}

Result<CupsJobStatus> jobStatus(int jobId)
{
    ipp_t *request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
    char uri[HTTP_MAX_URI];
    httpAssembleURIf(
        HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", ippPort(), "/jobs/%d", jobId);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nullptr, uri);
    static const char *const kWanted[] = { "job-state", "job-state-reasons", "job-printer-state-message" };
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 3, nullptr, kWanted);
    ipp_t *response = cupsDoRequest(CUPS_HTTP_DEFAULT, request, "/");
    if (!response || cupsLastError() > IPP_STATUS_OK_CONFLICTING) {
        ippDelete(response);
        return cupsError(PrintText::tr("The state of print job %1 could not be read.").arg(jobId));
    }
    CupsJobStatus status;
    if (ipp_attribute_t *a = ippFindAttribute(response, "job-state", IPP_TAG_ENUM)) {
        switch (ippGetInteger(a, 0)) {
        case IPP_JSTATE_PENDING:
            status.state = CupsJobState::Pending;
            break;
        case IPP_JSTATE_HELD:
            status.state = CupsJobState::Held;
            break;
        case IPP_JSTATE_PROCESSING:
            status.state = CupsJobState::Processing;
            break;
        case IPP_JSTATE_STOPPED:
            status.state = CupsJobState::Stopped;
            break;
        case IPP_JSTATE_CANCELED:
            status.state = CupsJobState::Canceled;
            break;
        case IPP_JSTATE_ABORTED:
            status.state = CupsJobState::Aborted;
            break;
        case IPP_JSTATE_COMPLETED:
            status.state = CupsJobState::Completed;
            break;
        default:
            break;
        }
    }
    status.reasons = stringsOf(response, "job-state-reasons");
    status.message = stringsOf(response, "job-printer-state-message").value(0);
    ippDelete(response);
    return status;
}

Status cancelJob(const QString &queue, int jobId)
{
    if (!cupsCancelJob2(CUPS_HTTP_DEFAULT, queue.toUtf8().constData(), jobId, 0))
        return cupsError(PrintText::tr("Print job %1 could not be cancelled.").arg(jobId));
    return Ok {};
}

} // namespace cups
} // namespace oppmote
