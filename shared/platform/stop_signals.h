#pragma once
// SIGINT and SIGTERM end a long-running command (`oppmote hub`, `oppmote
// sync --follow`) through the event loop, so the store closes cleanly.

class QObject;

namespace oppmote {

// Installs the handlers; the event loop of QCoreApplication quits on either signal.
void quitOnStopSignals(QObject *parent);

} // namespace oppmote
