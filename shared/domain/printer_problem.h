#pragma once
// What stops a printer from printing, as a kind rather than words: the kiosk
// tells the attendee in its language (cups::messageForReasons), and sends the
// kind to the hub so the organisers' desk says it in the desk's language.
// The key is how the kind travels and is stored ("" when the printer is ready).

#include <QString>

namespace oppmote {

enum class PrinterProblem {
    None,
    OutOfLabels,
    Jammed,
    CoverOpen,
    OutOfInk,
    Paused, // stopped by someone (cupsdisable) rather than off
    Off, // off, not connected, or stopped by CUPS
    NotAccepting,
    NotSetUp, // no such CUPS queue
    NoService, // CUPS itself does not answer
};

QString printerProblemKey(PrinterProblem problem);
// Unknown keys (a newer kiosk) are Off: something is wrong, and it is not printing.
PrinterProblem printerProblemFromKey(const QString &key);
bool isKnownPrinterProblemKey(const QString &key);

// For the organisers: "out of labels", "paused" … in the UI language; "" for None.
QString printerProblemText(PrinterProblem problem);

} // namespace oppmote
