#pragma once
// PrintQueue's worker, living on the queue's thread: renders a job's badge to
// a PDF and hands it to CUPS, then follows the CUPS job until it is done,
// failed, or out of time. Internal to print/.

#include "badge/badge_template.h"
#include "print/print_queue.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTemporaryDir>

namespace oppmote {

class PrintWorker : public QObject
{
    Q_OBJECT
public:
    explicit PrintWorker(const PrintQueueSettings &settings);

    void process(PrintJob job, QElapsedTimer sinceEnqueue);
    void reportPrinter();

signals:
    void updated(const oppmote::PrintJob &job);
    void printerStatus(oppmote::PrinterProblem problem, const QString &message);

private:
    Result<BadgeTemplate> templateFor(const QString &name);
    // One submission; true when done.
    bool attempt(PrintJob &job, const QElapsedTimer &sinceEnqueue, bool &printerProblem);
    void fail(PrintJob &job, const QString &message, const QString &detail);

    PrintQueueSettings m_settings;
    QHash<QString, BadgeTemplate> m_templates;
    QTemporaryDir m_dir;
};

} // namespace oppmote
