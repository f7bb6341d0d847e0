#pragma once
// Connects the kiosk's badge requests to the print queue: gathers what the
// badge shows (name, organisation, code, group and room) on the store's
// thread, queues the job, records "badge printed" in the log when CUPS has
// printed it, and tells the screens how each person's badge is getting on:
// waiting, printing, printed (once it is in the log), or failed with the
// reason in plain words. A failed print never undoes a check-in.

#include "print/print_job.h"

#include <QObject>
#include <QString>

#include <memory>

namespace oppmote {

class AsyncStore;
class PrintQueue;
struct Event;

class BadgePrinting : public QObject
{
    Q_OBJECT
public:
    BadgePrinting(AsyncStore *store, PrintQueue *queue, QString templateName = {}, QObject *parent = nullptr);

    void request(const QString &attendeeId, bool reprint);
    // The programme the badges take group names and rooms from; until it is set,
    // each request reads it from the store.
    void setEvent(std::shared_ptr<const Event> event);

Q_SIGNALS:
    // Queued, Printing, Done (recorded in the print log) or Failed: then
    // `message` says why, for the person in front of the kiosk, and
    // `retryable` is false when trying again cannot help (printed once already).
    void progress(
        const QString &attendeeId, oppmote::PrintJobState state, const QString &message, bool retryable);

private:
    void onChanged(const PrintJob &job);
    void onFinished(const PrintJob &job);

    AsyncStore *m_store;
    PrintQueue *m_queue;
    QString m_template;
    std::shared_ptr<const Event> m_event;
};

} // namespace oppmote
