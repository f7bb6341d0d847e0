#pragma once
// One badge on its way to the printer, as the kiosk sees it.

#include "badge/badge_data.h"

#include <QMetaType>
#include <QString>

namespace oppmote {

enum class PrintJobState { Queued, Printing, Done, Failed };
QString printJobStateName(PrintJobState state); // "queued", "printing", "done", "failed"

struct PrintJob {
    int id = 0; // this queue's number, 1, 2, 3 …
    BadgeData badge;
    QString templateName;
    PrintJobState state = PrintJobState::Queued;
    QString message; // for the person: why it failed ("The printer is out of labels …")
    QString detail; // for the staff and the log: CUPS's own words
    int attempts = 0; // submissions so far
    int cupsJobId = 0; // set once CUPS has accepted the job
    bool reprint = false; // staff asked for another copy
    bool refused = false; // never sent: "print once" and already printed
    double acceptedMs = -1; // from enqueue() to CUPS accepting the job
    double finishedMs = -1; // from enqueue() to done or failed
};

} // namespace oppmote

Q_DECLARE_METATYPE(oppmote::PrintJob)
