#include "print/print_queue.h"

#include "platform/logging.h"
#include "print/print_worker.h"

#include <QCoreApplication>

namespace oppmote {

QString printJobStateName(PrintJobState state)
{
    switch (state) {
    case PrintJobState::Queued:
        return QStringLiteral("queued");
    case PrintJobState::Printing:
        return QStringLiteral("printing");
    case PrintJobState::Done:
        return QStringLiteral("done");
    case PrintJobState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

PrintQueue::PrintQueue(const PrintQueueSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{
    qRegisterMetaType<oppmote::PrintJob>();
    m_thread.setObjectName(QStringLiteral("oppmote-print"));
    m_worker = new PrintWorker(settings);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PrintWorker::updated, this, &PrintQueue::onWorkerUpdate, Qt::QueuedConnection);
    connect(
        m_worker, &PrintWorker::printerStatus, this, &PrintQueue::printerStatusChanged, Qt::QueuedConnection);
    m_thread.start();
}

PrintQueue::~PrintQueue()
{
    // Jobs already handed to CUPS stay there; jobs not yet started are dropped.
    m_thread.quit();
    m_thread.wait();
}

int PrintQueue::enqueue(const BadgeData &badge, const QString &templateName, int timesPrinted, bool reprint)
{
    PrintJob job;
    job.id = m_nextId++;
    job.badge = badge;
    job.templateName = templateName.isEmpty() ? m_settings.defaultTemplate : templateName;
    job.reprint = reprint;
    QElapsedTimer clock;
    clock.start();
    m_clocks.insert(job.id, clock);
    if (m_settings.printOnce && timesPrinted > 0 && !reprint) {
        job.state = PrintJobState::Failed;
        job.refused = true;
        job.message = QCoreApplication::translate(
            "Print", "Your badge has already been printed. Please ask the staff if you need a new one.");
        job.finishedMs = 0;
        m_jobs.insert(job.id, job);
        // Signals after returning, like every other outcome.
        QMetaObject::invokeMethod(
            this,
            [this, job] {
                emit jobChanged(job);
                emit jobFinished(job);
            },
            Qt::QueuedConnection);
        return job.id;
    }
    m_jobs.insert(job.id, job);
    emit jobChanged(job);
    dispatch(job);
    return job.id;
}

bool PrintQueue::retry(int jobId)
{
    auto it = m_jobs.find(jobId);
    if (it == m_jobs.end() || it->state != PrintJobState::Failed || it->refused)
        return false;
    it->state = PrintJobState::Queued;
    it->message.clear();
    it->detail.clear();
    it->cupsJobId = 0;
    it->acceptedMs = it->finishedMs = -1;
    QElapsedTimer clock;
    clock.start();
    m_clocks.insert(jobId, clock);
    emit jobChanged(*it);
    dispatch(*it);
    return true;
}

void PrintQueue::dispatch(const PrintJob &job)
{
    const QElapsedTimer clock = m_clocks.value(job.id);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job, clock] { worker->process(job, clock); }, Qt::QueuedConnection);
}

void PrintQueue::onWorkerUpdate(const PrintJob &job)
{
    m_jobs.insert(job.id, job);
    emit jobChanged(job);
    if (job.state == PrintJobState::Done || job.state == PrintJobState::Failed) {
        if (job.state == PrintJobState::Failed) // the job number, never the person's name
            qCWarning(lcPrint) << "print job" << job.id << "failed:" << job.detail;
        emit jobFinished(job);
        if (job.state == PrintJobState::Done)
            emit badgePrinted(job.badge.attendeeId, job.id);
    }
}

std::optional<PrintJob> PrintQueue::job(int jobId) const
{
    auto it = m_jobs.constFind(jobId);
    if (it == m_jobs.constEnd())
        return std::nullopt;
    return *it;
}

QList<PrintJob> PrintQueue::jobs() const
{
    QList<PrintJob> list = m_jobs.values();
    std::sort(list.begin(), list.end(), [](const PrintJob &a, const PrintJob &b) { return a.id < b.id; });
    return list;
}

int PrintQueue::pending() const
{
    int n = 0;
    for (const PrintJob &j : m_jobs)
        n += j.state == PrintJobState::Queued || j.state == PrintJobState::Printing;
    return n;
}

void PrintQueue::checkPrinter()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->reportPrinter(); }, Qt::QueuedConnection);
}

} // namespace oppmote
