#include "kiosk/printer_report.h"

#include "domain/printer_problem.h"
#include "print/print_queue.h"
#include "sync/sync_client.h"

namespace oppmote {

namespace {
constexpr int kCheckMs = 20 * 1000;
}

PrinterReport::PrinterReport(PrintQueue *queue, sync::SyncClient *client, QObject *parent)
    : QObject(parent), m_queue(queue), m_client(client)
{
    connect(
        m_queue, &PrintQueue::printerStatusChanged, this, [this](PrinterProblem problem, const QString &) {
            const QString key = printerProblemKey(problem);
            const bool moved = key != m_problemKey;
            m_problemKey = key;
            report();
            if (moved)
                Q_EMIT problemChanged(problem);
        });
    connect(m_queue, &PrintQueue::jobChanged, this, &PrinterReport::report);
    connect(m_queue, &PrintQueue::jobFinished, this, &PrinterReport::checkNow);
    m_timer.setInterval(kCheckMs);
    connect(&m_timer, &QTimer::timeout, this, &PrinterReport::checkNow);
    m_timer.start();
}

void PrinterReport::checkNow()
{
    m_queue->checkPrinter();
}

void PrinterReport::report()
{
    m_client->setPrinterStatus(m_queue->settings().printer, m_problemKey, m_queue->pending());
}

} // namespace oppmote
