#pragma once
// Connects the kiosk's badge requests to the print queue: gathers what the
// badge shows (name, organisation, code, group and room) on the store's
// thread, queues the job, records "badge printed" in the log when CUPS has
// printed it, and tells the screen in plain words when the printer fails.
// A failed print never undoes a check-in.

#include <QObject>
#include <QString>

#include <memory>

namespace oppmote {

class AsyncStore;
class PrintQueue;
struct Event;
struct PrintJob;

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
    // The printer could not print this person's badge: `message` is for them.
    void printFailed(const QString &attendeeId, const QString &message);
    void printed(const QString &attendeeId);

private:
    void onFinished(const PrintJob &job);

    AsyncStore *m_store;
    PrintQueue *m_queue;
    QString m_template;
    std::shared_ptr<const Event> m_event;
};

} // namespace oppmote
