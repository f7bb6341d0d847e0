#include "print/print_worker.h"

#include "platform/logging.h"

#include "badge/badge_document.h"

#include <QCoreApplication>
#include <QFile>
#include <QPdfWriter>
#include <QThread>

namespace oppmote {

namespace {
// Taking a job back that CUPS may have dropped already: a failure is logged, the
// person has been told what matters (their badge did not print).
void cancelCupsJob(const QString &printer, int cupsJobId)
{
    if (auto s = cups::cancelJob(printer, cupsJobId); !s.ok())
        qCWarning(lcPrint) << "could not cancel CUPS job" << cupsJobId << ":" << s.error().message;
}
} // namespace

namespace {

struct PrintText {
    Q_DECLARE_TR_FUNCTIONS(Print)
};

Status renderPdf(const QString &path, const BadgeTemplate &tmpl, const BadgeData &badge, const QString &title)
{
    QPdfWriter writer(path);
    constexpr int kDpi = 1200;
    writer.setResolution(kDpi);
    writer.setPageLayout(badgePageLayout(tmpl));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Oppmøte"));
    return renderBadges(writer, kDpi, tmpl, { badge });
}

} // namespace

PrintWorker::PrintWorker(const PrintQueueSettings &settings) : m_settings(settings) { }

Result<BadgeTemplate> PrintWorker::templateFor(const QString &name)
{
    if (auto it = m_templates.constFind(name); it != m_templates.constEnd())
        return *it;
    auto t = loadBadgeTemplate(name);
    if (t.ok())
        m_templates.insert(name, t.value());
    return t;
}

void PrintWorker::fail(PrintJob &job, const QString &message, const QString &detail)
{
    job.state = PrintJobState::Failed;
    job.message = message;
    job.detail = detail;
}

void PrintWorker::reportPrinter()
{
    auto status = cups::printerStatus(m_settings.printer);
    if (!status.ok())
        emit printerStatus(PrinterProblem::NoService, status.error().message);
    else
        emit printerStatus(status->problemKind(), status->problem());
}

bool PrintWorker::attempt(PrintJob &job, const QElapsedTimer &sinceEnqueue, bool &printerProblem)
{
    printerProblem = false;
    ++job.attempts;
    // Ask first: a job sent to a stopped or missing printer would wait for ever.
    auto before = cups::printerStatus(m_settings.printer);
    if (!before.ok() || !before->ready()) {
        printerProblem = true;
        fail(job, before.ok() ? before->problem() : before.error().message,
            before.ok() ? before->reasons.join(QLatin1Char(',')) + QLatin1Char(' ') + before->stateMessage
                        : QString());
        return false;
    }
    auto tmpl = templateFor(job.templateName);
    if (!tmpl.ok()) {
        fail(job, PrintText::tr("The badge could not be made. Please ask the staff."), tmpl.error().message);
        return false;
    }
    const QString pdf = m_dir.filePath(QStringLiteral("badge-%1-%2.pdf").arg(job.id).arg(job.attempts));
    const QString title = QStringLiteral("Oppmøte badge %1").arg(job.badge.attendeeId);
    if (auto s = renderPdf(pdf, tmpl.value(), job.badge, title); !s.ok()) {
        fail(job, PrintText::tr("The badge could not be made. Please ask the staff."), s.error().message);
        return false;
    }
    auto submitted = cups::submitFile(m_settings.printer, pdf, title,
        { { "media", tmpl->cupsMedia().toUtf8() }, { "fit-to-page", "false" } });
    QFile::remove(pdf); // CUPS has its own copy now
    if (!submitted.ok()) {
        printerProblem = true;
        fail(job, PrintText::tr("The printer did not take the badge. Please ask the staff."),
            submitted.error().message);
        return false;
    }
    job.cupsJobId = submitted.value();
    job.acceptedMs = double(sinceEnqueue.nsecsElapsed()) / 1e6;
    emit updated(job);

    QElapsedTimer waiting;
    waiting.start();
    for (;;) {
        auto state = cups::jobStatus(job.cupsJobId);
        if (state.ok() && state->state == CupsJobState::Completed)
            return true;
        if (state.ok() && state->state == CupsJobState::Stopped) {
            // cupsd stops a job whose device failed (it could not open the
            // device or the backend gave up) — the printer is not there.
            auto printer = cups::printerStatus(m_settings.printer);
            printerProblem = true;
            cancelCupsJob(m_settings.printer, job.cupsJobId);
            fail(job,
                printer.ok() && !printer->ready()
                    ? printer->problem()
                    : PrintText::tr("The printer is off or not connected. Please ask the staff."),
                state->reasons.join(QLatin1Char(',')) + QLatin1Char(' ') + state->message);
            return false;
        }
        if (state.ok() && state->finished()) { // aborted or cancelled by someone
            auto printer = cups::printerStatus(m_settings.printer);
            printerProblem = printer.ok() && !printer->ready();
            fail(job,
                printerProblem ? printer->problem()
                               : PrintText::tr("The badge was not printed. Please try again."),
                state->reasons.join(QLatin1Char(',')) + QLatin1Char(' ') + state->message);
            return false;
        }
        // A printer that stops while our job waits: tell the person now, and
        // take the job back so it does not print by surprise later.
        auto printer = cups::printerStatus(m_settings.printer);
        if (printer.ok() && !printer->ready()) {
            printerProblem = true;
            cancelCupsJob(m_settings.printer, job.cupsJobId);
            fail(job, printer->problem(),
                printer->reasons.join(QLatin1Char(',')) + QLatin1Char(' ') + printer->stateMessage);
            return false;
        }
        if (waiting.elapsed() > m_settings.timeoutMs) {
            cancelCupsJob(m_settings.printer, job.cupsJobId);
            fail(job, PrintText::tr("The printer did not print the badge in time. Please ask the staff."),
                state.ok() ? state->reasons.join(QLatin1Char(',')) + QLatin1Char(' ') + state->message
                           : state.error().message);
            return false;
        }
        QThread::msleep(uint(m_settings.pollMs));
    }
}

void PrintWorker::process(PrintJob job, QElapsedTimer sinceEnqueue)
{
    job.state = PrintJobState::Printing;
    emit updated(job);
    bool printerProblem = false;
    bool done = attempt(job, sinceEnqueue, printerProblem);
    // Retry on its own only what a retry can fix: not a printer that needs a person.
    for (int retries = 0; !done && !printerProblem && job.cupsJobId > 0 && retries < m_settings.autoRetries;
         ++retries) {
        job.state = PrintJobState::Printing;
        job.cupsJobId = 0;
        emit updated(job);
        done = attempt(job, sinceEnqueue, printerProblem);
    }
    if (done) {
        job.state = PrintJobState::Done;
        job.message.clear();
        job.detail.clear();
    }
    job.finishedMs = double(sinceEnqueue.nsecsElapsed()) / 1e6;
    emit updated(job);
}

} // namespace oppmote
