#pragma once
// Tells the hub how the kiosk's badge printer is, so the organisers' desk
// sees a printer out of labels before the queue in front of it does: CUPS is
// asked every 20 s and after every badge, and the problem (as a kind, which
// the desk puts in its own language) and the badges waiting go to the sync
// client, which sends them when they change.

#include <QObject>
#include <QTimer>

namespace oppmote {

class PrintQueue;
enum class PrinterProblem;

namespace sync {
class SyncClient;
}

class PrinterReport : public QObject
{
    Q_OBJECT
public:
    // Both built by the app and outliving the report.
    PrinterReport(PrintQueue *queue, sync::SyncClient *client, QObject *parent = nullptr);

    // Asks CUPS now; the answer goes to the hub when it comes.
    void checkNow();

Q_SIGNALS:
    // CUPS's answer moved to another kind (staff see it on the kiosk too).
    void problemChanged(oppmote::PrinterProblem problem);

private:
    void report();

    PrintQueue *m_queue;
    sync::SyncClient *m_client;
    QString m_problemKey; // as CUPS last answered
    QTimer m_timer;
};

} // namespace oppmote
