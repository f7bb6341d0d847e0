#pragma once
// Connects the kiosk's badge requests to the print queue: gathers what the
// badge shows (name, organisation, code, group and room) on the store's
// thread, queues the job, records "badge printed" in the log when CUPS has
// printed it, and tells the screen in plain words when the printer fails.
// A failed print never undoes a check-in.

#include <QObject>
#include <QString>

namespace oppmote {

class AsyncStore;
class PrintQueue;
struct PrintJob;

class BadgePrinting : public QObject
{
    Q_OBJECT
public:
    BadgePrinting(AsyncStore *store, PrintQueue *queue, QString templateName = {}, QObject *parent = nullptr);

    void request(const QString &attendeeId, bool reprint);

Q_SIGNALS:
    // The printer could not print this person's badge: `message` is for them.
    void printFailed(const QString &attendeeId, const QString &message);
    void printed(const QString &attendeeId);

private:
    void onFinished(const PrintJob &job);

    AsyncStore *m_store;
    PrintQueue *m_queue;
    QString m_template;
};

} // namespace oppmote
